package org.civicinspect.gui.tasks;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.Services;
import org.civicinspect.service.materials.PreviewMaterialFile;

/**
 * 任务分解 / 材料审核: wires TasksView.fxml to {@link TasksViewModel}. In the standards table 1, 2 and 3 grade the
 * selected standard 完整, 部分 and 缺失, C moves to its comment and Enter there saves it; the arrows move as usual.
 */
public final class TasksView {

    private final TasksViewModel viewModel;
    private final Parent root;
    /** The C that moved to the comment types its letter into the field it moved to, unless that letter is dropped. */
    private boolean dropTypedC;

    @FXML private ComboBox<Round> roundChoice;
    @FXML private CheckBox allCheck;
    @FXML private Button scaleButton;
    @FXML private Button sendUnitButton;
    @FXML private Button receiveReplyButton;
    @FXML private Button receiveTaskButton;
    @FXML private Button addMaterialButton;
    @FXML private Button writeReplyButton;
    @FXML private Label summaryLabel;
    @FXML private Label keysHint;
    @FXML private ListView<String> unitList;
    @FXML private Label standardsHeading;
    @FXML private TableView<TasksViewModel.Row> standardTable;
    @FXML private TableColumn<TasksViewModel.Row, String> codeColumn;
    @FXML private TableColumn<TasksViewModel.Row, String> textColumn;
    @FXML private TableColumn<TasksViewModel.Row, String> unitsColumn;
    @FXML private TableColumn<TasksViewModel.Row, String> dueColumn;
    @FXML private TableColumn<TasksViewModel.Row, String> gradeColumn;
    @FXML private TableColumn<TasksViewModel.Row, String> commentColumn;
    @FXML private Label detailHeading;
    @FXML private Label detailText;
    @FXML private TextField commentField;
    @FXML private Button saveCommentButton;
    @FXML private ListView<MaterialFile> fileList;
    @FXML private StackPane pictureArea;
    @FXML private ImageView pictureView;
    @FXML private Label previewMessage;
    @FXML private Label fileInfo;
    @FXML private Button openButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;

