package org.civicinspect.gui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
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
 * The 审核 screen in a real (headless) window, open on an inspection that a colleague returns from their own computer
 * before this supervisor presses 通过: the approval is refused in a sentence naming the colleague, and the screen
 * shows the inspection as it is now.
 */
@ExtendWith(ApplicationExtension.class)
class AColleaguesReturnOnTheReviewScreenTest {

    @TempDir static Path temp;
    private static Services services;

    @BeforeAll
    static void theDemoCityWithASupervisorSignedIn() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        TestWorkspaces.signInSupervisor(services, "陈主任");
    }

    @Start
    void start(Stage stage) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.confirmAnswer = true;
        ReviewView view = new ReviewView(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new WorkspaceEvents());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anApprovalAfterTheColleaguesReturnIsRefusedNamingThemAndTheScreenShowsItReturned(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<ListTeamSites.ListedSite> inspections = robot.lookup("#inspectionList").queryAs(ListView.class);
        Label heading = robot.lookup("#headingLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inspections.getSelectionModel().getSelectedItem() != null
                && inspections.getSelectionModel().getSelectedItem().status() == InspectionStatus.COMPLETED && !heading.getText().isEmpty());
        ListTeamSites.ListedSite shown = inspections.getSelectionModel().getSelectedItem();
        String roundId = services.showRound().run("latest").round().id();
        String code = services.openInspection().run(roundId, shown.drawn().site().id()).standards().get(0).code();

        Services colleague = TestWorkspaces.open(temp.resolve("ws"));
        TestWorkspaces.signInSupervisor(colleague, "李组长");
        colleague.reviewInspection().returnWithComments(roundId, shown.drawn().site().id(), Map.of(code, "照片看不清"));

        robot.clickOn("#approveButton");
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().contains("李组长")
                && heading.getText().contains("已退回"));
        assertTrue(status.getText().contains(shown.drawn().site().name()) && status.getText().contains("已退回"), status.getText());
        assertEquals(InspectionStatus.RETURNED, inspections.getSelectionModel().getSelectedItem().status(), "the screen read it again");
        assertEquals(InspectionStatus.RETURNED, services.openInspection().run(roundId, shown.drawn().site().id()).inspection().status(),
                "not approved over the colleague's return");
    }
}
