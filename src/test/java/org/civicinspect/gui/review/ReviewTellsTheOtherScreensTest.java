package org.civicinspect.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 审核与合并 tells the other screens of each decision it wrote, and only of those: reading and refusals change nothing. */
class ReviewTellsTheOtherScreensTest {

    @TempDir Path temp;

    @Test
    void aReturnAndAnApprovalAreEachHeardOnceByTheOtherScreens() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        TestWorkspaces.signInSupervisor(services, "陈主任");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.confirmAnswer = true;
        WorkspaceEvents events = new WorkspaceEvents();
        AtomicInteger heard = new AtomicInteger();
        events.listen(new Object(), heard::incrementAndGet);
        ReviewViewModel viewModel = new ReviewViewModel(ReviewView.useCases(services), new CurrentThreadTaskExecutor(), dialogs, events);
        AtomicInteger heardByItself = new AtomicInteger();
        events.listen(viewModel, heardByItself::incrementAndGet);
        viewModel.reload();
        assertEquals(0, heard.get(), "reading tells nobody");

        viewModel.returnWithComments();
        assertEquals(0, heard.get(), "a refused return (no comment) changed nothing");
        viewModel.lines().get(0).comment().set("请补拍照片");
        viewModel.returnWithComments();
        assertEquals(1, heard.get());

        viewModel.chosenProperty().set(viewModel.inspections().stream()
                .filter(s -> s.status() == org.civicinspect.model.InspectionStatus.COMPLETED).findFirst().orElseThrow());
        viewModel.approve();
        assertEquals(2, heard.get());
        assertEquals(0, heardByItself.get(), "the screen that made the change already shows it");
    }
}