    public TasksView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        viewModel = new TasksViewModel(useCases(services), executor, dialogs, events);
        root = Views.load(this);
        events.listen(viewModel, root, viewModel::reload);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    TasksViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        Views.bindRoundChoice(roundChoice, viewModel.rounds(), viewModel.roundProperty());
        allCheck.selectedProperty().bindBidirectional(viewModel.allMaterialsProperty());
        allCheck.visibleProperty().bind(viewModel.unitWorkspaceProperty().not());
        allCheck.managedProperty().bind(allCheck.visibleProperty());
        scaleButton.visibleProperty().bind(viewModel.unitWorkspaceProperty().not());
        scaleButton.managedProperty().bind(scaleButton.visibleProperty());
        // The office sends and takes in unit packages once it has rounds; a unit's (or an empty) workspace takes in its task package.
        javafx.beans.binding.BooleanBinding office = viewModel.unitWorkspaceProperty().not()
                .and(javafx.beans.binding.Bindings.isNotEmpty(viewModel.rounds()));
        showOnlyWhen(sendUnitButton, office);
        showOnlyWhen(receiveReplyButton, office);
        showOnlyWhen(receiveTaskButton, office.not());
        showOnlyWhen(addMaterialButton, viewModel.unitWorkspaceProperty());
        showOnlyWhen(writeReplyButton, viewModel.unitWorkspaceProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        unitList.setItems(viewModel.units());
        unitList.setPlaceholder(new Label(Messages.get("tasks.noBreakdown")));
        unitList.setCellFactory(list -> new UnitCell());
        unitList.getSelectionModel().selectedItemProperty().addListener((o, a, unit) -> {
            if (unit != null) {
                viewModel.unitProperty().set(unit);
                viewModel.allMaterialsProperty().set(false);
            }
        });
        viewModel.unitProperty().addListener((o, a, unit) -> showUnit());
        viewModel.units().addListener((javafx.collections.ListChangeListener<String>) change -> showUnit());
        viewModel.allMaterialsProperty().addListener((o, a, b) -> showUnit());
        viewModel.progress().addListener((MapChangeListener<String, TasksViewModel.UnitProgress>) change -> unitList.refresh());

        standardTable.setItems(viewModel.rows());
        standardTable.setPlaceholder(new Label(Messages.get("tasks.noStandards")));
        standardTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        codeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().code()));
        textColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        unitsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(units(c.getValue())));
        textColumn.setCellFactory(TasksView::wrapping);
        unitsColumn.setCellFactory(TasksView::wrapping);
        commentColumn.setCellFactory(TasksView::wrapping);
        dueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().due() == null ? "—" : c.getValue().due().toString()));
        gradeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(grade(c.getValue())));
        commentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.comment(c.getValue().code())));
        viewModel.reviews().addListener((MapChangeListener<String, MaterialReview>) change -> standardTable.refresh());
        viewModel.saving().addListener((MapChangeListener<String, MaterialGrade>) change -> standardTable.refresh());
        standardTable.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        standardTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showRow(row));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<TasksViewModel.Row>) change -> {
            if (standardTable.getSelectionModel().isEmpty() && !viewModel.rows().isEmpty()) {
                standardTable.getSelectionModel().select(0);
            }
        });
        commentField.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (dropTypedC) {
                dropTypedC = false;
                e.consume();
            }
        });
        commentField.addEventFilter(KeyEvent.KEY_RELEASED, e -> dropTypedC = false);
        commentField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                standardTable.requestFocus();
                e.consume();
            }
        });
        commentField.setOnAction(e -> saveComment());
        // A unit's workspace shows the office's reviews and records none.
        saveCommentButton.disableProperty().bind(standardTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.unitWorkspaceProperty()));
        commentField.disableProperty().bind(standardTable.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.unitWorkspaceProperty()));
        keysHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.unitWorkspaceProperty().get()
                ? Messages.get("tasks.unitHint") : keys(viewModel.scaleProperty().get()), viewModel.unitWorkspaceProperty(), viewModel.scaleProperty()));
        fileList.setItems(viewModel.files());
        fileList.setPlaceholder(new Label(Messages.get("tasks.filesNone")));
        fileList.setCellFactory(list -> new FileCell());
        fileList.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> viewModel.fileProperty().set(f));
        viewModel.files().addListener((javafx.collections.ListChangeListener<MaterialFile>) change -> {
            if (fileList.getSelectionModel().isEmpty() && !viewModel.files().isEmpty()) {
                fileList.getSelectionModel().select(0);
            }
        });
        fileList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openFile();
                e.consume();
            }
        });
        fileList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openFile();
            }
        });
        pictureView.fitWidthProperty().bind(pictureArea.widthProperty().subtract(8));
        pictureView.fitHeightProperty().bind(pictureArea.heightProperty().subtract(8));
        pictureArea.setMinSize(0, 0);
        openButton.disableProperty().bind(viewModel.fileProperty().isNull());
        viewModel.previewProperty().addListener((o, a, shown) -> showPreview());
        viewModel.fileProperty().addListener((o, a, f) -> showPreview());
        Views.bindJob(progressBar, statusLabel, cancelButton, viewModel.job());
        showUnit();
        showRow(null);
    }

    private void key(KeyEvent e) {
        TasksViewModel.Row row = standardTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        int position = position(e.getCode());
        if (position >= 0) {
            viewModel.gradeAt(row.code(), position);
            e.consume();
        } else if (e.getCode() == KeyCode.R) {
            viewModel.returnToUnit(row.code());
            e.consume();
        } else if (e.getCode() == KeyCode.C) {
            commentField.setText(viewModel.comment(row.code()));
            commentField.requestFocus();
            commentField.end();
            dropTypedC = true;
            e.consume();
        }
    }

    /** The place in the scale a digit key names: 1 the first grade … 9 the ninth; -1 for any other key. */
    private static int position(KeyCode code) {
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '1';
        }
        return -1;
    }

    /** {@code 1 A (1), 2 B (0.8) …}: the keys of the scale's grades, for the hint above the table. */
    private static String keys(MaterialGradeScale scale) {
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < scale.grades().size(); i++) {
            keys.add((i + 1) + " " + GradeNames.choice(scale.grades().get(i)));
        }
        return Messages.get("tasks.keys", String.join(Messages.get("tasks.countSeparator"), keys));
    }

    private static void showOnlyWhen(Button button, javafx.beans.value.ObservableBooleanValue shown) {
        button.visibleProperty().bind(shown);
        button.managedProperty().bind(shown);
    }

    @FXML
    private void sendToUnit() {
        viewModel.sendToUnit();
    }

    @FXML
    private void receiveUnitPackages() {
        viewModel.receiveUnitPackages();
    }

    @FXML
    private void addMaterial() {
        TasksViewModel.Row row = standardTable.getSelectionModel().getSelectedItem();
        viewModel.addMaterial(row == null ? null : row.code());
    }

    @FXML
    private void writeReply() {
        viewModel.writeReply();
    }

    @FXML
    private void editScale() {
        viewModel.editScale();
    }

    @FXML
    private void saveComment() {
        TasksViewModel.Row row = standardTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.comment(row.code(), commentField.getText());
            standardTable.requestFocus();
        }
    }

    @FXML
    private void openFile() {
        viewModel.open(viewModel.fileProperty().get());
    }

    /** The chosen file's picture, or the sentence that stands for it, and what is known of the file. */
    private void showPreview() {
        MaterialFile file = viewModel.fileProperty().get();
        TasksViewModel.Shown shown = viewModel.previewProperty().get();
        pictureView.setImage(null);
        if (file == null) {
            previewMessage.setText(viewModel.files().isEmpty() ? "" : Messages.get("tasks.chooseFile"));
            fileInfo.setText("");
            return;
        }
        fileInfo.setText(Messages.get("tasks.fileInfo", file.title(), file.type(), file.fileName(), size(file.bytes()),
                file.documentDate().toString(), file.unit(), file.sha256()));
        if (shown == null || !shown.preview().file().equals(file)) {
            previewMessage.setText(Messages.get("tasks.previewReading"));
            return;
        }
        boolean picture = shown.picture() != null && !shown.picture().isError();
        pictureView.setImage(picture ? shown.picture() : null);
        previewMessage.setText(picture ? "" : switch (shown.preview().shown()) {
            case PDF_ENCRYPTED -> Messages.get("tasks.preview.encrypted", file.fileName());
            case DOCUMENT -> Messages.get("tasks.preview.document", file.fileName());
            default -> Messages.get("tasks.preview.unreadable", file.fileName());
        });
        if (picture && shown.preview().shown() == PreviewMaterialFile.Shown.PDF_PAGE) {
            fileInfo.setText(Messages.get("tasks.pdfPages", shown.preview().pages()) + "　" + fileInfo.getText());
        }
    }

    /** A size as people read it: bytes, KB or MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", kb) : String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024);
    }

    @FXML
    private void cancel() {
        viewModel.job().cancel();
    }

    /** Keeps the unit list's selection and the heading over the standards in step with the view model. */
    private void showUnit() {
        String unit = viewModel.unitProperty().get();
        if (viewModel.allMaterialsProperty().get()) {
            unitList.getSelectionModel().clearSelection();
        } else if (unit != null && !unit.equals(unitList.getSelectionModel().getSelectedItem()) && viewModel.units().contains(unit)) {
            unitList.getSelectionModel().select(unit);
        }
        standardsHeading.setText(viewModel.allMaterialsProperty().get() ? Messages.get("tasks.allHeading")
                : unit == null ? "" : Messages.get("tasks.unitHeading", unit));
    }

    private void showRow(TasksViewModel.Row row) {
        viewModel.showFiles(row == null ? null : row.code());
        if (row == null) {
            detailHeading.setText(Messages.get("tasks.nothingChosen"));
            detailText.setText("");
            commentField.clear();
            return;
        }
        detailHeading.setText(row.code() + "　" + row.text());
        detailText.setText(row.lead().isEmpty() ? Messages.get("tasks.unassigned") : Messages.get("tasks.detail", row.lead(),
                row.supporting().isEmpty() ? "—" : String.join("、", row.supporting()), row.due() == null ? "—" : row.due().toString()));
        commentField.setText(viewModel.comment(row.code()));
    }

    /** A cell whose text wraps within its column, so that long standards and unit lists are read whole. */
    private static TableCell<TasksViewModel.Row, String> wrapping(TableColumn<TasksViewModel.Row, String> column) {
        TableCell<TasksViewModel.Row, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : text);
                text.setText(item);
            }

            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(10));
                text.getStyleClass().add("wrapping-cell-text");
            }
        };
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    private static String units(TasksViewModel.Row row) {
        if (row.lead().isEmpty()) {
            return Messages.get("tasks.unassigned");
        }
        return row.supporting().isEmpty() ? row.lead() : row.lead() + "／" + String.join("、", row.supporting());
    }

    /** The grade recorded, the one being saved (marked as such), "—" while not graded, or that it takes no material review. */
    private String grade(TasksViewModel.Row row) {
        MaterialGrade pending = viewModel.saving().get(row.code());
        if (pending != null) {
            return Messages.get("tasks.savingGrade", GradeNames.choice(pending));
        }
        if (!row.material()) {
            return Messages.get("tasks.notMaterial");
        }
        MaterialReview review = viewModel.reviews().get(row.code());
        return review == null ? "—" : GradeNames.choice(review.grade());
    }

    /** A file by its name, with its title and type beneath. */
    private static final class FileCell extends ListCell<MaterialFile> {
        @Override
        protected void updateItem(MaterialFile file, boolean empty) {
            super.updateItem(file, empty);
            setText(empty || file == null ? null : file.fileName() + "\n" + file.type() + "：" + file.title());
        }
    }

    /** A unit with what it leads and supports, its material grades and its field 达标率. */
    private final class UnitCell extends ListCell<String> {
        @Override
        protected void updateItem(String unit, boolean empty) {
            super.updateItem(unit, empty);
            TasksViewModel.UnitProgress p = empty || unit == null ? null : viewModel.progress().get(unit);
            if (p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(unit);
            name.getStyleClass().add("card-title");
            Label standards = new Label(Messages.get("tasks.unitStandards", p.leads(), p.supports(),
                    p.fieldRate().map(r -> Rounding.percent(r).toPlainString() + "%").orElse("—")));
            Label materials = new Label(Messages.get("tasks.unitMaterials", TasksViewModel.counts(p.byGrade()), p.notYet()));
            materials.getStyleClass().add("hint");
            for (Label l : List.of(name, standards, materials)) {
                l.setWrapText(true);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            VBox card = new VBox(1, name, standards, materials);
            card.setMinWidth(0);
            card.setPrefWidth(0);
            setText(null);
            setGraphic(card);
        }
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static TasksViewModel.UseCases useCases(Services services) {
        return new TasksViewModel.UseCases(services.showRound(), services.showTaskProgress(), services.listRoundMaterials(),
                services.recordMaterialReview(), services.showUnitOfWorkspace(), services.listMaterialFiles(), services.previewMaterialFile(),
                services.copyMaterialFileToOpen(), services.setMaterialGradeScale(), org.civicinspect.gui.UnitPackageActions.useCases(services));
    }
}
