package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.ListProblems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 整改督办 screen: the board by status, filters, chosen problems moved on together, a deadline changed with a reason. */
class RectificationViewModelTest {

    @TempDir static Path shared;
    @TempDir Path temp;

    /** The demo city of four rounds is made once; each test that needs it works on a copy of it. */
    @BeforeAll
    static void theDemoCity() {
        Services maker = TestWorkspaces.open(shared.resolve("demo"));
        new CreateDemoCity(maker).run(new CreateDemoCity.Size(2, 80, 4, 2, 9), Progress.NONE);
        maker.close();
    }

    private Services aCopyOfTheDemoCity() {
        return TestWorkspaces.openCopy(shared.resolve("demo"), temp.resolve("ws"));
    }

    @Test
    void movesChosenProblemsAlongTheBoardAndChangesADeadline() throws Exception {
        Services services = aCopyOfTheDemoCity();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RectificationViewModel viewModel = new RectificationViewModel(RectificationView.useCases(services), new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload();
        assertEquals(4, viewModel.rounds().size());
        viewModel.roundProperty().set(viewModel.rounds().get(2));
        int toFix = viewModel.column(ProblemStatus.TO_FIX).size();
        assertTrue(toFix >= 2, "the demo's last approved round has problems waiting: " + viewModel.summaryProperty().get());
        assertTrue(viewModel.summaryProperty().get().contains("待整改 " + toFix));

        viewModel.chosen().setAll(viewModel.column(ProblemStatus.TO_FIX).subList(0, 2));
        viewModel.take(RectificationViewModel.Step.START, "已安排保洁");
        assertEquals(toFix - 2, viewModel.column(ProblemStatus.TO_FIX).size());
        assertEquals(2, viewModel.chosen().size(), "the moved problems stay chosen");
        assertTrue(viewModel.chosen().stream().allMatch(l -> l.problem().status() == ProblemStatus.FIXING));

        viewModel.chosen().setAll(List.of(viewModel.chosen().get(0)));
        viewModel.take(RectificationViewModel.Step.CLOSE, "");
        assertTrue(viewModel.job().statusProperty().get().contains("不能直接改为"), "closing needs a recheck first");
        dialogs.nextPhoto = photo();
        viewModel.addEvidence();
        assertEquals(1, viewModel.evidence().size());
        viewModel.take(RectificationViewModel.Step.SUBMIT, "已清理");
        assertEquals(1, viewModel.photosAfter().size(), "the photo after the fix went with the step");
        assertTrue(viewModel.evidence().isEmpty());
        viewModel.take(RectificationViewModel.Step.FAIL, "仍有积水");
        String id = viewModel.chosen().get(0).problem().id();
        viewModel.changeDeadline(viewModel.chosen().get(0).problem().deadline().plusDays(5), "雨天无法施工");
        assertTrue(viewModel.history().stream().anyMatch(s -> s.note().equals("雨天无法施工")), "the history shows the change");
        assertTrue(viewModel.history().stream().noneMatch(s -> (s.what() + s.note() + s.deadline()).matches("(?s).*(NOT_MET|RECHECK_|TO_FIX|FIXING|null).*")),
                "the history reads in words");
        assertEquals(id, viewModel.chosen().get(0).problem().id());

        viewModel.colourProperty().set(Escalation.RED);
        assertTrue(viewModel.column(ProblemStatus.TO_FIX).stream().allMatch(l -> l.escalation() == Escalation.RED));
        viewModel.colourProperty().set(null);
        viewModel.unitProperty().set(viewModel.units().get(0));
        assertFalse(viewModel.rates().isEmpty());
        for (ProblemStatus status : ProblemStatus.values()) {
            assertTrue(viewModel.column(status).stream().allMatch(l -> l.place().unit().equals(viewModel.units().get(0))));
        }
        assertTrue(viewModel.rates().stream().allMatch(r -> r.fixed() <= r.due() && r.due() > 0), "units with problems due, fixed of due");
        assertTrue(viewModel.placardProperty().get().startsWith("流动黑牌："), viewModel.placardProperty().get());
    }

    /** The demo city's board at its third round, which has problems waiting to be fixed. */
    private RectificationViewModel board() {
        services = aCopyOfTheDemoCity();
        RectificationViewModel viewModel = new RectificationViewModel(RectificationView.useCases(services), new CurrentThreadTaskExecutor(),
                new ScriptedDialogs(), new WorkspaceEvents());
        viewModel.reload();
        viewModel.roundProperty().set(viewModel.rounds().get(2));
        return viewModel;
    }

    private Services services;

    @Test
    void aProblemRaisedByHandShowsOnTheBoardAndTheBoardCanBeCutBySource() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.signedIn().signIn(services.addPerson().run("李内业", "", Role.OFFICE, null));
        RectificationViewModel viewModel = new RectificationViewModel(RectificationView.useCases(services), new CurrentThreadTaskExecutor(),
                new ScriptedDialogs(), new WorkspaceEvents());
        viewModel.reload();

        viewModel.raise(new RaiseProblem.Request(ProblemSource.UNANNOUNCED, null, "人民路 12 号", "城东区", "东湖街道", null, "夜间占道烧烤",
                "城东区城管局", LocalDate.of(2026, 12, 20)), List.of());
        viewModel.sourceProperty().set(ProblemSource.UNANNOUNCED);

        assertEquals(List.of("人民路 12 号"), viewModel.column(ProblemStatus.TO_FIX).stream().map(l -> l.place().name()).toList());
        assertTrue(viewModel.job().statusProperty().get().contains("暗访"), viewModel.job().statusProperty().get());
        viewModel.sourceProperty().set(ProblemSource.MEDIA);
        assertTrue(viewModel.column(ProblemStatus.TO_FIX).isEmpty());
    }

