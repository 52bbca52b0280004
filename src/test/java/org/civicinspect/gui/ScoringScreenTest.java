package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A field inspector scores a whole site with the keyboard alone, attaches a photo and marks it 已完成. */
@ExtendWith(ApplicationExtension.class)
class ScoringScreenTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;
    private String roundId;

    @Start
    void start(Stage stage) {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        roundId = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "").id();
        services.drawRoundSample().run(roundId, new SamplingPlan(List.of(), 0, 1));
        services.assignTeams().run(roundId, List.of());
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), org.civicinspect.Launcher.demoCity());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void scoresAWholeSiteWithTheKeyboardAlone(FxRobot robot) throws Exception {
        Path photo = temp.resolve("scale.png");
        ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        dialogs.nextPhoto = photo;

        robot.clickOn("#nav-scoring");
        ListView<ListTeamSites.ListedSite> sites = robot.lookup("#siteList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sites.getItems().size() == 3);
        robot.clickOn("#siteList").type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sites.getSelectionModel().getSelectedItem() != null);
        String siteId = sites.getSelectionModel().getSelectedItem().drawn().site().id();
        robot.type(KeyCode.ENTER);
        ListView<?> checklist = robot.lookup("#checklist").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !checklist.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        InspectionSheet sheet = services.openInspection().run(roundId, siteId);
        int standards = sheet.standards().size();
        boolean failedOne = false;
        for (int i = 0; i < standards; i++) {
            ScoringMode mode = sheet.standards().get(i).scoring().mode();
            int answeredBefore = answered(roundId, siteId);
            if (mode == ScoringMode.BINARY && !failedOne) {
                // 不符合 keeps the focus on its line and opens its note: the inspector writes at once, Enter moves on.
                robot.type(KeyCode.DIGIT2);
                failedOne = true;
                robot.write("公平秤损坏，无法使用").type(KeyCode.ENTER);
                waitUntilAnswered(answeredBefore + 1, siteId);
                robot.type(KeyCode.UP).type(KeyCode.P);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.openInspection().run(roundId, siteId).findings()
                        .get(firstFailing(siteId)).photos().size() == 1);
                robot.type(KeyCode.H);
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.reports.stream().anyMatch(r -> r.contains("3 条")));
                assertTrue(dialogs.reports.stream().anyMatch(r -> r.contains("问题描述：公平秤损坏，无法使用　照片 1 张")), dialogs.reports::toString);
                robot.type(KeyCode.U);
                continue;
            }
            switch (mode) {
                case BINARY -> robot.type(KeyCode.DIGIT1);
                case GRADED -> robot.type(KeyCode.A);
                case DEDUCTION -> robot.type(KeyCode.DIGIT0, KeyCode.ENTER);
            }
            waitUntilAnswered(answeredBefore + 1, siteId);
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> services.openInspection().run(roundId, siteId).inspection().status() == InspectionStatus.COMPLETED);
        InspectionSheet done = services.openInspection().run(roundId, siteId);
        assertEquals(standards, done.findings().size());
        assertEquals(1, done.score().problems());
        assertTrue(done.findings().values().stream().anyMatch(f -> f.answer().failing() && f.photos().size() == 1
                && f.note().equals("公平秤损坏，无法使用")), () -> done.findings().values().stream().filter(f -> f.answer().failing()).toList().toString());

        String first = done.standards().get(0).code();
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().returnWithComments(roundId, siteId, java.util.Map.of(first, "请补充近景照片"));
        ListView<ListTeamSites.ListedSite> siteList = robot.lookup("#siteList").queryAs(ListView.class);
        int here = siteList.getSelectionModel().getSelectedIndex();
        robot.interact(() -> siteList.getSelectionModel().select(here == 0 ? 1 : 0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> siteList.getSelectionModel().select(here));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".review-comment").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText().contains("请补充近景照片")));
    }

    private String firstFailing(String siteId) {
        return services.openInspection().run(roundId, siteId).findings().values().stream()
                .filter(f -> f.answer().failing()).findFirst().orElseThrow().standardCode();
    }

    private int answered(String round, String siteId) {
        return services.openInspection().run(round, siteId).findings().size();
    }

    private void waitUntilAnswered(int count, String siteId) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answered(roundId, siteId) >= count);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
