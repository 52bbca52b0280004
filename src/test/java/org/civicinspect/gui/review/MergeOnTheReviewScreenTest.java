package org.civicinspect.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.cli.TwoTeamsScored;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 审核与合并: result packages are taken in only after their preview is confirmed (where conflicts between the packages already show), a tampered one is refused in a dialog that names it, and the conflict queue shows both teams' answers; keeping one
 * resolves it and lets the site be approved.
 */
class MergeOnTheReviewScreenTest {

    @TempDir Path temp;

    @Test
    void importsAfterThePreviewAndResolvesTheConflictByKeepingOneAnswer() throws Exception {
        TwoTeamsScored scored = TwoTeamsScored.build(temp);
        Services services = TestWorkspaces.open(scored.office());
        TestWorkspaces.signInSupervisor(services, "陈主任");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ReviewViewModel viewModel = new ReviewViewModel(ReviewView.useCases(services),
                new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload();
        List<Path> packages = List.of(scored.results1(), scored.results2());

        dialogs.confirmAnswer = false;
        viewModel.importPackages(packages);
        assertTrue(dialogs.confirmations.get(0).contains("第一组") && dialogs.confirmations.get(0).contains("冲突 1 处"),
                dialogs.confirmations.get(0));
        assertTrue(viewModel.conflicts().conflicts().isEmpty(), "declining the preview takes nothing in");

        Path tampered = temp.resolve("tampered.ciresult");
        byte[] bytes = Files.readAllBytes(scored.results1());
        bytes[new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("content.json") + 52] ^= 0x20;
        Files.write(tampered, bytes);
        viewModel.importPackages(List.of(tampered));
        assertEquals(1, dialogs.errors.size(), "a refused package is said in a dialog");
        assertTrue(dialogs.errors.get(0).contains("tampered.ciresult"), dialogs.errors.get(0));

        dialogs.confirmAnswer = true;
        viewModel.importPackages(packages);
        assertTrue(dialogs.reports.get(0).contains("2"), dialogs.reports.toString());
        assertEquals(1, viewModel.conflicts().conflicts().size());
        var conflict = viewModel.conflicts().chosenProperty().get();
        assertEquals(scored.sharedSite(), conflict.site().name());
        Candidate withProblem = conflict.conflict().answers().stream().filter(a -> a.finding().answer().failing()).findFirst().orElseThrow();
        java.util.List<java.nio.file.Path> shown = new java.util.ArrayList<>();
        viewModel.conflicts().photo(withProblem.finding().photos().get(0), shown::add);
        assertTrue(Files.isRegularFile(shown.get(0)), "its photo is there to compare");

        viewModel.conflicts().keep(withProblem.finding().id());
        assertTrue(viewModel.conflicts().conflicts().isEmpty());
        String roundId = viewModel.roundProperty().get().id();
        var site = viewModel.inspections().stream().filter(s -> s.drawn().site().name().equals(scored.sharedSite())).findFirst().orElseThrow();
        viewModel.chosenProperty().set(site);
        assertTrue(viewModel.lines().stream().anyMatch(l -> l.finding() != null && l.finding().answer().failing()), "the kept answer is shown");
        viewModel.approve();
        assertEquals(InspectionStatus.APPROVED, services.openInspection().run(roundId, site.drawn().site().id()).inspection().status());
    }
}
