package org.civicinspect.gui.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.civicinspect.model.Person;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
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

/** The 审核 screen in a real (headless) window, for an inspector: approve and return stay disabled and the screen says why. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenTest {

    @TempDir static Path temp;
    private static Services services;
    private static Person inspector;
    private WorkspaceEvents events;

    @BeforeAll
    static void theDemoCityWithAnInspectorSignedIn() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        inspector = services.listPeople().people().stream().filter(p -> p.role() == Role.INSPECTOR).findFirst().orElseThrow();
        services.signedIn().signIn(inspector);
    }

    @Start
    void start(Stage stage) {
        events = new WorkspaceEvents();
        ReviewView view = new ReviewView(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(), events);
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anInspectorSeesWhyAndCannotApproveUntilASupervisorSignsIn(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<ListTeamSites.ListedSite> inspections = robot.lookup("#inspectionList").queryAs(ListView.class);
        Label why = robot.lookup("#mayNotDecideLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inspections.getSelectionModel().getSelectedItem() != null
                && inspections.getSelectionModel().getSelectedItem().status() == InspectionStatus.COMPLETED && !why.getText().isEmpty());
        assertTrue(robot.lookup("#approveButton").queryAs(Button.class).isDisabled(), "an inspection waits for review, but not for an inspector");
        assertTrue(robot.lookup("#returnButton").queryAs(Button.class).isDisabled());
        assertTrue(why.isVisible() && why.getText().contains(inspector.name()) && why.getText().contains("测评员")
                && why.getText().contains("督查组长"), why.getText());

        TestWorkspaces.signInSupervisor(services, "陈主任");
        robot.interact(() -> events.changed(this));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> why.getText().isEmpty());
        assertFalse(robot.lookup("#approveButton").queryAs(Button.class).isDisabled(), "the supervisor may approve it");
        assertFalse(why.isVisible());
    }
}
