package org.civicinspect.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 审核 screen: it opens on a completed inspection; a comment returns it, no comment refuses, approval locks the next. */
class ReviewViewModelTest {

    @TempDir Path temp;

    @Test
    void returnsWithTheCommentsWrittenAndApprovesTheNext() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        ReviewViewModel viewModel = new ReviewViewModel(ReviewView.useCases(services),
                new CurrentThreadTaskExecutor(), new ScriptedDialogs());
        viewModel.reload();
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
}
