package org.civicinspect.gui.scoring;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.PackageActions;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;

/**
 * 现场评分: keyboard-first. ↑/↓ or J/K move; 1 符合, 2 不符合, A/B/C/D grades, digits count, N 不适用;
 * U next unanswered; E note; P photo; H history; Ctrl+Z undo; Ctrl+Enter 已完成; F1 help.
 */
public final class ScoringView {

    private static final Duration NOTE_DEBOUNCE = Duration.millis(700);
    /** How long typed digits wait for the next one before they are recorded where they were typed. */
    static final Duration COUNT_PAUSE = Duration.millis(1500);
    private static final javafx.css.PseudoClass ANSWERED = javafx.css.PseudoClass.getPseudoClass("answered");
    private static final javafx.css.PseudoClass FAILING = javafx.css.PseudoClass.getPseudoClass("failing");

    private final ScoringViewModel viewModel;
    private final DialogService dialogs;
    private final Parent root;
    private final PauseTransition noteTimer = new PauseTransition(NOTE_DEBOUNCE);
    private final PauseTransition countTimer = new PauseTransition(COUNT_PAUSE);
    private boolean showingNote;
    /** The character of the key that opened the note, which must not become its first letter. */
    private String swallowTyped;
    /** The line the note being written belongs to, fixed when the note gets the focus. */
    private String noteFor;
    private String shownSiteId;
    private boolean browsingSites;

