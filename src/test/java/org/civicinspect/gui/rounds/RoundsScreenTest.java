package org.civicinspect.gui.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 测评轮次 screen in a real (headless) window: a round with an answer shows its draw button disabled, with the reason beside it. */
@ExtendWith(ApplicationExtension.class)
class RoundsScreenTest {

    @TempDir static Path temp;

    @Start
    void start(Stage stage) {
        Services services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        Round round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), "");
        services.drawRoundSample().run(round.name(), new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 7));
        DrawnSite site = services.assignTeams().run(round.name(), List.of()).drawn().get(0);
        Standard standard = services.openInspection().run(round.id(), site.site().id()).standards().get(0);
        services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), standard.code(), Answer.notApplicable(), "",
                List.of(), "张伟"));
        Scene scene = new Scene(new RoundsView(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(), new WorkspaceEvents()).root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theDrawButtonOfARoundWithAnswersIsDisabledWithTheReasonBesideIt(FxRobot robot) throws Exception {
        Button draw = robot.lookup("#drawButton").queryButton();
        Label reason = robot.lookup("#drawBlockedLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reason.getText().isEmpty());
        assertTrue(draw.isDisabled());
        assertTrue(reason.isVisible());
        assertEquals(Messages.get("round.hasAnswers", "甲轮", 1), reason.getText());
        assertEquals(reason.getText(), draw.getTooltip().getText());
    }
}
