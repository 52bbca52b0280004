package org.civicinspect.gui.review;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.PackageActions;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.review.ListConflicts;

/** 审核: wires ReviewView.fxml to {@link ReviewViewModel}. Comments are typed straight into the table. */
public final class ReviewView {

    private final ReviewViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<org.civicinspect.model.Round> roundChoice;
    @FXML private ListView<ListTeamSites.ListedSite> inspectionList;
    @FXML private Label headingLabel;
    @FXML private Label mayNotDecideLabel;
    @FXML private TableView<ReviewViewModel.Line> lineTable;
    @FXML private TableColumn<ReviewViewModel.Line, String> codeColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> standardColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> resultColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> earnedColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> noteColumn;
    @FXML private TableColumn<ReviewViewModel.Line, List<Path>> photoColumn;
    @FXML private TableColumn<ReviewViewModel.Line, String> commentColumn;
    @FXML private Button approveButton;
    @FXML private Button returnButton;
    @FXML private HBox correctionBar;
    @FXML private ComboBox<Answer> correctionAnswer;
    @FXML private TextField correctionReason;
    @FXML private Button correctButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;
    @FXML private Button importButton;
    @FXML private Button taskButton;
    @FXML private TabPane tabs;
    @FXML private Tab conflictTab;
    @FXML private ListView<ListConflicts.Listed> conflictList;
    @FXML private Label conflictHeading;
    @FXML private HBox answerCards;
    @FXML private TextField reviewedAnswer;
    @FXML private TextField reviewedNote;
    @FXML private Button enterButton;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public ReviewView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        viewModel = new ReviewViewModel(useCases(services), executor, dialogs, events);
        root = Views.load(this);
        events.listen(viewModel, root, viewModel::reload);
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
            protected void updateItem(ListTeamSites.ListedSite item, boolean empty) {
                super.updateItem(item, empty);
                long open = empty || item == null ? 0 : viewModel.conflicts().conflicts().stream()
                        .filter(c -> c.conflict().siteId().equals(item.drawn().site().id())).count();
                setText(empty || item == null ? null : item.drawn().site().name() + (open == 0 ? "" : "　⚠ " + Messages.get("conflicts.onSite", open))
                        + "\n" + item.drawn().site().siteType() + " · " + (item.drawn().team() == null ? "—" : item.drawn().team()) + " · "
                        + Messages.get("inspection.status." + item.status().name()));
            }
        });
        viewModel.conflicts().conflicts().addListener((javafx.collections.ListChangeListener<ListConflicts.Listed>) change -> inspectionList.refresh());
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
        noteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().finding() == null ? "" : c.getValue().finding().note()));
        photoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().photos()));
        photoColumn.setCellFactory(column -> new ThumbnailCell());
        commentColumn.setCellValueFactory(c -> c.getValue().comment());
        commentColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        commentColumn.setOnEditCommit(e -> e.getRowValue().comment().set(e.getNewValue() == null ? "" : e.getNewValue()));
        var reviewable = viewModel.chosenProperty().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.chosenProperty().get() == null || viewModel.chosenProperty().get().status() != InspectionStatus.COMPLETED,
                viewModel.chosenProperty()));
        var mayNot = viewModel.mayDecide().not();
        approveButton.disableProperty().bind(reviewable.or(mayNot));
        returnButton.disableProperty().bind(reviewable.or(mayNot));
        mayNotDecideLabel.textProperty().bind(viewModel.mayNotDecideProperty());
        mayNotDecideLabel.visibleProperty().bind(mayNot);
        mayNotDecideLabel.managedProperty().bind(mayNot);
        initializeCorrection();
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
        initializeConflicts();
    }

    /** The correction bar, shown for an approved inspection: the new answer for the line chosen in the table, and why. */
    private void initializeCorrection() {
        var approved = Bindings.createBooleanBinding(() -> viewModel.chosenProperty().get() != null
                && viewModel.chosenProperty().get().status() == InspectionStatus.APPROVED, viewModel.chosenProperty());
        correctionBar.visibleProperty().bind(approved);
        correctionBar.managedProperty().bind(approved);
        lineTable.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            viewModel.lineProperty().set(l);
            correctionAnswer.getItems().setAll(l == null || l.finding() == null ? List.of() : viewModel.corrections(l));
        });
        correctionAnswer.setConverter(Views.converter(a -> a == null ? "" : Messages.answer(a)));
        correctionAnswer.valueProperty().bindBidirectional(viewModel.correctionProperty());
        correctionReason.textProperty().bindBidirectional(viewModel.reasonProperty());
        correctionAnswer.disableProperty().bind(viewModel.correctable().not());
        correctionReason.disableProperty().bind(viewModel.correctable().not());
        correctButton.disableProperty().bind(viewModel.correctable().not().or(correctionAnswer.valueProperty().isNull())
                .or(correctionReason.textProperty().isEmpty()));
    }

    @FXML
    private void correct() {
        viewModel.correct();
    }

    /** A finding's photos, small, each opening at full size when clicked; read off the JavaFX thread. */
    private final class ThumbnailCell extends TableCell<ReviewViewModel.Line, List<Path>> {
        @Override
        protected void updateItem(List<Path> photos, boolean empty) {
            super.updateItem(photos, empty);
            setText(null);
            if (empty || photos == null || photos.isEmpty()) {
                setGraphic(null);
                return;
            }
            ReviewViewModel.Line line = getTableRow() == null ? null : getTableRow().getItem();
            HBox strip = new HBox(4);
            for (int i = 0; i < photos.size(); i++) {
                Path file = photos.get(i);
                int number = i + 1;
                ImageView view = new ImageView();
                view.setFitWidth(ReviewViewModel.THUMBNAIL_WIDTH);
                view.setFitHeight(ReviewViewModel.THUMBNAIL_HEIGHT);
                view.setPreserveRatio(true);
                view.setCursor(Cursor.HAND);
                Tooltip.install(view, new Tooltip(Messages.get("review.photoHint")));
                view.setOnMouseClicked(e -> enlarge(line, file, number, photos.size()));
                viewModel.thumbnail(file, image -> {
                    if (getItem() == photos) {
                        view.setImage(image);
                    }
                });
                strip.getChildren().add(view);
            }
            setGraphic(strip);
        }
    }

    /** A photo at full size in its own window, fitted to the screen, titled with its site, standard and number. */
    private void enlarge(ReviewViewModel.Line line, Path file, int number, int count) {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        Label loading = new Label(Messages.get("review.photoLoading"));
        StackPane pane = new StackPane(loading, view);
        pane.setStyle("-fx-background-color: #222;");
        loading.setStyle("-fx-text-fill: white;");
        Stage stage = new Stage();
        stage.initOwner(root.getScene().getWindow());
        stage.setTitle(Messages.get("review.photoTitle", viewModel.chosenProperty().get() == null ? "" : viewModel.chosenProperty().get().drawn().site().name(),
                line == null ? "" : line.standard().code(), number, count));
        var bounds = Screen.getPrimary().getVisualBounds();
        view.fitWidthProperty().bind(pane.widthProperty());
        view.fitHeightProperty().bind(pane.heightProperty());
        stage.setScene(new Scene(pane, Math.min(1024, bounds.getWidth() * 0.8), Math.min(768, bounds.getHeight() * 0.8)));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        viewModel.photo(file, image -> {
            loading.setText(image.isError() ? Messages.get("review.photoMissing") : "");
            view.setImage(image.isError() ? null : image);
        });
        stage.show();
    }

    private void initializeConflicts() {
        ConflictsViewModel conflicts = viewModel.conflicts();
        conflictTab.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("conflicts.tabCount", conflicts.conflicts().size()),
                conflicts.conflicts()));
        conflictList.setItems(conflicts.conflicts());
        conflictList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ListConflicts.Listed item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.site().name() + "  " + item.conflict().standardCode() + "\n"
                        + Messages.get("conflicts.answers", item.conflict().answers().size()));
            }
        });
        conflicts.chosenProperty().addListener((o, a, c) -> {
            if (c != conflictList.getSelectionModel().getSelectedItem()) {
                conflictList.getSelectionModel().select(c);
            }
            showAnswers(c);
        });
        conflictList.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                conflicts.chosenProperty().set(c);
            }
        });
        enterButton.disableProperty().bind(conflicts.chosenProperty().isNull().or(reviewedAnswer.textProperty().isEmpty())
                .or(viewModel.mayDecide().not()));
        reviewedAnswer.setOnAction(e -> enterReviewed());
    }

    /** Every answer of the conflict side by side: team, inspector, answer, note and photos, and a button to keep it. */
    private void showAnswers(ListConflicts.Listed listed) {
        answerCards.getChildren().clear();
        if (listed == null) {
            conflictHeading.setText("");
            return;
        }
        conflictHeading.setText(Messages.get("conflicts.heading", listed.site().name(), listed.site().siteType(), listed.conflict().standardCode())
                + "\n" + listed.standardText());
        for (Candidate answer : listed.conflict().answers()) {
            Finding f = answer.finding();
            VBox card = new VBox(6);
            card.getStyleClass().add("answer-card");
            card.setPrefWidth(260);
            Label team = new Label(answer.teamId() == null ? Messages.get("conflicts.office") : listed.teamOf(answer.teamId()));
            team.getStyleClass().add("card-title");
            Label result = new Label(Messages.answer(f.answer()));
            result.getStyleClass().add("card-answer");
            Label who = new Label(Messages.get("conflicts.who", f.answeredBy(), Views.time(f.answeredAt()), f.version()));
            who.getStyleClass().add("hint");
            Label note = new Label(f.note().isBlank() ? Messages.get("conflicts.noNote") : f.note());
            note.setWrapText(true);
            FlowPane photos = new FlowPane(4, 4);
            for (String sha : f.photos()) {
                ImageView view = new ImageView();
                viewModel.conflicts().photo(sha, file -> view.setImage(new Image(file.toUri().toString(), 120, 90, true, true, true)));
                photos.getChildren().add(view);
            }
            Button keep = new Button(Messages.get("conflicts.keep"));
            keep.setOnAction(e -> viewModel.conflicts().keep(f.id()));
            keep.disableProperty().bind(viewModel.mayDecide().not());
            card.getChildren().addAll(team, result, who, note, photos, keep);
            answerCards.getChildren().add(card);
        }
    }

    @FXML
    private void enterReviewed() {
        if (!reviewedAnswer.getText().isBlank()) {
            viewModel.conflicts().enter(reviewedAnswer.getText(), reviewedNote.getText());
            reviewedAnswer.clear();
            reviewedNote.clear();
        }
    }

    @FXML
    private void importPackages() {
        viewModel.importPackages();
    }

    @FXML
    private void exportTask() {
        viewModel.exportTask();
    }

    /** Takes in the packages the program was opened with. */
    public void importPackages(java.util.List<java.nio.file.Path> files) {
        viewModel.importPackages(files);
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

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static ReviewViewModel.UseCases useCases(Services services) {
        return new ReviewViewModel.UseCases(services.showRound(), services.listTeamSites(), services.openInspection(),
                services.reviewInspection(), services.listConflicts(), services.resolveConflict(), services.addPhoto(),
                services.correctFinding(), PackageActions.useCases(services));
    }
}
