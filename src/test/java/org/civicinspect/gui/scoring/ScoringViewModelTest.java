package org.civicinspect.gui.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 现场评分 without a window: a real workspace with the sample indicator set, one round drawn and assigned to 第一组, and
 * every job run at once on the test's thread. Each specification checks what the screen shows and what the workspace
 * stored, read back through the use cases.
 */
class ScoringViewModelTest {

    /** The sample's market type: its checklist mixes 符合/不符合, A/B/C/C# and 按处扣分 standards. */
    private static final String MARKET = "农贸市场";

    @TempDir Path temp;
    private Services services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ScoringViewModel viewModel;
    private String roundId;
    private String siteId;

    @BeforeEach
    void aRoundWithThreeSitesForTheFirstTeam() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        roundId = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "").id();
        services.drawRoundSample().run(roundId, new SamplingPlan(List.of(), 0, 1));
        services.assignTeams().run(roundId, List.of());
        viewModel = new ScoringViewModel(ScoringView.useCases(services),
                new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload();
    }

    @Test
    void choosingASiteOpensItsChecklistWithEveryStandardThatAppliesToItsType() {
        assertEquals(List.of("甲轮"), viewModel.rounds().stream().map(r -> r.name()).toList());
        assertEquals(roundId, viewModel.roundProperty().get().id(), "the newest round is chosen");
        assertEquals(List.of("第一组"), List.copyOf(viewModel.teams()));
        assertEquals(3, viewModel.sites().size(), "every team's sites while no team is chosen");
        assertNull(viewModel.sheetProperty().get());

        openMarket();

        List<String> applicable = services.loadIndicatorSet().run("latest").orElseThrow().tree().standards()
                .filter(s -> s.appliesTo(MARKET)).map(Standard::code).toList();
        assertEquals(18, applicable.size(), "the sample's market checklist");
        assertEquals(applicable, viewModel.rows().stream().map(r -> r.standard().code()).toList(), "every applicable standard, in order");
        assertTrue(viewModel.rows().stream().noneMatch(ScoringViewModel.Row::answered));
        assertEquals("公共环境", viewModel.rows().get(0).category());
        assertEquals("环境卫生", viewModel.rows().get(0).indicator());
        assertEquals(0, viewModel.selectedProperty().get(), "the first unanswered standard has the focus");
        assertEquals(siteId, viewModel.sheetProperty().get().site().id());
        assertEquals(scoreLine("0.00", "0.00", "0.00", "0.00", 0, 0), viewModel.scoreLineProperty().get());
        assertEquals("张伟", viewModel.membersProperty().get(), "the team's members until the header says otherwise");
        assertFalse(viewModel.readOnly());

        viewModel.teamProperty().set("第二组");
        assertTrue(viewModel.sites().isEmpty(), "no site is assigned to a team that does not exist");
        viewModel.teamProperty().set("第一组");
        assertEquals(3, viewModel.sites().size());
    }

    @Test
    void answeringABinaryStandardRecordsItAndUpdatesTheLiveScore() {
        openMarket();
        int first = indexOf(ScoringMode.BINARY, 0);
        int second = indexOf(ScoringMode.BINARY, first + 1);
        assertEquals(new BigDecimal("2"), viewModel.rows().get(first).standard().points());
        assertEquals(new BigDecimal("2"), viewModel.rows().get(second).standard().points());

        viewModel.selectedProperty().set(first);
        viewModel.answer(Answer.met());
        assertEquals(Answer.met(), stored(first).answer());
        assertEquals(Answer.met(), viewModel.rows().get(first).finding().answer());
        assertEquals(scoreLine("2.00", "2.00", "100.00", "100.00", 0, 1), viewModel.scoreLineProperty().get());
        assertEquals(first + 1, viewModel.selectedProperty().get(), "the focus moves on to the next unanswered standard");
        assertEquals("", viewModel.messageProperty().get());
        assertFalse(viewModel.savingProperty().get());
        assertEquals(InspectionStatus.IN_PROGRESS, sheet().inspection().status(), "the first answer starts the inspection");
        ListTeamSites.ListedSite listed = listedMarket();
        assertEquals(InspectionStatus.IN_PROGRESS, listed.status(), "the site list shows the progress without reading it again");
        assertEquals(1, listed.answered());

        viewModel.selectedProperty().set(second);
        viewModel.answer(Answer.notMet());
        assertEquals(Answer.notMet(), stored(second).answer());
        assertEquals(scoreLine("2.00", "4.00", "50.00", "50.00", 1, 2), viewModel.scoreLineProperty().get(),
                "不符合 scores nothing and counts as a problem");
        assertEquals(Messages.get("scoring.needsEvidence"), viewModel.messageProperty().get(), "the sample set asks a problem for evidence");
        assertEquals(sheet().score(), viewModel.sheetProperty().get().score(), "the live score is the stored answers' score");
    }

    @Test
    void gradesAndCountsAreRecordedOnTheFocusedStandard() {
        openMarket();
        int graded = indexOf(ScoringMode.GRADED, 0);
        int counted = indexOf(ScoringMode.DEDUCTION, 0);
        int gradedByViolations = indexOf(ScoringMode.GRADED, graded + 1);
        Standard deduction = viewModel.rows().get(counted).standard();
        assertEquals(new BigDecimal("3"), deduction.points());
        assertEquals(0, new BigDecimal("1").compareTo(deduction.scoring().deductionPerOccurrence()));

        viewModel.selectedProperty().set(graded);
        viewModel.grade(Grade.B);
        assertEquals(Answer.grade(Grade.B), stored(graded).answer());

        viewModel.selectedProperty().set(counted);
        typeCount(2);
        assertEquals(Answer.occurrences(2), stored(counted).answer(), "a digit on 按处扣分 is the number of occurrences");

        viewModel.selectedProperty().set(gradedByViolations);
        typeCount(2);
        assertEquals(Answer.violations(2), stored(gradedByViolations).answer(), "a digit on A/B/C/C# is the number of violations");
        assertEquals(Grade.C, stored(gradedByViolations).answer().grade());

        // B on 2 points (×0.66) + 3 points less 2 occurrences of 1 + C on 3 points (×0.33) = 1.32 + 1 + 0.99 of 8
        assertEquals(scoreLine("3.31", "8.00", "41.38", "0.00", 3, 3), viewModel.scoreLineProperty().get());
        assertEquals(0, new BigDecimal("3.31").compareTo(sheet().score().earned()));

        int binary = indexOf(ScoringMode.BINARY, 0);
        viewModel.selectedProperty().set(binary);
        viewModel.grade(Grade.A);
        assertEquals(Messages.get("scoring.keyDoesNotFit", Messages.scoring(viewModel.rows().get(binary).standard().scoring()),
                Messages.get("scoring.keys.BINARY")), viewModel.messageProperty().get());
        assertFalse(sheet().findings().containsKey(code(binary)), "a key that does not fit records nothing");
        assertEquals(binary, viewModel.selectedProperty().get());
        viewModel.digit(2);
        assertEquals(Answer.notMet(), stored(binary).answer(), "on 符合/不符合 the digit 2 is 不符合");
    }

    @Test
    void notApplicableLeavesTheStandardOutOfTheRate() {
        openMarket();
        int first = indexOf(ScoringMode.BINARY, 0);
        int deduction = indexOf(ScoringMode.DEDUCTION, 0);
        viewModel.selectedProperty().set(first);
        viewModel.answer(Answer.met());
        viewModel.selectedProperty().set(deduction);
        viewModel.answer(Answer.notApplicable());

        assertEquals(Answer.notApplicable(), stored(deduction).answer());
        assertEquals(scoreLine("2.00", "2.00", "100.00", "100.00", 0, 2), viewModel.scoreLineProperty().get(),
                "不适用 is answered but neither earns nor loses points");
        assertEquals(17, sheet().score().applicable());
        assertEquals(2, listedMarket().answered());
    }

    @Test
    void undoGivesTheLastChangedStandardBackItsEarlierAnswer() {
        openMarket();
        int first = indexOf(ScoringMode.BINARY, 0);
        viewModel.selectedProperty().set(first);
        viewModel.answer(Answer.met());
        viewModel.selectedProperty().set(first);
        viewModel.answer(Answer.notMet());
        assertEquals(Answer.notMet(), stored(first).answer());
        viewModel.move(3);

        viewModel.undo();
        assertEquals(Answer.met(), stored(first).answer(), "the answer before the last change is recorded again");
        assertEquals(3, stored(first).version(), "undoing is one more version, not a rewrite of history");
        assertEquals(first, viewModel.selectedProperty().get(), "the undone standard gets the focus");
        assertEquals(Answer.met(), viewModel.rows().get(first).finding().answer());
        assertEquals(scoreLine("2.00", "2.00", "100.00", "100.00", 0, 1), viewModel.scoreLineProperty().get());

        viewModel.undo();
        assertFalse(sheet().findings().containsKey(code(first)), "undoing a first answer takes the standard back to unanswered");
        assertFalse(viewModel.rows().get(first).answered());
        assertEquals(scoreLine("0.00", "0.00", "0.00", "0.00", 0, 0), viewModel.scoreLineProperty().get());
        viewModel.undo();
        assertEquals(Messages.get("scoring.nothingToUndo"), viewModel.messageProperty().get());
    }

    @Test
    void nextUnansweredSkipsTheAnsweredAndWrapsAround() {
        openMarket();
        int last = viewModel.rows().size() - 1;
        for (int i : new int[] {0, 1, 2, last}) {
            viewModel.selectedProperty().set(i);
            answerFittingly();
        }
        viewModel.selectedProperty().set(0);
        viewModel.nextUnanswered();
        assertEquals(3, viewModel.selectedProperty().get());
        viewModel.selectedProperty().set(last - 1);
        answerFittingly();
        assertEquals(3, viewModel.selectedProperty().get(), "after the last unanswered one at the end, the search starts again at the top");

        for (int i = 3; i < last - 1; i++) {
            viewModel.selectedProperty().set(i);
            answerFittingly();
        }
        assertEquals(18, sheet().findings().size());
        int here = viewModel.selectedProperty().get();
        viewModel.nextUnanswered();
        assertEquals(Messages.get("scoring.allAnswered"), viewModel.messageProperty().get());
        assertEquals(here, viewModel.selectedProperty().get());

        viewModel.move(-100);
        assertEquals(0, viewModel.selectedProperty().get(), "moving stops at the first standard");
        viewModel.move(100);
        assertEquals(last, viewModel.selectedProperty().get(), "and at the last");
    }

    @Test
    void markingDoneIsRefusedUntilEveryStandardIsAnsweredAndEveryProblemHasEvidence() {
        openMarket();
        for (int i = 1; i < 4; i++) {
            viewModel.selectedProperty().set(i);
            answerFittingly();
        }
        viewModel.selectedProperty().set(10);
        viewModel.complete();
        assertEquals(Messages.get("inspection.unanswered", 15), viewModel.messageProperty().get());
        assertEquals(0, viewModel.selectedProperty().get(), "the first unanswered standard gets the focus");
        assertEquals(InspectionStatus.IN_PROGRESS, sheet().inspection().status());
        assertEquals(List.of(), dialogs.errors, "a refusal is said on the screen, not in an error dialog");

        int problem = indexOf(ScoringMode.BINARY, 4);
        for (int i = 0; i < viewModel.rows().size(); i++) {
            viewModel.selectedProperty().set(i);
            if (i == problem) {
                viewModel.answer(Answer.notMet());
            } else if (!viewModel.rows().get(i).answered()) {
                answerFittingly();
            }
        }
        viewModel.selectedProperty().set(0);
        viewModel.complete();
        assertEquals(Messages.get("inspection.missingEvidence", 1), viewModel.messageProperty().get());
        assertEquals(problem, viewModel.selectedProperty().get(), "the problem without evidence gets the focus");
        assertEquals(InspectionStatus.IN_PROGRESS, sheet().inspection().status());

        viewModel.saveNote("公平秤损坏");
        viewModel.complete();
        assertEquals(InspectionStatus.COMPLETED, sheet().inspection().status());
        assertEquals(Messages.get("scoring.completed", sheet().site().name()), viewModel.messageProperty().get());
        assertEquals(InspectionStatus.COMPLETED, listedMarket().status());
        assertTrue(viewModel.readOnly());

        int before = stored(0).version();
        viewModel.selectedProperty().set(0);
        viewModel.answer(Answer.notApplicable());
        viewModel.saveNote("改动");
        viewModel.digit(1);
        assertEquals(before, stored(0).version(), "a completed inspection takes no more answers or notes");
        assertEquals(Messages.get("scoring.readOnly.completed"), viewModel.messageProperty().get(),
                "the keys say why nothing changes and how to reopen");
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRefusedInOneSentenceAndTheNoteBeforeItStays() {
        openMarket();
        int binary = indexOf(ScoringMode.BINARY, 0);
        viewModel.selectedProperty().set(binary);
        viewModel.answer(Answer.notMet());
        viewModel.selectedProperty().set(binary);
        viewModel.saveNote("公平秤损坏");

        viewModel.saveNote("秤".repeat(2001));
        assertEquals(Messages.get("finding.noteTooLong", 2001, 2000), viewModel.messageProperty().get());
        assertEquals("公平秤损坏", stored(binary).note());
        assertEquals("公平秤损坏", viewModel.rows().get(binary).finding().note());
    }

    @Test
    void aNoteAndPhotosNeedAnAnswerFirstAndAreRecordedOnIt() throws Exception {
        openMarket();
        int binary = indexOf(ScoringMode.BINARY, 0);
        Path photo = temp.resolve("scale.png");
        ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        viewModel.selectedProperty().set(binary);
        viewModel.saveNote("公平秤损坏");
        assertEquals(Messages.get("scoring.answerFirst"), viewModel.messageProperty().get());
        viewModel.attachPhoto(photo);
        assertEquals(Messages.get("scoring.photoNeedsAnswer"), viewModel.messageProperty().get(), "P on an unanswered standard says so");
        assertTrue(sheet().findings().isEmpty(), "nothing is recorded before the answer");

        viewModel.answer(Answer.notMet());
        viewModel.selectedProperty().set(binary);
        viewModel.saveNote("  公平秤损坏 ");
        Finding noted = stored(binary);
        assertEquals("公平秤损坏", noted.note());
        assertEquals(Answer.notMet(), noted.answer(), "the note keeps the answer");
        assertEquals("公平秤损坏", viewModel.rows().get(binary).finding().note());
        assertEquals("", viewModel.messageProperty().get(), "the problem has its evidence now");
        viewModel.saveNote("公平秤损坏");
        assertEquals(noted.version(), stored(binary).version(), "the same note again records nothing");

        viewModel.attachPhoto(photo);
        List<String> photos = stored(binary).photos();
        assertEquals(1, photos.size());
        assertEquals("公平秤损坏", stored(binary).note(), "the photo keeps the note");
        assertEquals(photos, viewModel.rows().get(binary).finding().photos());
        List<Path> shown = new java.util.ArrayList<>();
        viewModel.photoFile(photos.get(0), shown::add);
        assertArrayEquals(Files.readAllBytes(photo), Files.readAllBytes(shown.get(0)), "the photo is kept whole");

        viewModel.showHistory();
        assertEquals(Messages.get("scoring.history.title", code(binary), 3), dialogs.reports.get(0), "answer, note and photo");
        assertTrue(dialogs.reports.stream().anyMatch(line -> line.contains("公平秤损坏")), dialogs.reports::toString);

        viewModel.removePhoto(photos.get(0));
        assertEquals(List.of(), stored(binary).photos());
        assertEquals(List.of(), viewModel.rows().get(binary).finding().photos());
    }

    @Test
    void theHeaderIsSavedWithTheArrivalTimeOfToday() {
        openMarket();
        viewModel.membersProperty().set("张伟、李娜");
        viewModel.remarksProperty().set("市场正在改造");
        viewModel.arrivalProperty().set("09:30");
        viewModel.saveHeader();

        InspectionSheet stored = sheet();
        assertEquals("张伟、李娜", stored.inspection().members());
        assertEquals("市场正在改造", stored.inspection().remarks());
        assertEquals(LocalTime.of(9, 30), stored.inspection().arrivedAt().atZone(ZoneId.systemDefault()).toLocalTime());
        assertEquals(InspectionStatus.IN_PROGRESS, stored.inspection().status(), "filling in the header starts the inspection");

        reopenMarket();
        assertEquals("张伟、李娜", viewModel.membersProperty().get());
        assertEquals("09:30:00", viewModel.arrivalProperty().get());
    }

    @Test
    void aReturnedInspectionShowsTheReviewersCommentsAndTakesAnswersAgain() {
        openMarket();
        for (int i = 0; i < viewModel.rows().size(); i++) {
            viewModel.selectedProperty().set(i);
            answerFittingly();
        }
        viewModel.complete();
        assertEquals(InspectionStatus.COMPLETED, sheet().inspection().status());
        assertTrue(viewModel.rows().stream().allMatch(r -> r.comment() == null));
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().returnWithComments(roundId, siteId, Map.of(code(1), "请补充近景照片"));

        reopenMarket();
        assertEquals("请补充近景照片", viewModel.rows().get(1).comment().comment());
        assertNull(viewModel.rows().get(0).comment());
        assertFalse(viewModel.readOnly(), "a returned inspection is open again");
        viewModel.selectedProperty().set(1);
        typeCount(1);
        assertEquals(Answer.occurrences(1), stored(1).answer());
    }

    @Test
    void aProblemLeftOpenInAnEarlierRoundIsShownOnItsLineToRecheck() {
        openMarket();
        for (int i = 0; i < viewModel.rows().size(); i++) {
            viewModel.selectedProperty().set(i);
            answerFittingly();
        }
        int failing = indexOf(ScoringMode.BINARY, 0);
        String code = code(failing);
        services.recordFinding().run(new org.civicinspect.service.fieldwork.RecordFinding.Request(roundId, siteId, code, Answer.notMet(),
                "地面有积水", List.of(), null));
        viewModel.complete();
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().approve(roundId, siteId);
        String later = services.createRound().run("乙轮", "latest", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11), "").id();
        services.drawRoundSample().run(later, new SamplingPlan(List.of(), 0, 1));
        services.assignTeams().run(later, List.of());

        viewModel.reload();
        viewModel.roundProperty().set(viewModel.rounds().stream().filter(r -> r.id().equals(later)).findFirst().orElseThrow());
        openMarket();

        assertEquals(code, viewModel.rows().get(failing).standard().code());
        assertEquals("地面有积水", viewModel.rows().get(failing).recheck().note(), "the problem found in 甲轮 is to be rechecked");
        assertEquals(1, viewModel.rows().stream().filter(r -> r.recheck() != null).count());
    }

    @Test
    void aSheetReadAnewRedrawsOnlyTheLinesThatChanged() {
        openMarket();
        List<Integer> replaced = new ArrayList<>();
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ScoringViewModel.Row>) c -> {
            while (c.next()) {
                assertTrue(c.wasReplaced(), "the lines stay in place");
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    replaced.add(i);
                }
            }
        });
        services.recordFinding().answer(roundId, siteId, code(2), Answer.notApplicable(), null);

        viewModel.reload();

        assertEquals(List.of(2), replaced, "only the line answered elsewhere is drawn again");
        assertEquals(Answer.notApplicable(), viewModel.rows().get(2).answer());
    }

    @Test
    void aSaveThatEndsAfterTheSiteWasChangedStaysWithItsOwnSite() {
        HeldSaves executor = new HeldSaves();
        viewModel = new ScoringViewModel(ScoringView.useCases(services), executor, dialogs, new WorkspaceEvents());
        viewModel.reload();
        openMarket();
        int binary = indexOf(ScoringMode.BINARY, 0);
        viewModel.selectedProperty().set(binary);
        String code = viewModel.rows().get(binary).standard().code();

        executor.holding = true;
        viewModel.answer(Answer.notMet());
        executor.holding = false;
        ListTeamSites.ListedSite other = viewModel.sites().stream().filter(l -> !l.drawn().site().id().equals(siteId)).findFirst()
                .orElseThrow();
        viewModel.siteProperty().set(other);
        executor.release();

        InspectionSheet shown = viewModel.sheetProperty().get();
        assertEquals(other.drawn().site().id(), shown.site().id());
        assertTrue(shown.findings().isEmpty(), "the other site's sheet shows no answer it was not given");
        assertEquals(InspectionStatus.NOT_STARTED, shown.inspection().status());
        ListTeamSites.ListedSite otherListed = viewModel.sites().stream()
                .filter(l -> l.drawn().site().id().equals(other.drawn().site().id())).findFirst().orElseThrow();
        assertEquals(0, otherListed.answered(), "the site list keeps the other site's progress");
        assertEquals(Answer.notMet(), services.openInspection().run(roundId, siteId).findings().get(code).answer(),
                "the answer is stored on the site it was given on");
        assertEquals(1, listedMarket().answered(), "and the list counts it there");
        assertTrue(services.openInspection().run(roundId, other.drawn().site().id()).findings().isEmpty());
        assertFalse(viewModel.savingProperty().get());
    }

    /** Runs every job at once, except while holding: then jobs wait until {@link #release()}, as a slow save does. */
    private static final class HeldSaves implements TaskExecutor {
        boolean holding;
        private final List<Runnable> held = new ArrayList<>();
        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

        @Override
        public <T> Handle run(Job<T> job, DoubleConsumer progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            if (holding) {
                held.add(() -> now.run(job, progress, onDone, onFailed));
                return () -> { };
            }
            return now.run(job, progress, onDone, onFailed);
        }

        void release() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void aFailingAnswerThatNeedsEvidenceWaitsOnItsLineWithItsNoteOpen() {
        openMarket();
        int binary = indexOf(ScoringMode.BINARY, 0);
        viewModel.selectedProperty().set(binary);
        int asked = viewModel.noteRequestsProperty().get();
        viewModel.digit(2);
        assertEquals(binary, viewModel.selectedProperty().get(), "不符合 does not move on without its evidence");
        assertEquals(asked + 1, viewModel.noteRequestsProperty().get(), "the note is opened for it");
        assertTrue(viewModel.rows().get(binary).lacksEvidence(), "the line is flagged");

        viewModel.noteDone(code(binary), "秤不准");
        assertEquals("秤不准", stored(binary).note());
        assertEquals(binary + 1, viewModel.selectedProperty().get(), "with its note given, the inspector moves on");

        int next = indexOf(ScoringMode.BINARY, binary + 1);
        viewModel.selectedProperty().set(next);
        viewModel.digit(2);
        viewModel.move(1);
        assertEquals(next + 1, viewModel.selectedProperty().get(), "moving on deliberately is allowed");
        assertTrue(viewModel.rows().get(next).lacksEvidence(), "and the line stays flagged");
    }

    @Test
    void digitsOnACountingLineMakeOneNumberRecordedOnThatLine() {
        openMarket();
        int counted = indexOf(ScoringMode.DEDUCTION, 0);
        viewModel.selectedProperty().set(counted);
        viewModel.digit(1);
        viewModel.digit(2);
        assertEquals("12", viewModel.rows().get(counted).typing());
        assertEquals(Messages.get("scoring.typingOccurrences", 12), viewModel.messageProperty().get());
        assertFalse(sheet().findings().containsKey(code(counted)), "nothing is recorded while the number is typed");
        viewModel.commitTyping(true);
        assertEquals(Answer.occurrences(12), stored(counted).answer(), "1 then 2 is twelve, never 1 here and 2 on the next line");

        viewModel.selectedProperty().set(counted);
        viewModel.step(counted, 1);
        assertEquals("13", viewModel.rows().get(counted).typing(), "+ counts on from the answer");
        viewModel.eraseDigit();
        assertEquals("1", viewModel.rows().get(counted).typing());
        viewModel.cancelTyping();
        assertEquals(null, viewModel.rows().get(counted).typing());
        assertEquals(Answer.occurrences(12), stored(counted).answer(), "Esc records nothing");
        for (int d : new int[] {1, 2, 3, 4, 5}) {
            viewModel.digit(d);
        }
        assertEquals("1234", viewModel.rows().get(counted).typing());
        assertEquals(Messages.get("scoring.countTooLong", 4), viewModel.messageProperty().get());
        viewModel.undo();
        assertEquals(null, viewModel.rows().get(counted).typing(), "Ctrl+Z first forgets the digits being typed");

        int graded = indexOf(ScoringMode.GRADED, 0);
        viewModel.selectedProperty().set(graded);
        viewModel.digit(2);
        assertEquals(Messages.get("scoring.typingViolations", 2, "C"), viewModel.messageProperty().get(),
                "the line shows the grade the violations give before it is saved");
        viewModel.move(1);
        assertEquals(Answer.violations(2), stored(graded).answer(), "moving away records the number where it was typed");
        assertEquals(graded + 1, viewModel.selectedProperty().get());
    }

    @Test
    void aKeyWithoutMeaningOnTheLineSaysSoAndChangesNothing() {
        openMarket();
        int binary = indexOf(ScoringMode.BINARY, 0);
        viewModel.selectedProperty().set(binary);
        viewModel.digit(3);
        assertEquals(Messages.get("scoring.keyDoesNotFit", Messages.scoring(viewModel.rows().get(binary).standard().scoring()),
                Messages.get("scoring.keys.BINARY")), viewModel.messageProperty().get());
        viewModel.meaningless("X");
        assertEquals(Messages.get("scoring.keyMeansNothing", "X", Messages.get("scoring.keys.BINARY")), viewModel.messageProperty().get());
        int counted = indexOf(ScoringMode.DEDUCTION, 0);
        viewModel.selectedProperty().set(counted);
        viewModel.grade(Grade.B);
        assertTrue(sheet().findings().isEmpty(), "no key without meaning records anything");
        assertEquals(counted, viewModel.selectedProperty().get());
    }

    @Test
    void theFirstAnswerSavesTheInspectorsPresentAndTheArrivalTime() {
        openMarket();
        assertEquals("张伟", viewModel.membersProperty().get(), "the team is offered as present");
        assertEquals("", sheet().inspection().members());
        viewModel.answer(Answer.notApplicable());
        assertEquals("张伟", sheet().inspection().members(), "the first answer saves who was there");
        assertTrue(sheet().inspection().arrivedAt() != null, "and the arrival time it set");
        assertFalse(viewModel.arrivalProperty().get().isBlank(), "which the header shows");
    }

    @Test
    void aRemovedPhotoComesBackWithUndo() throws Exception {
        openMarket();
        int binary = indexOf(ScoringMode.BINARY, 0);
        Path photo = temp.resolve("stall.png");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        viewModel.selectedProperty().set(binary);
        viewModel.answer(Answer.met());
        viewModel.selectedProperty().set(binary);
        viewModel.attachPhoto(photo);
        List<String> photos = stored(binary).photos();
        viewModel.removePhoto(photos.get(0));
        assertEquals(List.of(), stored(binary).photos());
        assertEquals(Messages.get("scoring.photoRemoved"), viewModel.messageProperty().get());
        viewModel.undo();
        assertEquals(photos, stored(binary).photos());
    }

    private void openMarket() {
        ListTeamSites.ListedSite market = viewModel.sites().stream().filter(l -> l.drawn().site().siteType().equals(MARKET)).findFirst()
                .orElseThrow();
        siteId = market.drawn().site().id();
        viewModel.siteProperty().set(market);
    }

    /** Chooses another site and the market again: the sheet is read anew. */
    private void reopenMarket() {
        viewModel.siteProperty().set(null);
        openMarket();
    }

    /** A passing answer of the focused standard's kind: 符合, A or no occurrence. */
    private void answerFittingly() {
        viewModel.answer(switch (viewModel.selectedRow().standard().scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        });
    }

    private int indexOf(ScoringMode mode, int from) {
        for (int i = from; i < viewModel.rows().size(); i++) {
            if (viewModel.rows().get(i).standard().scoring().mode() == mode) {
                return i;
            }
        }
        throw new AssertionError("no " + mode + " standard from row " + from);
    }

    private String code(int row) {
        return viewModel.rows().get(row).standard().code();
    }

    private InspectionSheet sheet() {
        return services.openInspection().run(roundId, siteId);
    }

    private Finding stored(int row) {
        Finding finding = sheet().findings().get(code(row));
        assertTrue(finding != null, "no finding stored for " + code(row));
        return finding;
    }

    private ListTeamSites.ListedSite listedMarket() {
        return viewModel.sites().stream().filter(l -> l.drawn().site().id().equals(siteId)).findFirst().orElseThrow();
    }

    private static String scoreLine(String earned, String possible, String rate, String compliance, int problems, int answered) {
        return Messages.get("scoring.scoreLine", earned, possible, rate, compliance, problems, answered, 18);
    }

    /** Types a count digit by digit on the selected standard and records it with Enter. */
    private void typeCount(int n) {
        Integer.toString(n).chars().forEach(c -> viewModel.digit(c - '0'));
        viewModel.commitTyping(true);
    }
}
