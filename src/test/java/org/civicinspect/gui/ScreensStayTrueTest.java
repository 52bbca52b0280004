package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
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

/**
 * The window on a small demo city: the keyboard moves through the pages and the site list, and a decision made on one
 * screen shows on the others without choosing anything again.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensStayTrueTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;

    @Start
    void start(Stage stage) {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 1, 2, 9), Progress.NONE);
        TestWorkspaces.signInSupervisor(services, "陈主任");
        dialogs.confirmAnswer = true;
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), null);
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theArrowKeysInTheNavigationChangeThePage(FxRobot robot) {
        robot.clickOn("#nav-dashboard");
        robot.type(KeyCode.DOWN);
        assertTrue(selected(robot, "#nav-indicators"));
        assertTrue(robot.lookup("#setChoice").tryQuery().isPresent(), "the indicators page is shown");
        robot.type(KeyCode.DOWN, 4);
        assertTrue(selected(robot, "#nav-scoring"));
        assertTrue(robot.lookup("#siteList").tryQuery().isPresent(), "the scoring page is shown");
        robot.type(KeyCode.UP);
        assertTrue(selected(robot, "#nav-rounds"));
        assertTrue(robot.lookup("#steps").tryQuery().isPresent(), "the rounds page is shown");
    }

    @Test
    void theArrowKeysMoveThroughTheSitesAndEnterOpensOne(FxRobot robot) throws Exception {
        robot.clickOn("#nav-scoring");
        ListView<ListTeamSites.ListedSite> sites = robot.lookup("#siteList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxSnapshot.of(sites.getItems()).size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#siteTitle").queryAs(Label.class);
        robot.clickOn(robot.lookup("#siteList .list-cell").nth(0).queryAs(Node.class));
        String first = FxSnapshot.of(sites.getItems()).get(0).drawn().site().name();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.getText().startsWith(first));

        robot.clickOn(robot.lookup("#siteList .list-cell").nth(0).queryAs(Node.class)).type(KeyCode.DOWN, 2);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, sites.getSelectionModel().getSelectedIndex());
        assertTrue(title.getText().startsWith(first), "moving through the list opens nothing: " + title.getText());

        robot.type(KeyCode.ENTER);
        String third = FxSnapshot.of(sites.getItems()).get(2).drawn().site().name();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.getText().startsWith(third));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#checklist").query().isFocused());
    }

    @Test
    void aReturnOnTheReviewScreenShowsInTheScoringSiteList(FxRobot robot) throws Exception {
        robot.clickOn("#nav-scoring");
        ListView<ListTeamSites.ListedSite> sites = robot.lookup("#siteList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !FxSnapshot.of(sites.getItems()).isEmpty());
        assertTrue(FxSnapshot.of(sites.getItems()).stream().noneMatch(s -> s.status() == InspectionStatus.RETURNED));

        robot.clickOn("#nav-review");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#commentColumn").tryQuery().isPresent()
                && !robot.lookup(".table-row-cell").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node comment = robot.lookup(n -> n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && "commentColumn".equals(cell.getTableColumn().getId()) && cell.getIndex() == 0).query();
        robot.doubleClickOn(comment).write("请补拍近景照片").type(KeyCode.ENTER);
        robot.clickOn("#returnButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> returned() != null);
        String site = returned();

        robot.clickOn("#nav-scoring");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxSnapshot.of(sites.getItems()).stream()
                .anyMatch(s -> s.drawn().site().name().equals(site) && s.status() == InspectionStatus.RETURNED));
    }

    private String returned() {
        String round = services.showRound().run("latest").round().id();
        return services.listTeamSites().run(round, null).stream().filter(s -> s.status() == InspectionStatus.RETURNED)
                .map(s -> s.drawn().site().name()).findFirst().orElse(null);
    }

    private static boolean selected(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class).isSelected();
    }
}