    @Test
    void aStepOnAProblemAColleagueChangedMeanwhileIsRefusedNamingThemAndTheBoardIsReadAgain() {
        RectificationViewModel viewModel = board();
        ListProblems.Listed shown = viewModel.column(ProblemStatus.TO_FIX).get(0);
        Services colleague = TestWorkspaces.open(temp.resolve("ws"));
        colleague.signedIn().signIn(colleague.addPerson().run("李内业", "", Role.OFFICE, null));
        LocalDate later = shown.problem().deadline().plusDays(3);
        colleague.updateProblem().changeDeadline(shown.problem().id(), later, "雨天顺延", "");

        viewModel.chosen().setAll(List.of(shown));
        viewModel.take(RectificationViewModel.Step.START, "已安排保洁");
        String said = viewModel.job().statusProperty().get();
        assertTrue(said.contains("李内业") && said.contains(shown.place().name()), said);
        ListProblems.Listed now = viewModel.column(ProblemStatus.TO_FIX).stream()
                .filter(l -> l.problem().id().equals(shown.problem().id())).findFirst().orElseThrow(() -> new AssertionError("not moved"));
        assertEquals(later, now.problem().deadline(), "the board was read again");
    }

    private static Set<String> ids(List<ListProblems.Listed> problems) {
        return problems.stream().map(l -> l.problem().id()).collect(Collectors.toSet());
    }

    private static Set<RectificationViewModel.Step> offered(RectificationViewModel viewModel) {
        return Arrays.stream(RectificationViewModel.Step.values()).filter(step -> viewModel.allowed(step).get())
                .collect(Collectors.toSet());
    }

    @Test
    void offersOnlyTheStepsEveryChosenProblemMayTake() {
        RectificationViewModel viewModel = board();
        assertEquals(Set.of(), offered(viewModel), "nothing chosen, nothing to do");
        List<ListProblems.Listed> toFix = viewModel.column(ProblemStatus.TO_FIX);
        viewModel.chosen().setAll(toFix.subList(0, 2));
        assertEquals(Set.of(RectificationViewModel.Step.START), offered(viewModel));

        viewModel.take(RectificationViewModel.Step.START, "");
        assertEquals(Set.of(RectificationViewModel.Step.SUBMIT), offered(viewModel), "the moved problems stay chosen, now 整改中");
        viewModel.take(RectificationViewModel.Step.SUBMIT, "");
        assertEquals(Set.of(RectificationViewModel.Step.CLOSE, RectificationViewModel.Step.FAIL), offered(viewModel));

        viewModel.chosen().setAll(viewModel.chosen().get(0), viewModel.column(ProblemStatus.TO_FIX).get(0));
        assertEquals(Set.of(), offered(viewModel), "problems in different statuses share no step");
    }

    @Test
    void aStepActsOnExactlyTheProblemsChosenWhenItIsAskedForAndTheyStayChosenAfterARefresh() {
        RectificationViewModel viewModel = board();
        List<ListProblems.Listed> toFix = List.copyOf(viewModel.column(ProblemStatus.TO_FIX));
        assertTrue(toFix.size() >= 3, "the demo round has enough problems: " + toFix.size());
        Set<String> picked = ids(List.of(toFix.get(0), toFix.get(2)));
        viewModel.chosen().setAll(toFix.get(0), toFix.get(2));

        viewModel.take(RectificationViewModel.Step.START, "已安排");
        assertEquals(picked, ids(viewModel.chosen()));
        assertEquals(picked, ids(viewModel.column(ProblemStatus.FIXING).stream().filter(l -> picked.contains(l.problem().id())).toList()));
        assertEquals(toFix.size() - 2, viewModel.column(ProblemStatus.TO_FIX).size(), "the one between them was not moved");
        assertTrue(ids(viewModel.column(ProblemStatus.TO_FIX)).contains(toFix.get(1).problem().id()));

        viewModel.reload();
        assertEquals(picked, ids(viewModel.chosen()), "a refresh keeps the same problems chosen");
        assertTrue(viewModel.chosen().stream().allMatch(l -> l.problem().status() == ProblemStatus.FIXING), "as they are now");

        viewModel.unitProperty().set(viewModel.chosen().get(0).place().unit());
        assertTrue(viewModel.chosen().stream().allMatch(l -> viewModel.column(ProblemStatus.FIXING).contains(l)),
                "a problem the filter hides is no longer chosen, so a step never acts on one that is not shown");
    }

    @Test
    void closingWithoutAPhotoAfterTheFixOrANoteIsRefusedNamingTheSiteAndStandard() {
        RectificationViewModel viewModel = board();
        ListProblems.Listed problem = viewModel.column(ProblemStatus.TO_FIX).get(0);
        viewModel.chosen().setAll(problem);
        viewModel.take(RectificationViewModel.Step.START, "");
        viewModel.take(RectificationViewModel.Step.SUBMIT, "");

        viewModel.take(RectificationViewModel.Step.CLOSE, "");
        String said = viewModel.job().statusProperty().get();
        assertTrue(said.contains(problem.place().name()) && said.contains(problem.problem().standardCode()) && said.contains("销号前须附整改后的照片"),
                said);
        assertFalse(said.contains(problem.problem().id().substring(0, 8)), "never the problem's id: " + said);
        assertEquals(ProblemStatus.TO_RECHECK, viewModel.chosen().get(0).problem().status());

        viewModel.take(RectificationViewModel.Step.CLOSE, "复查合格");
        assertTrue(ids(viewModel.column(ProblemStatus.CLOSED)).contains(problem.problem().id()));
    }

    private Path photo() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(80, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path file = temp.resolve("after.jpg");
        javax.imageio.ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
