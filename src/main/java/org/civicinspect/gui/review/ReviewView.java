package org.civicinspect.gui.review;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.OpenInspection;
import org.civicinspect.service.Services;

/** 审核: wires ReviewView.fxml to {@link ReviewViewModel}. Comments are typed straight into the table. */
public final class ReviewView {

    private final ReviewViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<org.civicinspect.model.Round> roundChoice;
    @FXML private ListView<OpenInspection.ListedSite> inspectionList;
    @FXML private Label headingLabel;
    @FXML private TableView<ReviewViewModel.Line> lineTable;
    @FXML private TableColumn<ReviewViewModel.Line, String> codeColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> standardColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> resultColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> earnedColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> noteColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> commentColumn;
    @FXML private Button approveButton;
    @FXML private Button returnButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    public ReviewView(Services services, TaskExecutor executor, DialogService dialogs) {
        viewModel = new ReviewViewModel(services, executor, dialogs);
        root = Views.load(this);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.bindRoundChoice(roundChoice, viewModel.rounds(), viewModel.roundProperty());
        inspectionList.setItems(viewModel.inspections());
        inspectionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OpenInspection.ListedSite item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.drawn().site().name() + "\n" + item.drawn().site().siteType() + " · "
                        + (item.drawn().team() == null ? "—" : item.drawn().team()) + " · " + Messages.get("inspection.status." + item.status().name()));
            }
        });
        viewModel.chosenProperty().addListener((o, a, site) -> {
            if (site != inspectionList.getSelectionModel().getSelectedItem()) {
                inspectionList.getSelectionModel().select(site);
            }
        });
        inspectionList.getSelectionModel().selectedItemProperty().addListener((o, a, site) -> {
            if (site != null) {
                viewModel.chosenProperty().set(site);
            }
        });
        headingLabel.textProperty().bind(viewModel.headingProperty());
        lineTable.setItems(viewModel.lines());
        lineTable.setEditable(true);
        codeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standard().code()));
        standardColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standard().text()));
        resultColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().result()));
        earnedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().earned() == null ? "—"
                : c.getValue().earned().stripTrailingZeros().toPlainString() + " / " + c.getValue().standard().points().toPlainString()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().finding() == null ? ""
                : c.getValue().finding().note() + (c.getValue().finding().photos().isEmpty() ? ""
                        : "（" + Messages.get("review.photos", c.getValue().finding().photos().size()) + "）")));
        commentColumn.setCellValueFactory(c -> c.getValue().comment());
        commentColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        commentColumn.setOnEditCommit(e -> e.getRowValue().comment().set(e.getNewValue() == null ? "" : e.getNewValue()));
        var reviewable = viewModel.chosenProperty().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.chosenProperty().get() == null || viewModel.chosenProperty().get().status() != InspectionStatus.COMPLETED,
                viewModel.chosenProperty()));
        approveButton.disableProperty().bind(reviewable);
        returnButton.disableProperty().bind(reviewable);
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
    }

    @FXML
    private void approve() {
        viewModel.approve();
    }

    @FXML
    private void returnWithComments() {
        lineTable.edit(-1, null);
        viewModel.returnWithComments();
    }

    @FXML
    private void cancel() {
        viewModel.job().cancel();
    }
}
