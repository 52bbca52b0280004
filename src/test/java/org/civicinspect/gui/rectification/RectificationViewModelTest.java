package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.ListProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 整改督办 screen: the board by status, filters, chosen problems moved on together, a deadline changed with a reason. */
class RectificationViewModelTest {

    @TempDir Path temp;

    @Test
    void movesChosenProblemsAlongTheBoardAndChangesADeadline() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 4, 2, 9), Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RectificationViewModel viewModel = new RectificationViewModel(RectificationView.useCases(services), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.reload();
        assertEquals(4, viewModel.rounds().size());
        viewModel.roundProperty().set(viewModel.rounds().get(2));
        int toFix = viewModel.column(ProblemStatus.TO_FIX).size();
        assertTrue(toFix >= 2, "the demo's last approved round has problems waiting: " + viewModel.summaryProperty().get());
        assertTrue(viewModel.summaryProperty().get().contains("待整改 " + toFix));

        viewModel.chosen().setAll(viewModel.column(ProblemStatus.TO_FIX).subList(0, 2));
        viewModel.move(ProblemStatus.FIXING, "已安排保洁");
        assertEquals(toFix - 2, viewModel.column(ProblemStatus.TO_FIX).size());
        assertEquals(2, viewModel.chosen().size(), "the moved problems stay chosen");
        assertTrue(viewModel.chosen().stream().allMatch(l -> l.problem().status() == ProblemStatus.FIXING));

        viewModel.chosen().setAll(List.of(viewModel.chosen().get(0)));
        viewModel.move(ProblemStatus.CLOSED, "");
        assertTrue(viewModel.job().statusProperty().get().contains("不能直接改为"), "closing needs a recheck first");
        dialogs.nextPhoto = photo();
        viewModel.addEvidence();
        assertEquals(1, viewModel.evidence().size());
        viewModel.move(ProblemStatus.TO_RECHECK, "已清理");
        assertEquals(1, viewModel.photosAfter().size(), "the photo after the fix went with the step");
        assertTrue(viewModel.evidence().isEmpty());
        viewModel.move(ProblemStatus.FIXING, "仍有积水");
        String id = viewModel.chosen().get(0).problem().id();
        viewModel.changeDeadline(viewModel.chosen().get(0).problem().deadline().plusDays(5), "雨天无法施工");
        assertTrue(viewModel.history().stream().anyMatch(s -> s.note().equals("雨天无法施工")), "the history shows the change");
        assertEquals(id, viewModel.chosen().get(0).problem().id());

        viewModel.colourProperty().set(Escalation.RED);
        assertTrue(viewModel.column(ProblemStatus.TO_FIX).stream().allMatch(l -> l.escalation() == Escalation.RED));
        viewModel.colourProperty().set(null);
        viewModel.unitProperty().set(viewModel.units().get(0));
        assertFalse(viewModel.rates().isEmpty());
        for (ProblemStatus status : ProblemStatus.values()) {
            assertTrue(viewModel.column(status).stream().allMatch(l -> l.site().responsibleUnit().equals(viewModel.units().get(0))));
        }
        assertTrue(viewModel.rates().stream().map(ListProblems.Rate::rate).allMatch(r -> r >= 0 && r <= 1));
        assertTrue(viewModel.placardProperty().get().startsWith("流动黑牌："), viewModel.placardProperty().get());
    }

    private Path photo() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(80, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path file = temp.resolve("after.jpg");
        javax.imageio.ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