    @FXML private ComboBox<org.civicinspect.model.Round> roundChoice;
    @FXML private ComboBox<String> teamChoice;
    @FXML private TextField siteSearch;
    @FXML private ListView<ListTeamSites.ListedSite> siteList;
    @FXML private Label siteTitle;
    @FXML private Label savedLabel;
    @FXML private Button completeButton;
    @FXML private Button reopenButton;
    @FXML private Label lockedLabel;
    @FXML private TextField arrivalField;
    @FXML private TextField membersField;
    @FXML private TextField remarksField;
    @FXML private Label scoreLabel;
    @FXML private ListView<ScoringViewModel.Row> checklist;
    @FXML private Label messageLabel;
    @FXML private TextArea noteArea;
    @FXML private Button photoButton;
    @FXML private FlowPane thumbnails;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public ScoringView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.viewModel = new ScoringViewModel(useCases(services),
                executor, dialogs, events);
        this.dialogs = dialogs;
        root = Views.load(this);
        events.listen(viewModel, root, viewModel::reload);
        acceptDroppedPhotos();
        viewModel.reload();
    }

    /** Photos dropped anywhere on the screen go to the selected finding. */
    private void acceptDroppedPhotos() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            e.getDragboard().getFiles().forEach(f -> viewModel.attachPhoto(f.toPath()));
            e.setDropCompleted(true);
            e.consume();
        });
    }

    public Parent root() {
        return root;
    }

    ScoringViewModel viewModel() {
        return viewModel;
    }

    /** Opens a site's checklist as a click in the site list would. */
    public void select(ListTeamSites.ListedSite site) {
        viewModel.siteProperty().set(site);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<InspectionSheet> sheetProperty() {
        return viewModel.sheetProperty();
    }

    public int checklistSize() {
        return checklist.getItems().size();
    }

    @FXML
    private void initialize() {
        Views.bindRoundChoice(roundChoice, viewModel.rounds(), viewModel.roundProperty());
        teamChoice.setItems(viewModel.teams());
        teamChoice.valueProperty().bindBidirectional(viewModel.teamProperty());
        javafx.collections.transformation.FilteredList<ListTeamSites.ListedSite> shownSites =
                new javafx.collections.transformation.FilteredList<>(viewModel.sites());
        siteSearch.textProperty().addListener((o, a, text) -> {
            String query = text == null ? "" : text.strip();
            shownSites.setPredicate(query.isEmpty() ? null : listed -> listed.drawn().site().name().contains(query)
                    || listed.drawn().site().siteType().contains(query) || listed.drawn().site().street().contains(query));
        });
        siteList.setItems(shownSites);
        siteList.setCellFactory(list -> new SiteCell());
        siteList.setPlaceholder(new Label(Messages.get("scoring.noSites")));
        siteList.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (!browsingSites) {
                openSite(s);
            }
        });
        siteList.addEventFilter(KeyEvent.KEY_PRESSED, this::onSiteListKey);

        checklist.setItems(viewModel.rows());
        checklist.setCellFactory(list -> new StandardCell());
        checklist.setPlaceholder(new Label(Messages.get("scoring.chooseSite")));
        checklist.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Only a click chooses a line here; keys go through the view model, and the list's own selection changes while its
        // lines are replaced are never taken for the inspector's choice.
        checklist.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            int i = checklist.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i != viewModel.selectedProperty().get()) {
                viewModel.select(i);
            }
        });
        viewModel.selectedProperty().addListener((o, a, i) -> {
            flushNote();
            checklist.getSelectionModel().select(i.intValue());
            if (i.intValue() >= 0) {
                checklist.scrollTo(Math.max(0, i.intValue() - 3));
            }
            showFinding();
        });
        viewModel.noteRequestsProperty().addListener((o, a, n) -> openNote());
        countTimer.setOnFinished(e -> viewModel.commitTyping(false));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ScoringViewModel.Row>) c -> {
            checklist.getSelectionModel().select(viewModel.selectedProperty().get());
            showFinding();
        });
        viewModel.sheetProperty().addListener((o, a, sheet) -> showHeader(sheet));
        lockedLabel.textProperty().bind(viewModel.lockedLineProperty());
        lockedLabel.visibleProperty().bind(viewModel.lockedLineProperty().isNotEmpty());
        lockedLabel.managedProperty().bind(lockedLabel.visibleProperty());
        reopenButton.managedProperty().bind(reopenButton.visibleProperty());
        scoreLabel.textProperty().bind(viewModel.scoreLineProperty());
        savedLabel.textProperty().bind(viewModel.savedLineProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        arrivalField.textProperty().bindBidirectional(viewModel.arrivalProperty());
        membersField.textProperty().bindBidirectional(viewModel.membersProperty());
        remarksField.textProperty().bindBidirectional(viewModel.remarksProperty());
        for (TextField field : List.of(arrivalField, membersField, remarksField)) {
            field.focusedProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    viewModel.saveHeader();
                }
            });
            field.setOnAction(e -> checklist.requestFocus());
        }
        noteTimer.setOnFinished(e -> {
            if (noteFor != null) {
                viewModel.saveNote(noteFor, noteArea.getText());
            }
        });
        noteArea.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                ScoringViewModel.Row row = viewModel.selectedRow();
                noteFor = row == null ? null : row.standard().code();
            } else {
                flushNote();
            }
        });
        noteArea.textProperty().addListener((o, a, text) -> {
            if (!showingNote) {
                noteTimer.playFromStart();
            }
        });
        noteArea.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped != null && swallowTyped.equalsIgnoreCase(e.getCharacter())) {
                e.consume();
            }
            swallowTyped = null;
        });
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            swallowTyped = null;
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.ENTER && !e.isShiftDown())) {
                noteTimer.stop();
                String code = noteFor;
                String text = noteArea.getText();
                noteFor = null;
                checklist.requestFocus();
                if (code != null) {
                    if (e.getCode() == KeyCode.ENTER) {
                        viewModel.noteDone(code, text);
                    } else {
                        viewModel.saveNote(code, text);
                    }
                }
                e.consume();
            }
        });
        completeButton.setMinHeight(44);
    }

    /** A site chosen with the mouse (or by the program) opens at once; the arrow keys only move through the list. */
    private void openSite(ListTeamSites.ListedSite s) {
        if (s != null && (viewModel.siteProperty().get() == null
                || !s.drawn().site().id().equals(viewModel.siteProperty().get().drawn().site().id()))) {
            viewModel.siteProperty().set(s);
        }
    }

    /** ↑/↓ move the selection without opening each site on the way; Enter (or →) opens the selected one. */
    private void onSiteListKey(KeyEvent e) {
        int step = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
        if (step != 0 && !siteList.getItems().isEmpty()) {
            int here = siteList.getSelectionModel().getSelectedIndex();
            int next = here < 0 ? 0 : Math.max(0, Math.min(siteList.getItems().size() - 1, here + step));
            browsingSites = true;
            try {
                siteList.getSelectionModel().clearAndSelect(next);
                siteList.getFocusModel().focus(next);
                siteList.scrollTo(Math.max(0, next - 3));
            } finally {
                browsingSites = false;
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.RIGHT) {
            openSite(siteList.getSelectionModel().getSelectedItem());
            checklist.requestFocus();
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.Z) {
                viewModel.undo();
            } else if (code == KeyCode.ENTER) {
                viewModel.complete();
            } else {
                return;
            }
            e.consume();
            return;
        }
        switch (code) {
            case UP, K -> viewModel.move(-1);
            case DOWN, J -> viewModel.move(1);
            case N -> viewModel.answer(Answer.notApplicable());
            case A -> viewModel.grade(Grade.A);
            case B -> viewModel.grade(Grade.B);
            case C -> viewModel.grade(Grade.C);
            case D -> viewModel.grade(Grade.C_SHARP);
            case U -> viewModel.nextUnanswered();
            case ENTER -> viewModel.commitTyping(true);
            case ESCAPE -> viewModel.cancelTyping();
            case BACK_SPACE -> viewModel.eraseDigit();
            case MINUS, SUBTRACT -> viewModel.step(viewModel.selectedProperty().get(), -1);
            case PLUS, ADD, EQUALS -> viewModel.step(viewModel.selectedProperty().get(), 1);
            case E -> {
                if (viewModel.openNote()) {
                    openNote();
                }
            }
            case P -> choosePhoto();
            case F1 -> showHelp();
            case H -> viewModel.showHistory();
            case LEFT -> {
                viewModel.commitTyping(false);
                siteList.requestFocus();
            }
            default -> {
                if (code.isDigitKey()) {
                    viewModel.digit(Integer.parseInt(e.getText().isEmpty() ? code.getChar() : e.getText()));
                } else if (code.isLetterKey()) {
                    viewModel.meaningless(code.getName());
                } else {
                    return;
                }
            }
        }
        if (viewModel.typing()) {
            countTimer.playFromStart();
        } else {
            countTimer.stop();
        }
        swallowTyped = noteArea.isFocused() ? e.getText() : null;
        e.consume();
    }

    private void openNote() {
        noteArea.requestFocus();
        noteArea.positionCaret(noteArea.getText().length());
    }

    /** Saves a note still waiting for its pause, for the line it was written on. */
    private void flushNote() {
        if (noteTimer.getStatus() == javafx.animation.Animation.Status.RUNNING && noteFor != null) {
            noteTimer.stop();
            viewModel.saveNote(noteFor, noteArea.getText());
        }
    }

    /** How long typed digits wait before they are recorded; tests typing at full speed set it longer than any stall. */
    void countPause(Duration pause) {
        countTimer.setDuration(pause);
    }

    private void showHeader(InspectionSheet sheet) {
        if (sheet == null) {
            siteTitle.setText("");
            shownSiteId = null;
            return;
        }
        siteTitle.setText(Messages.get("scoring.title", sheet.site().name(), sheet.site().siteType(), sheet.site().district(),
                sheet.site().address(), sheet.team() == null ? "—" : sheet.team(),
                Messages.get("inspection.status." + sheet.inspection().status().name())));
        completeButton.setDisable(viewModel.readOnly());
        reopenButton.setVisible(viewModel.reopenable());
        noteArea.setEditable(!viewModel.readOnly());
        // Only a newly opened site takes the focus to its checklist: a save landing must not pull it out of the note.
        if (!sheet.site().id().equals(shownSiteId)) {
            shownSiteId = sheet.site().id();
            Platform.runLater(() -> checklist.requestFocus());
        }
    }

    private void showFinding() {
        ScoringViewModel.Row row = viewModel.selectedRow();
        boolean writing = noteArea.isFocused() && row != null && row.standard().code().equals(noteFor);
        if (!writing) {
            showingNote = true;
            noteTimer.stop();
            noteArea.setText(row == null ? "" : row.note());
            showingNote = false;
        }
        thumbnails.getChildren().clear();
        if (row == null) {
            return;
        }
        for (String sha : row.photos()) {
            ImageView view = new ImageView();
            viewModel.photoFile(sha, file -> {
                view.setImage(new Image(file.toUri().toString(), 96, 72, true, true, true));
                view.setOnMouseClicked(e -> enlarge(file));
            });
            Button remove = new Button("×");
            remove.setOnAction(e -> viewModel.removePhoto(sha));
            VBox box = new VBox(2, view, remove);
            box.setAlignment(Pos.CENTER);
            thumbnails.getChildren().add(box);
        }
    }

    private void enlarge(Path file) {
        ImageView big = new ImageView(new Image(file.toUri().toString(), 900, 640, true, true, true));
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.getDialogPane().setContent(big);
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.show();
    }

    /** P: says first when the line cannot take a photo; otherwise the photo goes to the line selected when P was pressed. */
    @FXML
    private void choosePhoto() {
        viewModel.photoTarget().ifPresent(code -> dialogs.choosePhoto("scoring.photo.choose").ifPresent(file -> viewModel.attachPhoto(code, file)));
        checklist.requestFocus();
    }

    @FXML
    private void reopen() {
        viewModel.reopen();
    }

    @FXML
    private void complete() {
        viewModel.complete();
    }

    @FXML
    private void showHelp() {
        dialogs.showReport(Messages.get("scoring.help"), Messages.get("scoring.help.title"),
                List.of(Messages.get("scoring.help.move"), Messages.get("scoring.help.binary"), Messages.get("scoring.help.grades"),
                        Messages.get("scoring.help.counts"), Messages.get("scoring.help.na"), Messages.get("scoring.help.next"),
                        Messages.get("scoring.help.note"), Messages.get("scoring.help.photo"), Messages.get("scoring.help.undo"),
                        Messages.get("scoring.help.complete"), Messages.get("scoring.help.history"), Messages.get("scoring.help.sites")), false);
        checklist.requestFocus();
    }

    /** A site on the team's list: name, type, status and progress. */
    private static final class SiteCell extends ListCell<ListTeamSites.ListedSite> {
        @Override
        protected void updateItem(ListTeamSites.ListedSite item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.drawn().site().name());
            name.getStyleClass().add("site-name");
            Label detail = new Label(item.drawn().site().siteType() + " · " + item.drawn().site().district() + " · "
                    + Messages.get("inspection.status." + item.status().name()) + " · " + item.answered() + "/" + item.standards());
            detail.getStyleClass().add("site-detail");
            setText(null);
            setGraphic(new VBox(2, name, detail));
        }
    }

    /**
     * A standard with its answer buttons, large enough to tap on a touchscreen. The nodes are made once per cell
     * and only refilled as the list scrolls, which keeps opening a long checklist fast.
     */
    private final class StandardCell extends ListCell<ScoringViewModel.Row> {
        private final Label code = new Label();
        private final Label text = new Label();
        private final Label meta = new Label();
        private final Label comment = new Label();
        private final Label recheck = new Label();
        private final Label hint = new Label();
        private final Label flag = new Label();
        private final Label count = new Label();
        private final Button less = stepButton("−", -1);
        private final Button more = stepButton("+", 1);
        private final Label typing = new Label();
        private final HBox buttons = new HBox(4);
        private final HBox line;
        private final Label group = new Label();
        private final VBox content;
        private final List<ToggleButton> binary = List.of(
                button("1 " + Messages.get("answer.met"), Answer.met()), button("2 " + Messages.get("answer.notMet"), Answer.notMet()));
        private final List<ToggleButton> grades = List.of(button("A", Answer.grade(Grade.A)), button("B", Answer.grade(Grade.B)),
                button("C", Answer.grade(Grade.C)), button("C# (D)", Answer.grade(Grade.C_SHARP)));
        private final ToggleButton notApplicable = button("N " + Messages.get("answer.na"), Answer.notApplicable());
        private ScoringMode shownMode;

        StandardCell() {
            code.getStyleClass().add("standard-code");
            code.setMinWidth(70);
            text.setWrapText(true);
            text.getStyleClass().add("standard-text");
            meta.setWrapText(true);
            meta.getStyleClass().add("standard-meta");
            count.getStyleClass().add("count-label");
            comment.setWrapText(true);
            comment.getStyleClass().add("review-comment");
            comment.managedProperty().bind(comment.visibleProperty());
            recheck.setWrapText(true);
            recheck.getStyleClass().add("recheck-flag");
            recheck.managedProperty().bind(recheck.visibleProperty());
            hint.getStyleClass().add("row-hint");
            hint.setWrapText(true);
            hint.managedProperty().bind(hint.visibleProperty());
            flag.getStyleClass().add("row-flag");
            flag.managedProperty().bind(flag.visibleProperty());
            typing.getStyleClass().add("typing-entry");
            typing.managedProperty().bind(typing.visibleProperty());
            VBox texts = new VBox(2, text, meta, comment, recheck, flag, hint);
            texts.setMinWidth(0);
            texts.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(texts, Priority.ALWAYS);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            line = new HBox(10, code, texts, buttons);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMinWidth(0);
            line.setPrefWidth(0);
            group.getStyleClass().add("checklist-group");
            group.managedProperty().bind(group.visibleProperty());
            content = new VBox(4, group, line);
            // An empty cell hides its lines rather than dropping them: put back in the scene, they would be styled afresh.
            content.managedProperty().bind(content.visibleProperty());
            setGraphic(content);
        }

        @Override
        protected void updateItem(ScoringViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            content.setVisible(!empty && row != null);
            if (empty || row == null) {
                return;
            }
            Standard s = row.standard();
            code.setText(s.code());
            text.setText(s.text());
            meta.setText(row.indicator() + " · " + s.points().toPlainString() + Messages.get("unit.points") + " · "
                    + Messages.scoring(s.scoring()) + (s.observationRule().isEmpty() ? "" : " · " + s.observationRule()));
            comment.setVisible(row.comment() != null);
            comment.setText(row.comment() == null ? "" : Messages.get("scoring.reviewComment", row.comment().reviewer(), row.comment().comment()));
            recheck.setVisible(row.recheck() != null);
            recheck.setText(row.recheck() == null ? "" : Messages.get("scoring.recheck", row.recheck().note().isBlank() ? "—" : row.recheck().note(),
                    row.recheck().deadline()));
            ScoringMode mode = s.scoring().mode();
            if (mode != shownMode) {
                shownMode = mode;
                buttons.getChildren().setAll(mode == ScoringMode.BINARY ? binary : mode == ScoringMode.GRADED ? grades : List.of(less, count, more));
                buttons.getChildren().add(0, typing);
                buttons.getChildren().add(notApplicable);
            }
            Answer current = row.answer();
            typing.setVisible(row.typing() != null);
            typing.setText(row.typing() == null ? "" : mode == ScoringMode.GRADED
                    ? row.typing() + " → " + Grade.fromViolations(Integer.parseInt(row.typing())).label() : row.typing());
            showHint(row, isSelected());
            boolean needs = row.lacksEvidence() && viewModel.sheetProperty().get() != null && viewModel.sheetProperty().get().requiresEvidence();
            flag.setVisible(needs || row.saving());
            flag.setText(needs ? Messages.get("scoring.row.needsEvidence") : row.saving() ? Messages.get("scoring.row.saving") : "");
            for (ToggleButton b : mode == ScoringMode.BINARY ? binary : mode == ScoringMode.GRADED ? grades : List.<ToggleButton>of()) {
                b.setSelected(same((Answer) b.getUserData(), current));
            }
            notApplicable.setSelected(current != null && current.kind() == AnswerKind.NOT_APPLICABLE);
            count.setText(current != null && current.kind() == AnswerKind.OCCURRENCES
                    ? Messages.get("answer.occurrences", current.count()) : Messages.get("answer.typeCount"));
            // A 测评项目 › 测评内容 heading above the first standard of each indicator groups the list.
            int index = getIndex();
            ScoringViewModel.Row previous = index > 0 && index - 1 < getListView().getItems().size() ? getListView().getItems().get(index - 1) : null;
            boolean first = previous == null || !previous.indicator().equals(row.indicator()) || !previous.category().equals(row.category());
            group.setVisible(first);
            group.setText(row.category() + " › " + row.indicator());
            pseudoClassStateChanged(ANSWERED, row.answered());
            pseudoClassStateChanged(FAILING, row.answered() && row.answer().failing());
        }

        @Override
        public void updateSelected(boolean selected) {
            super.updateSelected(selected);
            showHint(getItem(), selected);
        }

        /** The selected line says which keys answer it. */
        private void showHint(ScoringViewModel.Row row, boolean selected) {
            hint.setVisible(selected && row != null);
            hint.setText(selected && row != null ? ScoringViewModel.keysOf(row) : "");
        }

        private Button stepButton(String label, int delta) {
            Button button = new Button(label);
            button.setMinHeight(40);
            button.setMinWidth(40);
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                viewModel.step(getIndex(), delta);
                countTimer.playFromStart();
                checklist.requestFocus();
            });
            return button;
        }

        private ToggleButton button(String label, Answer answer) {
            ToggleButton button = new ToggleButton(label);
            button.setUserData(answer);
            button.setMinHeight(40);
            button.setMinWidth(48);
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                button.setSelected(!button.isSelected());
                viewModel.select(getIndex());
                viewModel.answer(answer);
            });
            return button;
        }

        private static boolean same(Answer a, Answer b) {
            return b != null && a.kind() == b.kind() && java.util.Objects.equals(a.grade(), b.grade());
        }
    }

    @FXML
    private void importTask() {
        viewModel.importPackages();
    }

    @FXML
    private void exportResults() {
        viewModel.exportResults();
    }

    /** Takes in the packages the program was opened with. */
    public void importPackages(List<java.nio.file.Path> files) {
        viewModel.importPackages(files);
    }

    /** The use cases this screen's view model calls, taken from the workspace's services. */
    static ScoringViewModel.UseCases useCases(Services services) {
        return new ScoringViewModel.UseCases(services.showRound(), services.listPeople(), services.listTeamSites(),
                services.openInspection(), services.saveInspectionHeader(), services.completeInspection(), services.reopenInspection(),
                services.recordFinding(), services.withdrawAnswer(), services.annotateFinding(), services.addPhoto(), services.showHistory(), services.reviewInspection(),
                PackageActions.useCases(services));
    }
}
