package org.civicinspect.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 审核 screen: it opens on a completed inspection; a comment returns it, no comment refuses, approval locks the next;
 * approving and returning ask first, naming the site and round; each finding lists its photos; an approved finding is
 * corrected only with a reason.
 */
class ReviewViewModelTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private Services services;
    private ScriptedDialogs dialogs;

    /** The demo city is made once; each test reviews a copy of it. */
    @BeforeAll
    static void theDemoCity() {
        Services maker = TestWorkspaces.open(shared.resolve("ws"));
        new CreateDemoCity(maker).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        maker.close();
    }

    /** The demo city's round under review, open on its first completed inspection. */
    private ReviewViewModel screen() {
        services = TestWorkspaces.openCopy(shared.resolve("ws"), temp.resolve("ws"));
        TestWorkspaces.signInSupervisor(services, "陈主任");
        dialogs = new ScriptedDialogs();
        ReviewViewModel viewModel = new ReviewViewModel(ReviewView.useCases(services), new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload();
        return viewModel;
    }

    private InspectionStatus status(ReviewViewModel viewModel, ListTeamSites.ListedSite site) {
        return services.openInspection().run(viewModel.roundProperty().get().id(), site.drawn().site().id()).inspection().status();
    }

    @Test
    void returnsWithTheCommentsWrittenAndApprovesTheNext() {
        ReviewViewModel viewModel = screen();
        dialogs.confirmAnswer = true;
        ListTeamSites.ListedSite first = viewModel.chosenProperty().get();
        assertEquals(InspectionStatus.COMPLETED, first.status());
        assertEquals(first.standards(), viewModel.lines().size());
        assertTrue(viewModel.headingProperty().get().startsWith(first.drawn().site().name()));

        viewModel.returnWithComments();
        assertTrue(viewModel.job().statusProperty().get().contains("至少"), "a return without any comment is refused");
        viewModel.lines().get(0).comment().set("请补拍照片");
        viewModel.returnWithComments();
        String roundId = viewModel.roundProperty().get().id();
        String siteId = first.drawn().site().id();
        assertEquals(InspectionStatus.RETURNED, services.openInspection().run(roundId, siteId).inspection().status());
        assertEquals("请补拍照片", services.reviewInspection().comments(roundId, siteId).get(viewModel.lines().get(0).standard().code()).comment());

        ListTeamSites.ListedSite next = viewModel.inspections().stream().filter(s -> s.status() == InspectionStatus.COMPLETED)
                .findFirst().orElseThrow();
        viewModel.chosenProperty().set(next);
        viewModel.approve();
        assertEquals(InspectionStatus.APPROVED, services.openInspection().run(roundId, next.drawn().site().id()).inspection().status());
    }

    @Test
    void approvingAsksFirstNamingTheSiteAndRoundAndACancelChangesNothing() {
        ReviewViewModel viewModel = screen();
        ListTeamSites.ListedSite site = viewModel.chosenProperty().get();
        dialogs.confirmAnswer = false;
        viewModel.approve();
        assertEquals(1, dialogs.confirmations.size());
        String asked = dialogs.confirmations.get(0);
        assertTrue(asked.contains(site.drawn().site().name()) && asked.contains(viewModel.roundProperty().get().name()), asked);
        assertEquals(InspectionStatus.COMPLETED, status(viewModel, site), "cancelled: still waiting for review");

        dialogs.confirmAnswer = true;
        viewModel.approve();
        assertEquals(InspectionStatus.APPROVED, status(viewModel, site));
    }

    @Test
    void returningAsksFirstNamingTheSiteAndRoundAndACancelChangesNothing() {
        ReviewViewModel viewModel = screen();
        ListTeamSites.ListedSite site = viewModel.chosenProperty().get();
        viewModel.lines().get(0).comment().set("请补拍照片");
        dialogs.confirmAnswer = false;
        viewModel.returnWithComments();
        String asked = dialogs.confirmations.get(0);
        assertTrue(asked.contains(site.drawn().site().name()) && asked.contains(viewModel.roundProperty().get().name()), asked);
        assertEquals(InspectionStatus.COMPLETED, status(viewModel, site));

        dialogs.confirmAnswer = true;
        viewModel.returnWithComments();
        assertEquals(InspectionStatus.RETURNED, status(viewModel, site));
    }

    @Test
    void anInspectorIsToldWhyTheyMayNotDecideAndTheirApprovalIsRefused() {
        ReviewViewModel viewModel = screen();
        org.civicinspect.model.Person inspector = services.listPeople().people().stream()
                .filter(p -> p.role() == org.civicinspect.model.Role.INSPECTOR).findFirst().orElseThrow();
        services.signedIn().signIn(inspector);
        viewModel.reload();
        assertFalse(viewModel.mayDecide().get());
        assertEquals(inspector.name() + "（测评员）不能审核：通过、退回、裁决冲突和更正需要督查组长。", viewModel.mayNotDecideProperty().get());
        ListTeamSites.ListedSite site = viewModel.chosenProperty().get();
        dialogs.confirmAnswer = true;
        viewModel.approve();
        assertEquals(viewModel.mayNotDecideProperty().get(), viewModel.job().statusProperty().get(), "said in the same sentence");
        assertEquals(InspectionStatus.COMPLETED, status(viewModel, site));
    }

    @Test
    void anApprovalAfterAColleagueReturnedTheInspectionIsRefusedNamingThemAndTheScreenReadsItAgain() {
        ReviewViewModel viewModel = screen();
        ListTeamSites.ListedSite site = viewModel.chosenProperty().get();
        Services colleague = TestWorkspaces.open(temp.resolve("ws"));
        TestWorkspaces.signInSupervisor(colleague, "李组长");
        colleague.reviewInspection().returnWithComments(viewModel.roundProperty().get().id(), site.drawn().site().id(),
                Map.of(viewModel.lines().get(0).standard().code(), "照片看不清"));

        dialogs.confirmAnswer = true;
        viewModel.approve();
        String said = viewModel.job().statusProperty().get();
        assertTrue(said.contains("李组长") && said.contains("已退回") && said.contains(site.drawn().site().name()), said);
        assertEquals(InspectionStatus.RETURNED, status(viewModel, site), "not approved over the colleague's return");
        assertEquals(InspectionStatus.RETURNED, viewModel.chosenProperty().get().status(), "the screen read it again");
        assertTrue(viewModel.headingProperty().get().contains("已退回"), viewModel.headingProperty().get());
    }

    @Test
    void eachFindingListsItsPhotosFromTheWorkspace() {
        ReviewViewModel viewModel = screen();
        int withPhotos = 0;
        for (ListTeamSites.ListedSite site : List.copyOf(viewModel.inspections())) {
            viewModel.chosenProperty().set(site);
            for (ReviewViewModel.Line line : viewModel.lines()) {
                List<String> shas = line.finding() == null ? List.of() : line.finding().photos();
                assertEquals(shas.stream().map(services.addPhoto()::file).toList(), line.photos(), line.standard().code());
                assertTrue(line.photos().stream().allMatch(Files::isRegularFile), "each photo is in the workspace");
                withPhotos += line.photos().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(withPhotos > 0, "the demo's failing answers carry photos");
    }

    /** Approves the chosen inspection and chooses the line of its first standard. */
    private ReviewViewModel.Line approvedLine(ReviewViewModel viewModel) {
        dialogs.confirmAnswer = true;
        viewModel.approve();
        assertEquals(InspectionStatus.APPROVED, viewModel.chosenProperty().get().status());
        ReviewViewModel.Line line = viewModel.lines().get(0);
        viewModel.lineProperty().set(line);
        assertTrue(viewModel.correctable().get());
        return line;
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedBeforeAnythingIsAsked() {
        ReviewViewModel viewModel = screen();
        ReviewViewModel.Line line = approvedLine(viewModel);
        dialogs.confirmations.clear();
        viewModel.correctionProperty().set(viewModel.corrections(line).get(viewModel.corrections(line).size() - 1));
        viewModel.reasonProperty().set("  ");
        viewModel.correct();
        assertEquals("更正已通过的测评结果必须写明理由", viewModel.job().statusProperty().get());
        assertTrue(dialogs.confirmations.isEmpty());
        assertEquals(line.finding().version(), viewModel.lines().get(0).finding().version(), "unchanged");
    }

    @Test
    void aCorrectionFittingTheScoringModeIsRecordedWithItsReasonAndTheTableShowsIt() {
        ReviewViewModel viewModel = screen();
        ReviewViewModel.Line line = approvedLine(viewModel);
        List<Answer> offered = viewModel.corrections(line);
        assertTrue(offered.stream().allMatch(a -> a.fits(line.standard().scoring().mode())), "only answers its scoring mode takes");
        assertFalse(offered.contains(line.finding().answer()), "not the answer it has");
        Answer other = offered.get(0);
        viewModel.correctionProperty().set(other);
        viewModel.reasonProperty().set("复核照片后更正");
        dialogs.confirmAnswer = false;
        dialogs.confirmations.clear();
        viewModel.correct();
        assertTrue(dialogs.confirmations.get(0).contains(viewModel.chosenProperty().get().drawn().site().name()), dialogs.confirmations.get(0));
        assertEquals(line.finding().version(), viewModel.lines().get(0).finding().version(), "cancelled: nothing corrected");

        dialogs.confirmAnswer = true;
        viewModel.correct();
        ReviewViewModel.Line after = viewModel.lines().get(0);
        assertEquals(other, after.finding().answer(), "the table was read again");
        assertEquals(line.finding().version() + 1, after.finding().version());
        assertEquals("", viewModel.reasonProperty().get());
        List<AuditEntry> history = services.showHistory().ofFinding(viewModel.roundProperty().get().id(),
                viewModel.chosenProperty().get().drawn().site().id(), line.standard().code());
        AuditEntry last = history.get(history.size() - 1);
        assertEquals("CORRECTION", last.action());
        assertTrue(last.detail().endsWith("reason=复核照片后更正"), last.detail());
        assertEquals(InspectionStatus.APPROVED, status(viewModel, viewModel.chosenProperty().get()));
    }
}
