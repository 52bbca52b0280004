package org.civicinspect.gui.rounds;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.converter.LocalDateStringConverter;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;

/** 测评轮次: wires RoundsView.fxml (create → draw → assign and print) to {@link RoundsViewModel}. */
public final class RoundsView {

    private final RoundsViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Round> roundChoice;
    @FXML private Label summaryLabel;
    @FXML private TabPane steps;
    @FXML private Tab drawTab;
    @FXML private Tab assignTab;
    @FXML private TextField nameField;
    @FXML private ComboBox<IndicatorSet> setChoice;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextField notesField;
    @FXML private ComboBox<String> quotaTypeChoice;
    @FXML private ComboBox<String> quotaDistrictChoice;
    @FXML private Spinner<Integer> quotaCount;
    @FXML private ListView<Quota> quotaList;
    @FXML private TextField seedField;
    @FXML private Spinner<Integer> excludeRecent;
    @FXML private Button drawButton;
    @FXML private Label drawBlockedLabel;
    @FXML private Button addSiteButton;
    @FXML private Button removeSiteButton;
    @FXML private Button assignButton;
    @FXML private Button blankButton;
    @FXML private Label loadsLabel;
    @FXML private TableView<DrawnSite> drawnTable;
    @FXML private TableColumn<DrawnSite, String> teamColumn;
    @FXML private TableColumn<DrawnSite, String> districtColumn;
    @FXML private TableColumn<DrawnSite, String> streetColumn;
    @FXML private TableColumn<DrawnSite, String> nameColumn;
    @FXML private TableColumn<DrawnSite, String> typeColumn;
    @FXML private TableColumn<DrawnSite, String> reasonColumn;
    @FXML private TableColumn<DrawnSite, Integer> loadColumn;
    @FXML private TableColumn<DrawnSite, Integer> answersColumn;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public RoundsView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        viewModel = new RoundsViewModel(useCases(services),
                executor, dialogs, events);
        root = Views.load(this);
        events.listen(viewModel, root, () -> viewModel.reload(null));
        viewModel.reload(null);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        roundChoice.setItems(viewModel.rounds());
        roundChoice.valueProperty().bindBidirectional(viewModel.selectedProperty());
        roundChoice.setConverter(Views.converter(r -> r == null ? "" : Messages.get("rounds.choice", r.name(), Messages.get("round.status." + r.status().name()))));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        setChoice.setItems(viewModel.sets());
        setChoice.valueProperty().bindBidirectional(viewModel.setProperty());
        setChoice.setConverter(Views.converter(s -> s == null ? "" : s.label()));
        startPicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        endPicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        startPicker.valueProperty().bindBidirectional(viewModel.startProperty());
        endPicker.valueProperty().bindBidirectional(viewModel.endProperty());
        notesField.textProperty().bindBidirectional(viewModel.notesProperty());

        quotaTypeChoice.setItems(viewModel.siteTypes());
        quotaTypeChoice.valueProperty().bindBidirectional(viewModel.quotaTypeProperty());
        quotaDistrictChoice.setItems(viewModel.districts());
        quotaDistrictChoice.valueProperty().bindBidirectional(viewModel.quotaDistrictProperty());
        quotaDistrictChoice.setConverter(Views.converter(d -> d == null || d.isEmpty() ? Messages.get("rounds.cityWide") : d));
        quotaCount.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 500, 2));
        quotaCount.getValueFactory().valueProperty().addListener((o, a, v) -> viewModel.quotaCountProperty().set(v == null ? 0 : v));
        excludeRecent.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 20, 0));
        excludeRecent.getValueFactory().valueProperty().addListener((o, a, v) -> viewModel.excludeRecentProperty().set(v == null ? 0 : v));
        viewModel.excludeRecentProperty().addListener((o, a, v) -> excludeRecent.getValueFactory().setValue(v.intValue()));
        quotaList.setItems(viewModel.quotas());
        quotaList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Quota quota, boolean empty) {
                super.updateItem(quota, empty);
                setText(empty || quota == null ? null : Messages.get("rounds.quotaLine",
                        quota.cityWide() ? Messages.get("rounds.cityWide") : quota.district(), quota.siteType(), quota.count()));
            }
        });
        quotaList.setPlaceholder(new Label(Messages.get("rounds.noQuotas")));
        seedField.textProperty().bindBidirectional(viewModel.seedProperty());
        drawButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.drawBlockedProperty().isNotEmpty()));
        drawBlockedLabel.textProperty().bind(viewModel.drawBlockedProperty());
        drawBlockedLabel.visibleProperty().bind(viewModel.drawBlockedProperty().isNotEmpty());
        drawBlockedLabel.managedProperty().bind(drawBlockedLabel.visibleProperty());
        Tooltip drawTip = new Tooltip();
        drawTip.textProperty().bind(viewModel.drawBlockedProperty());
        viewModel.drawBlockedProperty().addListener((o, a, reason) -> drawButton.setTooltip(reason.isEmpty() ? null : drawTip));
        addSiteButton.disableProperty().bind(viewModel.drawnIsEmpty().or(viewModel.busyProperty()));
        removeSiteButton.disableProperty().bind(drawnTable.getSelectionModel().selectedItemProperty().isNull().or(viewModel.busyProperty()));
        assignButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        blankButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));

        drawnTable.setItems(viewModel.drawn());
        teamColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().team()));
        teamColumn.setCellFactory(ComboBoxTableCell.forTableColumn(viewModel.teams()));
        teamColumn.setOnEditCommit(e -> viewModel.move(e.getRowValue(), e.getNewValue()));
        teamColumn.setEditable(true);
        districtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().site().district()));
        streetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().site().street()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().site().name()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().site().siteType()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Messages.get("round.reason." + c.getValue().reason().name())));
        loadColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                viewModel.detailsProperty().get() == null ? 0 : viewModel.detailsProperty().get().load(c.getValue())));
        answersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                viewModel.detailsProperty().get() == null ? 0 : viewModel.detailsProperty().get().answers(c.getValue())));
        drawnTable.setPlaceholder(new Label(Messages.get("rounds.notDrawnYet")));
        loadsLabel.textProperty().bind(viewModel.loadsProperty());
        viewModel.detailsProperty().addListener((o, old, shown) -> {
            if (old == null && shown != null && !shown.drawn().isEmpty()) {
                steps.getSelectionModel().select(assignTab);
            }
        });
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
    }

    @FXML
    private void create() {
        viewModel.create();
        steps.getSelectionModel().select(drawTab);
    }

    @FXML
    private void addQuota() {
        viewModel.addQuota();
    }

    @FXML
    private void removeQuota() {
        Quota chosen = quotaList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.removeQuota(chosen);
        }
    }

    @FXML
    private void draw() {
        viewModel.draw();
        steps.getSelectionModel().select(assignTab);
    }

    @FXML
    private void assign() {
        viewModel.assign();
    }

    @FXML
    private void addSite() {
        viewModel.chooseAndAddSite();
    }

    @FXML
    private void removeSite() {
        viewModel.removeSite(drawnTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void exportBlank() {
        viewModel.chooseAndExportBlank();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static RoundsViewModel.UseCases useCases(Services services) {
        return new RoundsViewModel.UseCases(services.showRound(), services.createRound(), services.drawRoundSample(),
                services.assignTeams(), services.addSiteToRound(), services.removeSiteFromRound(), services.exportBlankChecklists(), services.listIndicatorSets(), services.listSites(),
                services.listPeople());
    }
}
