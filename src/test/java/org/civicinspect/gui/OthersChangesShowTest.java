package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a colleague decides in another program on the same workspace shows on an open screen within seconds. */
@ExtendWith(ApplicationExtension.class)
class OthersChangesShowTest {

    @TempDir static Path temp;
    private Path folder;
    private Services services;

    @Start
    void start(Stage stage) {
        folder = temp.resolve("ws-" + System.nanoTime());
        services = TestWorkspaces.open(folder);
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(), new ChooseLanguage(temp), null);
        stage.setScene(new Scene(window.root(), 1366, 768));
        stage.show();
    }

    @Test
    void anInspectionApprovedByAColleagueShowsApprovedOnTheOpenScoringList(FxRobot robot) throws Exception {
        robot.clickOn("#nav-scoring");
        ListView<ListTeamSites.ListedSite> sites = robot.lookup("#siteList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !sites.getItems().isEmpty());
        String site = FxSnapshot.of(sites.getItems()).stream().filter(s -> s.status() == InspectionStatus.COMPLETED).findFirst().orElseThrow()
                .drawn().site().name();

        Services colleague = TestWorkspaces.open(folder);
        TestWorkspaces.signInSupervisor(colleague, "陈主任");
        String round = colleague.showRound().run("latest").round().id();
        ListTeamSites.ListedSite completed = colleague.listTeamSites().run(round, null).stream()
                .filter(s -> s.drawn().site().name().equals(site)).findFirst().orElseThrow();
        colleague.reviewInspection().approve(round, completed.drawn().site().id());

        // The open list shows 已通过 without being opened again, within a few of the watch's looks.
        WaitForAsyncUtils.waitFor(3 * (long) OthersChangesWatch.EVERY.toSeconds() + 5, TimeUnit.SECONDS, () -> FxSnapshot.of(sites.getItems()).stream()
                .anyMatch(s -> s.drawn().site().name().equals(site) && s.status() == InspectionStatus.APPROVED));
    }
}
