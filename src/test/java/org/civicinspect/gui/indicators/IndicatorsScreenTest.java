package org.civicinspect.gui.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 指标体系 screen in a real (headless) window: import through the button, search by typing. */
@ExtendWith(ApplicationExtension.class)
class IndicatorsScreenTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Services services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        services.importSampleIndicatorSet().run(Progress.NONE);
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), org.civicinspect.Launcher.demoCity());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private static int standardsShown(TreeTableView<IndicatorNode> tree) {
        int count = 0;
        for (TreeItem<IndicatorNode> category : tree.getRoot().getChildren()) {
            for (TreeItem<IndicatorNode> indicator : category.getChildren()) {
                count += indicator.getChildren().size();
            }
        }
        return count;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importThroughTheButtonThenSearchByTyping(FxRobot robot) throws Exception {
        robot.clickOn("#nav-indicators");
        TreeTableView<IndicatorNode> tree = robot.lookup("#tree").queryAs(TreeTableView.class);
        waitFor(() -> tree.getRoot() != null && standardsShown(tree) >= 120);

        dialogs.nextOpen = new WorkbookBuilder()
                .sheet("农贸市场").row("序号", "测评项目", "测评内容", "测评标准", "分值")
                .row(1, "市场管理", "诚信计量", "设置公平秤", 2).row(2, "公共环境", "环境卫生", "地面无垃圾", 3)
                .sheet("公园").row("序号", "测评项目", "测评内容", "测评标准", "分值")
                .row(1, "公共环境", "环境卫生", "地面无垃圾", 3).row(2, "公共环境", "绿化管护", "无裸露黄土", 2)
                .save(temp, "city.xlsx");
        robot.clickOn("#importButton");
        waitFor(() -> dialogs.importResults.size() == 1 && standardsShown(tree) == 3);
        Label summary = robot.lookup(".summary").queryAs(Label.class);
        assertTrue(summary.getText().contains("3 条测评标准"), summary.getText());

        robot.clickOn("#searchField").write("黄土");
        waitFor(() -> standardsShown(tree) == 1);
        assertEquals("无裸露黄土", tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0).getValue().text());

        robot.eraseText(2).write("垃圾");
        waitFor(() -> standardsShown(tree) == 1
                && tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0).getValue().text().equals("地面无垃圾"));
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        assertEquals("垃圾", search.getText());
    }

    @Test
    void selectingAStandardShowsItsDetails(FxRobot robot) throws Exception {
        robot.clickOn("#nav-indicators");
        TreeTableView<IndicatorNode> tree = robot.lookup("#tree").queryAs(TreeTableView.class);
        waitFor(() -> tree.getRoot() != null && standardsShown(tree) >= 120);
        robot.clickOn("#searchField").write("公平秤");
        waitFor(() -> standardsShown(tree) == 1);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0)));
        Label heading = robot.lookup("#detailsHeading").queryAs(Label.class);
        assertTrue(heading.getText().contains("公平秤"), heading.getText());
    }

    @Test
    void theNavigationOpensEachArea(FxRobot robot) {
        robot.clickOn("#nav-rectification");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#board").tryQuery().isPresent());
        robot.clickOn("#nav-indicators");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tree").tryQuery().isPresent());
    }
}
