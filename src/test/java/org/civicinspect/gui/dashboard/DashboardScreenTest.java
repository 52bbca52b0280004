package org.civicinspect.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.scene.control.ComboBox;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.service.survey.ScoreSurvey;
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
    private static Services services;

    /** The city is made before the window, off the JavaFX thread: the window's setup has only so long to finish. */
    @org.junit.jupiter.api.BeforeAll
    static void aSmallCity() {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 120, 2, 4, 2), Progress.NONE);
        TestWorkspaces.approveCompleted(services, services.showRound().list().get(1).id());
    }

    @Start
    void start(Stage stage) {
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
        var composite = services.scoreComposite().run(org.civicinspect.service.reports.ScoreComposite.Request.of("latest")).score();
        String compositeLine = robot.lookup("#compositeLine").queryAs(Label.class).getText();
        assertTrue(headline.getText().contains("实地考察得分 "), "the older figure is named for what it is: " + headline.getText());
        assertTrue(compositeLine.startsWith("综合得分 " + org.civicinspect.scoring.Rounding.forDisplay(composite.total()).toPlainString() + " = 材料审核 "),
                compositeLine);
        assertEquals(composite.incomplete(), compositeLine.contains("不完整："), compositeLine);
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
        // The demo's newest round has its survey under way; three paper interviews typed in (A01 知道, A02 不知道, A03
        // screened out) add two valid interviews of three to it.
        Round latest = services.showRound().list().stream().max(Comparator.comparing(Round::start)).orElseThrow();
        Label survey = robot.lookup("#surveyLine").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, survey::isVisible);
        assertTrue(survey.getText().startsWith(surveyLine(latest)), survey.getText() + " shows " + surveyLine(latest));
        SurveyGroup before = services.scoreSurvey().run(latest.id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores().city();

        String questionnaire = services.importQuestionnaire().run(Path.of("assets", "sample-questionnaire.xlsx"), null, Progress.NONE)
                .questionnaire().id();
        services.pinQuestionnaire().run(latest.id(), questionnaire);
        Path paper = Files.writeString(temp.resolve("纸质问卷-" + System.nanoTime() + ".csv"), "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1\n"
                + "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1\n"
                + "A02,王芳,城东区,电话,2026-11-20 10:00,2026-11-20 10:13,否,2,1,2\n"
                + "A03,王芳,城东区,街访,2026-11-20 11:00,2026-11-20 11:10,否,1,1,1\n");
        assertTrue(services.importPaperInterviews().run(latest.id(), paper).ok());
        robot.type(KeyCode.ESCAPE);
        @SuppressWarnings("unchecked")
        ComboBox<Round> rounds = robot.lookup("#roundChoice").queryAs(ComboBox.class);
        robot.interact(() -> rounds.setValue(rounds.getItems().stream().filter(r -> !r.equals(latest)).findFirst().orElseThrow()));
        robot.interact(() -> rounds.setValue(latest));
        String expected = "问卷调查（有效访问 " + (before.valid().size() + 2) + " 份，共 " + (before.interviews().size() + 3) + " 份）";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> survey.getText().startsWith(expected));
        assertTrue(survey.getText().startsWith(surveyLine(latest)), survey.getText() + " shows " + surveyLine(latest));
    }

    /** The start of the dashboard's survey line for the round as the scores give it: its interviews and its 知晓率. */
    private String surveyLine(Round round) {
        SurveyGroup city = services.scoreSurvey().run(round.id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores().city();
        return "问卷调查（有效访问 " + city.valid().size() + " 份，共 " + city.interviews().size() + " 份）：知晓率 "
                + Rounding.percent(city.indices().get("知晓率").value()).toPlainString() + "%";
    }
}
