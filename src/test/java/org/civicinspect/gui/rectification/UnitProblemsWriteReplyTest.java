package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.materials.ReceiveUnitPackage;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 整改督办 in a unit's workspace, in a real (headless) window: 写出回复包… writes the reply the office takes the answer from. */
@ExtendWith(ApplicationExtension.class)
class UnitProblemsWriteReplyTest {

    @TempDir static Path temp;
    private static Services office;
    private static Services unit;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** A problem dispatched to 城东区城管局 by its unit task package, answered in the unit's workspace. */
    @BeforeAll
    static void aUnitThatAnsweredItsProblem() throws Exception {
        Messages.use("zh");
        office = TestWorkspaces.open(temp.resolve("office"));
        office.importSampleIndicatorSet().run(Progress.NONE);
        office.saveUnit().run(ResponsibleUnit.named("城东区城管局"));
        office.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, "人民路 12 号", "城东区", "东湖街道", null, "占道经营", "城东区城管局",
                LocalDate.of(2026, 12, 10)), List.of(), "王芳");
        TestWorkspaces.signInSupervisor(office, "陈主任");
        Round round = office.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), "");
        unit = new Services(Workspace.open(temp.resolve("unit")), TestWorkspaces.CLOCK);
        Path task = office.sendUnitTask().run("城东区城管局", round.name(), unit.showDeviceKey().fingerprint(), temp.resolve("任务.cipkg")).file();
        unit.receiveUnitPackage().run(task, new ImportOptions(null, List.of(office.showDeviceKey().fingerprint())));
        UnitProblemsViewModel answering = new UnitProblemsViewModel(unit.listDispatchedProblems(), unit.answerDispatchedProblem(), unit.addPhoto(),
                new CurrentThreadTaskExecutor(), new ScriptedDialogs());
        answering.reload();
        Path photo = temp.resolve("整改后.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        answering.reply(answering.problems().get(0), "李强", "13800000001", "已清理", "2026-11-26", List.of(photo));
    }

    @Start
    void start(Stage stage) {
        UnitProblemsView view = new UnitProblemsView(unit, new FxTaskExecutor(unit.workspace().folder()), dialogs, new WorkspaceEvents());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writeReplyPackageCarriesTheAnswerToTheOffice(FxRobot robot) throws Exception {
        Path out = temp.resolve("回复.cipkg");
        dialogs.nextPackageSave = out;
        Button write = robot.lookup(n -> n instanceof Button b && b.getText().equals(Messages.get("unitProblems.writeReply"))).queryButton();
        robot.clickOn(write);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.informations.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        assertTrue(dialogs.informations.get(0).contains("问题回复 1 条"), dialogs.informations::toString);
        assertTrue(dialogs.suggestedPackageNames.get(0).startsWith("单位回复包-城东区城管局-"), dialogs.suggestedPackageNames::toString);

        ReceiveUnitPackage.Result taken = office.receiveUnitPackage().run(out, new ImportOptions(null, List.of()));
        assertEquals(1, taken.problems(), "the office takes the answer in");
        assertTrue(Files.exists(out));
    }
}
