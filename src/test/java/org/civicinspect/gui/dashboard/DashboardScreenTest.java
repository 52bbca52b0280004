package org.civicinspect.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app opens on the home screen of the newest round; a figure opens its explanation. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {

    @TempDir static Path temp;
    private Services services;

    @Start
    void start(Stage stage) {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 120, 2, 4, 2), Progress.NONE);
        TestWorkspaces.approveCompleted(services, services.showRound().list().get(1).id());
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(), new ChooseLanguage(temp), org.civicinspect.Launcher.demoCity());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void opensOnTheNewestRoundAndAWeakStandardExplainsItself(FxRobot robot) throws Exception {
        TableView<?> weakest = robot.lookup("#weakestTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !weakest.getItems().isEmpty());
        Label headline = robot.lookup("#headline").queryAs(Label.class);
        String rate = services.scoreRound().only("latest", org.civicinspect.model.ReportScope.Counted.APPROVED).city().formula().split(" = ")[2].split("%")[0];
        assertTrue(headline.getText().contains(rate + "%"), headline.getText() + " shows " + rate);
        int approved = services.scoreRound().scope("latest", org.civicinspect.model.ReportScope.Counted.APPROVED)
                .count(org.civicinspect.model.InspectionStatus.APPROVED);
        String scope = robot.lookup("#scopeLabel").queryAs(Label.class).getText();
        assertTrue(scope.startsWith("统计范围：计入已审核通过点位 " + approved + " 个（未计入："), "the home screen states its scope: " + scope);
        BarChart<?, ?> districts = robot.lookup("#districtChart").queryAs(BarChart.class);
        assertEquals(services.scoreRound().only("latest", org.civicinspect.model.ReportScope.Counted.APPROVED).byDistrict().size(),
                districts.getData().get(0).getData().size());

        robot.clickOn("#weakestTable").type(KeyCode.HOME).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#explanation").tryQuery().isPresent());
        Label formula = (Label) robot.lookup("#explanation").queryAs(javafx.scene.layout.VBox.class).getChildren().get(1);
        assertTrue(formula.getText().startsWith("得分率 = "), formula.getText());
    }
}
