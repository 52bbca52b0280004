package org.civicinspect.gui.survey;

import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.service.Services;
import org.civicinspect.service.survey.PrepareInterviews;

/**
 * 问卷调查: keyboard-first. Enter starts the next interview; number keys choose an option (1…9, 0 the tenth) or, on
 * a multiple choice, choose and unchoose, Enter confirming; numbers and short texts are typed and confirmed with
 * Enter; Backspace or ← goes back a question; Esc abandons the interview, with a reason.
 */
public final class InterviewView {

    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");

    private final InterviewViewModel viewModel;
    private final Parent root;
    /** A number key acted on is not also typed into the answer field the next question may have moved the focus to. */
    private boolean swallowTyped;

    @FXML private HBox setupBar;
    @FXML private ComboBox<PrepareInterviews.SurveyRound> roundChoice;
    @FXML private ComboBox<String> districtChoice;
    @FXML private ComboBox<InterviewMethod> methodChoice;
    @FXML private TextField idField;
    @FXML private Label countLabel;
    @FXML private VBox noRoundPane;
    @FXML private HBox interviewPane;
    @FXML private VBox questionPane;
    @FXML private Label interviewLabel;
    @FXML private Label savedLabel;
    @FXML private Label positionLabel;
    @FXML private Label questionText;
    @FXML private VBox optionBox;
    @FXML private TextField answerField;
    @FXML private Label noticeLabel;
    @FXML private Label keysLabel;
    @FXML private ListView<InterviewViewModel.AnsweredLine> answeredList;
    @FXML private Label messageLabel;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public InterviewView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.viewModel = new InterviewViewModel(new InterviewViewModel.UseCases(services.prepareInterviews(), services.recordInterview()),
                executor, dialogs);
        root = Views.load(this);
        listenToKeys();
        events.listen(viewModel, root, viewModel::reload);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    InterviewViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        roundChoice.setItems(viewModel.rounds());
        roundChoice.valueProperty().bindBidirectional(viewModel.roundProperty());
        roundChoice.setConverter(Views.converter(r -> r == null ? "" : r.round().name()));
        districtChoice.setItems(viewModel.districts());
        districtChoice.valueProperty().bindBidirectional(viewModel.districtProperty());
        methodChoice.getItems().setAll(InterviewMethod.values());
        methodChoice.setConverter(Views.converter(m -> m == null ? "" : InterviewViewModel.methodName(m)));
        methodChoice.valueProperty().bindBidirectional(viewModel.methodProperty());
        idField.textProperty().bindBidirectional(viewModel.interviewIdProperty());
        countLabel.setId("interviewCount");
        countLabel.textProperty().bind(viewModel.countLineProperty());
        savedLabel.textProperty().bind(viewModel.savedLineProperty());
        interviewLabel.textProperty().bind(viewModel.interviewLineProperty());
        positionLabel.textProperty().bind(viewModel.positionProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        answerField.textProperty().bindBidirectional(viewModel.typedProperty());
        answeredList.setItems(viewModel.answered());
        answeredList.setCellFactory(list -> new AnsweredCell());
        viewModel.options().addListener((javafx.collections.ListChangeListener<InterviewViewModel.OptionLine>) change -> showOptions());
        viewModel.questionProperty().addListener((obs, old, now) -> render());
        viewModel.stageProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void listenToKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(this::focusAnswer);
            }
        });
    }

    private void keyPressed(KeyEvent e) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean inSetup = focus != null && (isIn(focus, roundChoice) || isIn(focus, districtChoice) || isIn(focus, methodChoice) || focus == idField);
        boolean inAnswer = focus == answerField;
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER) {
            if (districtChoice.isEditable() && isIn(focus, districtChoice)) {
                viewModel.districtProperty().set(districtChoice.getEditor().getText());
            }
            viewModel.enter();
            e.consume();
        } else if (inSetup) {
            return;
        } else if (code == KeyCode.ESCAPE) {
            viewModel.escape();
            e.consume();
        } else if (code == KeyCode.BACK_SPACE || code == KeyCode.LEFT) {
            if (inAnswer && (!answerField.getText().isEmpty() && (code == KeyCode.BACK_SPACE || answerField.getCaretPosition() > 0))) {
                return;
            }
            viewModel.back();
            e.consume();
        } else if (!inAnswer && digit(code) >= 0) {
            viewModel.number(digit(code));
            swallowTyped = true;
            e.consume();
        }
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    private static boolean isIn(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Shows the stage the interview is at and puts the focus where the next key belongs. */
    private void render() {
        InterviewViewModel.Stage stage = viewModel.stageProperty().get();
        boolean noRound = stage == InterviewViewModel.Stage.NO_ROUND;
        noRoundPane.setVisible(noRound);
        setupBar.setVisible(!noRound);
        // The round, district, method and number belong to the next interview: they change between interviews only.
        boolean between = stage == InterviewViewModel.Stage.READY;
        for (Node setup : List.of(roundChoice, districtChoice, methodChoice, idField)) {
            setup.setDisable(!between);
        }
        interviewPane.setVisible(!noRound);
        Question q = viewModel.questionProperty().get();
        boolean typing = q != null && (q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.TEXT);
        answerField.setVisible(typing);
        answerField.setManaged(typing);
        answerField.setPromptText(q != null && q.kind() == QuestionKind.NUMBER ? Messages.get("interviewing.numberPrompt")
                : Messages.get("interviewing.textPrompt"));
        questionText.setText(q == null ? stageText(stage) : q.code() + "　" + q.text());
        keysLabel.setText(Messages.get(keysKey(stage, q)));
        showOptions();
        focusAnswer();
        // A dialog (continue an unfinished interview?) gives the focus back to where it was when it closes.
        javafx.application.Platform.runLater(this::focusAnswer);
    }

    private String stageText(InterviewViewModel.Stage stage) {
        return switch (stage) {
            case READY -> Messages.get("interviewing.readyQuestion");
            case END -> Messages.get("interviewing.endQuestion");
            default -> "";
        };
    }

    private static String keysKey(InterviewViewModel.Stage stage, Question q) {
        if (stage == InterviewViewModel.Stage.READY) {
            return "interviewing.keysReady";
        }
        if (stage == InterviewViewModel.Stage.END) {
            return "interviewing.keysEnd";
        }
        if (q == null) {
            return "interviewing.keysReady";
        }
        return switch (q.kind()) {
            case MULTIPLE -> "interviewing.keysMultiple";
            case NUMBER -> "interviewing.keysNumber";
            case TEXT -> "interviewing.keysText";
            default -> "interviewing.keysChoice";
        };
    }

    private void focusAnswer() {
        if (answerField.isVisible()) {
            answerField.requestFocus();
            answerField.end();
        } else if (interviewPane.isVisible()) {
            questionPane.requestFocus();
        }
    }

    private void showOptions() {
        List<InterviewViewModel.OptionLine> lines = viewModel.options();
        optionBox.getChildren().setAll(lines.stream().map(InterviewView::optionNode).toList());
    }

    private static Node optionNode(InterviewViewModel.OptionLine line) {
        Label key = new Label(line.key());
        key.getStyleClass().add("option-key");
        key.setMinWidth(30);
        key.setAlignment(Pos.CENTER);
        Label text = new Label(line.option().text());
        text.getStyleClass().add("option-text");
        text.setWrapText(true);
        HBox row = new HBox(10, key, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("option-line");
        HBox.setHgrow(text, Priority.ALWAYS);
        if (line.option().notReadAloud()) {
            Label tag = new Label(Messages.get("interviewing.notReadAloud"));
            tag.getStyleClass().add("not-read-aloud-tag");
            tag.setMinWidth(Label.USE_PREF_SIZE);
            row.getChildren().add(1, tag);
            row.getStyleClass().add("not-read-aloud");
        }
        row.pseudoClassStateChanged(CHOSEN, line.chosen());
        return row;
    }

    /** An answered question: its code, the answer said, and ✔ once committed (… while it is being saved). */
    private static final class AnsweredCell extends ListCell<InterviewViewModel.AnsweredLine> {
        @Override
        protected void updateItem(InterviewViewModel.AnsweredLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(Messages.get(line.saved() ? "interviewing.answeredSaved" : "interviewing.answeredSaving", line.question().code(), line.answer()));
            setTooltip(new javafx.scene.control.Tooltip(line.question().text()));
        }
    }
}
