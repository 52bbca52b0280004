package org.civicinspect.gui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 150 random key sequences, each delivered in one go on the JavaFX thread so that no save can end between two keys, over a 60-standard site mixing
 * 符合/不符合, A/B/C/C# and 按处扣分 standards: afterwards the workspace holds exactly what a model of the keys predicts,
 * answer, note and photos for every standard, and the selection and the focus are where the model says.
 */
@ExtendWith(ApplicationExtension.class)
class KeysAtFullSpeedTest {

    private static final String TYPE = "农贸市场";
    private static final int STANDARDS = 60;
    private static final int SEQUENCES = 150;

    @TempDir static Path temp;
    private static Services services;
    private static String roundId;
    private static final List<Path> photos = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ScoringView view;

    /** The workspace is made before the window, off the JavaFX thread. */
    @BeforeAll
    static void prepare() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        services.importIndicatorWorkbook().run(sixtyStandards(), "六十条测评表", Progress.NONE);
        roundId = services.createRound().run("快速键入轮", "六十条测评表", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "").id();
        services.drawRoundSample().run(roundId, new SamplingPlan(List.of(), 0, 1));
        services.assignTeams().run(roundId, List.of());
        for (int i = 0; i < 3; i++) {
            Path photo = temp.resolve("photo-" + i + ".png");
            ImageIO.write(new BufferedImage(8 + i, 6 + i, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            photos.add(photo);
        }
    }

    @Start
    void start(Stage stage) {
        view = new ScoringView(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new WorkspaceEvents());
        view.countPause(Duration.hours(1));
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    /** Sixty standards for one site type, the three scoring modes in turn, each on its own 测评内容. */
    private static Path sixtyStandards() throws Exception {
        WorkbookBuilder book = new WorkbookBuilder().sheet("测评体系").row("测评项目", "测评内容", "标准编码", "测评标准", "分值", "计分方式", "适用点位");
        for (int i = 1; i <= STANDARDS; i++) {
            String scoring = switch (i % 3) {
                case 1 -> "符合/不符合";
                case 2 -> "A/B/C/C#";
                default -> "按处扣分（每处1分）";
            };
            book.row("市场秩序", "内容" + (i + 2) / 3, String.format("S-%02d", i), "第" + i + "条标准", 3, scoring, TYPE);
        }
        return book.save(temp, "sixty.xlsx");
    }

    @Test
    void everyKeyLandsOnTheStandardItWasAimedAt(FxRobot robot) throws Exception {
        ScoringViewModel viewModel = view.viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.sites().stream().anyMatch(s -> s.drawn().site().siteType().equals(TYPE)));
        ListTeamSites.ListedSite market = viewModel.sites().stream().filter(s -> s.drawn().site().siteType().equals(TYPE)).findFirst().orElseThrow();
        robot.interact(() -> view.select(market));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.rows().size() == STANDARDS);
        WaitForAsyncUtils.waitForFxEvents();
        String siteId = market.drawn().site().id();
        TextArea note = robot.lookup("#noteArea").queryAs(TextArea.class);
        robot.clickOn("#checklist");
        robot.interact(() -> viewModel.select(0));

        List<ScoringMode> modes = viewModel.rows().stream().map(r -> r.standard().scoring().mode()).toList();
        List<String> codes = viewModel.rows().stream().map(r -> r.standard().code()).toList();
        Model model = new Model(modes);
        Random random = new Random(20261202L);
        List<String> shas = new ArrayList<>();
        for (Path p : photos) {
            shas.add(Sha256.of(p));
        }

        for (int sequence = 0; sequence < SEQUENCES; sequence++) {
            List<String> typed = new ArrayList<>();
            List<Key> keys = new ArrayList<>();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                Key key = model.inNote ? noteKey(random) : listKey(random);
                typed.add(key.label());
                if (key.code() == KeyCode.P && !model.inNote) {
                    Path photo = photos.get(random.nextInt(photos.size()));
                    key = new Key(KeyCode.P, null, false, shas.get(photos.indexOf(photo)), photo);
                }
                model.press(key);
                keys.add(key);
            }
            // The whole sequence in one go on the JavaFX thread: no save can end between two keys, as with the fastest typist.
            robot.interact(() -> keys.forEach(this::press));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.savingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            InspectionSheet stored = services.openInspection().run(roundId, siteId);
            String context = "after sequence " + sequence + " " + typed;
            for (int i = 0; i < STANDARDS; i++) {
                Finding f = stored.findings().get(codes.get(i));
                assertEquals(model.answers[i], f == null ? null : f.answer(), context + " answer of " + codes.get(i));
                String storedNote = f == null ? "" : f.note();
                // A note being typed is saved once the typing pauses (0.7 s), which a slow machine may reach before this check.
                if (!(model.inNote && i == model.noteFor && model.answers[i] != null && storedNote.equals(model.noteText.strip()))) {
                    assertEquals(model.notes[i], storedNote, context + " note of " + codes.get(i));
                }
                assertEquals(model.photos.get(i), f == null ? List.of() : f.photos(), context + " photos of " + codes.get(i));
            }
            assertEquals(model.selected, viewModel.selectedProperty().get(), context + " selection");
            assertEquals(model.inNote, note.isFocused(), context + " focus in the note");
        }
        Map<Boolean, Long> answered = java.util.Arrays.stream(model.answers).collect(Collectors.partitioningBy(a -> a != null, Collectors.counting()));
        System.out.println("keys at full speed: " + SEQUENCES + " sequences, " + answered.get(true) + " of " + STANDARDS + " standards answered at the end");
    }

    /**
     * A key to press: its code, text written into the note instead (KEY_TYPED only), whether Ctrl is held, and for P the
     * photo the file chooser answers with (and its SHA-256).
     */
    private record Key(KeyCode code, String text, boolean shortcut, String photo, Path file) {
        Key(KeyCode code, String text, boolean shortcut, String photo) {
            this(code, text, shortcut, photo, null);
        }

        String label() {
            return text != null ? "“" + text + "”" : (shortcut ? "Ctrl+" : "") + code.getName();
        }
    }

    private static final KeyCode[] LIST_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT0, KeyCode.DIGIT7, KeyCode.DIGIT1,
        KeyCode.DIGIT2, KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.D, KeyCode.A, KeyCode.N, KeyCode.U, KeyCode.J, KeyCode.K, KeyCode.UP,
        KeyCode.DOWN, KeyCode.ENTER, KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.BACK_SPACE, KeyCode.MINUS, KeyCode.EQUALS, KeyCode.E, KeyCode.P,
        KeyCode.X, KeyCode.Z};

    private static Key listKey(Random random) {
        KeyCode code = LIST_KEYS[random.nextInt(LIST_KEYS.length)];
        return new Key(code, null, code == KeyCode.Z, null);
    }

    private static Key noteKey(Random random) {
        int pick = random.nextInt(10);
        if (pick < 5) {
            return new Key(null, "qxyz".substring(random.nextInt(4), 4), false, null);
        }
        return new Key(pick < 7 ? KeyCode.ENTER : pick < 9 ? KeyCode.ESCAPE : KeyCode.BACK_SPACE, null, false, null);
    }

    /** Delivers a key as the window would: pressed, typed (for a character) and released, each to the focus owner of the moment. */
    private void press(Key key) {
        if (key.text() != null) {
            key.text().chars().forEach(c -> fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf((char) c), "", KeyCode.UNDEFINED, false, false,
                    false, false)));
            return;
        }
        if (key.file() != null) {
            dialogs.nextPhoto = key.file();
        }
        String character = key.shortcut() ? "" : switch (key.code()) {
            case MINUS -> "-";
            case EQUALS -> "=";
            default -> key.code().isLetterKey() || key.code().isDigitKey() ? key.code().getChar().toLowerCase(java.util.Locale.ROOT) : "";
        };
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, character, key.code(), false, key.shortcut(), false, false));
        if (!character.isEmpty()) {
            fire(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
        }
        fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, character, key.code(), false, key.shortcut(), false, false));
    }

    private void fire(KeyEvent event) {
        Event.fireEvent(view.root().getScene().getFocusOwner(), event);
    }

    /** What the keys mean, written out plainly: the specification the screen must match. */
    private static final class Model {
        private final List<ScoringMode> modes;
        final Answer[] answers;
        final String[] notes;
        final List<List<String>> photos = new ArrayList<>();
        int selected;
        String typing;
        boolean inNote;
        String noteText = "";
        int noteFor = -1;
        int waiting = -1;
        /** A line and the answer it had before a change (null: unanswered), newest first. */
        private record Undo(int index, Answer previous) {
        }

        private final Deque<Undo> undos = new ArrayDeque<>();

        Model(List<ScoringMode> modes) {
            this.modes = modes;
            answers = new Answer[modes.size()];
            notes = new String[modes.size()];
            java.util.Arrays.fill(notes, "");
            modes.forEach(m -> photos.add(new ArrayList<>()));
        }

        void press(Key key) {
            if (inNote) {
                note(key);
                return;
            }
            ScoringMode mode = modes.get(selected);
            switch (key.code()) {
                case Z -> undo();
                case UP, K -> move(selected - 1);
                case DOWN, J -> move(selected + 1);
                case N -> record(selected, Answer.notApplicable(), true);
                case A, B, C, D -> {
                    if (mode == ScoringMode.GRADED) {
                        record(selected, Answer.grade(switch (key.code()) {
                            case A -> Grade.A;
                            case B -> Grade.B;
                            case C -> Grade.C;
                            default -> Grade.C_SHARP;
                        }), true);
                    }
                }
                case U -> {
                    commitTyping(false);
                    waiting = -1;
                    int next = nextUnansweredAfter(selected);
                    if (next >= 0) {
                        selected = next;
                    }
                }
                case ENTER -> commitTyping(true);
                case ESCAPE -> typing = null;
                case BACK_SPACE -> {
                    if (typing != null) {
                        typing = typing.length() == 1 ? null : typing.substring(0, typing.length() - 1);
                    }
                }
                case MINUS, EQUALS -> {
                    if (mode != ScoringMode.BINARY) {
                        int now = typing != null ? Integer.parseInt(typing) : answers[selected] != null && answers[selected].count() != null
                                ? answers[selected].count() : 0;
                        typing = Integer.toString(Math.max(0, Math.min(9999, now + (key.code() == KeyCode.MINUS ? -1 : 1))));
                    }
                }
                case E -> {
                    commitTyping(false);
                    if (answers[selected] != null) {
                        openNote(selected);
                    }
                }
                case P -> {
                    commitTyping(false);
                    if (answers[selected] != null) {
                        boolean lacked = lacksEvidence(selected);
                        if (!photos.get(selected).contains(key.photo())) {
                            photos.get(selected).add(key.photo());
                        }
                        if (lacked) {
                            evidenceGiven(selected);
                        }
                    }
                }
                case X -> { }
                default -> digit(mode, Integer.parseInt(key.code().getChar()));
            }
        }

        private void digit(ScoringMode mode, int digit) {
            if (mode == ScoringMode.BINARY) {
                if (digit == 1 || digit == 2) {
                    record(selected, digit == 1 ? Answer.met() : Answer.notMet(), true);
                }
                return;
            }
            String longer = (typing == null ? "" : typing) + digit;
            if (longer.length() <= 4) {
                typing = longer;
            }
        }

        private void note(Key key) {
            if (key.text() != null) {
                noteText += key.text();
                return;
            }
            switch (key.code()) {
                case BACK_SPACE -> noteText = noteText.isEmpty() ? "" : noteText.substring(0, noteText.length() - 1);
                case ENTER, ESCAPE -> {
                    inNote = false;
                    if (answers[noteFor] != null) {
                        notes[noteFor] = noteText.strip();
                    }
                    if (key.code() == KeyCode.ENTER) {
                        evidenceGiven(noteFor);
                    }
                }
                default -> throw new IllegalStateException(key.toString());
            }
        }

        private void openNote(int index) {
            inNote = true;
            noteFor = index;
            noteText = notes[index];
        }

        private void commitTyping(boolean advance) {
            if (typing != null) {
                int n = Integer.parseInt(typing);
                record(selected, modes.get(selected) == ScoringMode.GRADED ? Answer.violations(n) : Answer.occurrences(n), advance);
            }
        }

        private void record(int index, Answer answer, boolean advance) {
            typing = null;
            undos.push(new Undo(index, answers[index]));
            answers[index] = answer;
            if (lacksEvidence(index)) {
                if (advance) {
                    waiting = index;
                    openNote(index);
                }
                return;
            }
            waiting = -1;
            if (advance) {
                int next = nextUnansweredAfter(index);
                selected = next >= 0 ? next : Math.min(index + 1, answers.length - 1);
            }
        }

        private void evidenceGiven(int index) {
            if (waiting == index && !lacksEvidence(index)) {
                waiting = -1;
                int next = nextUnansweredAfter(index);
                selected = next >= 0 ? next : Math.min(index + 1, answers.length - 1);
            }
        }

        private void move(int to) {
            commitTyping(false);
            waiting = -1;
            selected = Math.max(0, Math.min(answers.length - 1, to));
        }

        private void undo() {
            if (typing != null) {
                typing = null;
                return;
            }
            if (undos.isEmpty()) {
                return;
            }
            Undo undo = undos.pop();
            int index = undo.index();
            Answer previous = undo.previous();
            selected = index;
            waiting = -1;
            if (previous == null) {
                answers[index] = null;
                notes[index] = "";
                photos.get(index).clear();
            } else {
                answers[index] = previous;
            }
        }

        private boolean lacksEvidence(int index) {
            Answer a = answers[index];
            return a != null && a.failing() && notes[index].isBlank() && photos.get(index).isEmpty();
        }

        private int nextUnansweredAfter(int index) {
            for (int step = 1; step <= answers.length; step++) {
                int i = (index + step + answers.length) % answers.length;
                if (answers[i] == null) {
                    return i;
                }
            }
            return -1;
        }
    }
}
