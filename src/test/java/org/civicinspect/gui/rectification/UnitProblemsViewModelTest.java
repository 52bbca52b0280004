package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 整改督办 in a unit's workspace: the problems the office's package dispatched with the photos taken when they were found,
 * a reply recorded with a photo, a bad date refused in words.
 */
class UnitProblemsViewModelTest {

    @TempDir Path temp;

    @Test
    void listsTheDispatchedProblemsAndRecordsTheUnitsReply() throws Exception {
        Messages.use("zh");
        Services office = TestWorkspaces.open(temp.resolve("office"));
        office.importSampleIndicatorSet().run(Progress.NONE);
        office.saveUnit().run(ResponsibleUnit.named("城东区城管局"));
        Path exposed = temp.resolve("曝光.jpg");
        ImageIO.write(new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB), "jpg", exposed.toFile());
        office.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, "人民路 12 号", "城东区", "东湖街道", null, "占道经营", "城东区城管局",
                LocalDate.of(2026, 12, 10)), List.of(exposed), "王芳");
        TestWorkspaces.signInSupervisor(office, "陈主任");
        Round round = office.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), "");
        Services unit = new Services(Workspace.open(temp.resolve("unit")), TestWorkspaces.CLOCK);
        Path task = office.sendUnitTask().run("城东区城管局", round.name(), unit.showDeviceKey().fingerprint(), temp.resolve("任务.cipkg")).file();
        unit.receiveUnitPackage().run(task, new ImportOptions(null, List.of(office.showDeviceKey().fingerprint())));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        UnitProblemsViewModel viewModel = new UnitProblemsViewModel(unit.listDispatchedProblems(), unit.answerDispatchedProblem(), unit.addPhoto(),
                new CurrentThreadTaskExecutor(), dialogs);

        viewModel.reload();
        assertEquals(List.of("占道经营"), viewModel.problems().stream().map(p -> p.description()).toList());
        assertNull(viewModel.problems().get(0).answer());
        assertEquals(List.of(Sha256.of(exposed)), viewModel.problems().get(0).photosBefore(), "the photo taken when it was found came along");
        viewModel.openPhoto(viewModel.problems().get(0).photosBefore().get(0));
        assertEquals(Sha256.of(exposed), Sha256.of(dialogs.opened.get(0)), "and opens at full size from the unit's own workspace");

        viewModel.reply(viewModel.problems().get(0), "李强", "13800000001", "已清理", "2026-11-28", List.of());
        assertEquals("完成日期 2026-11-28 还没到（今天是 2026-11-27）", viewModel.job().statusProperty().get());
        assertNull(viewModel.problems().get(0).answer(), "nothing recorded");

        Path photo = temp.resolve("整改后.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        dialogs.nextPhoto = photo;
        Path chosen = viewModel.choosePhoto().orElseThrow();
        viewModel.reply(viewModel.problems().get(0), "李强", "13800000001", "已清理", "2026-11-26", List.of(chosen));
        assertEquals(List.of("李强", "已清理", "2026-11-26", "1"), List.of(viewModel.problems().get(0).answer().claimant(),
                viewModel.problems().get(0).answer().measures(), viewModel.problems().get(0).answer().completedOn().toString(),
                String.valueOf(viewModel.problems().get(0).answer().photosAfter().size())));
    }
}
