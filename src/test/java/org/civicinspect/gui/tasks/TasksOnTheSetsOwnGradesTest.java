package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 任务与材料 screen on a set with its own grade scale: the number keys give the scale's grades in its order, and
 * the grades read "较完整（0.8）". The demo city's reviews use 完整 / 部分 / 缺失, so the scale keeps those labels.
 */
class TasksOnTheSetsOwnGradesTest {

    @TempDir Path temp;

    @Test
    void theNumberKeysFollowTheScaleAndTheUnitsCountItsGrades() throws Exception {
        TaskBreakdownCity city = TaskBreakdownCity.make(temp);
        city.services().setMaterialGradeScale().run(city.round().id(), List.of("完整=1 较完整=0.8 部分=0.5 缺失=0"));
        TasksViewModel viewModel = new TasksViewModel(TasksView.useCases(city.services()), new CurrentThreadTaskExecutor(), new ScriptedDialogs(),
                new WorkspaceEvents());
        viewModel.reload();
        assertEquals(List.of("完整", "较完整", "部分", "缺失"), viewModel.scaleProperty().get().labels());

        viewModel.unitProperty().set("园林局");
        Standard m3 = city.materials().get(3);
        viewModel.gradeAt(m3.code(), 1);
        assertEquals(new MaterialGrade("较完整", new BigDecimal("0.8")), viewModel.reviews().get(m3.code()).grade(), "key 2: the second grade");
        assertEquals("较完整（0.8）", GradeNames.choice(viewModel.reviews().get(m3.code()).grade()));
        assertEquals(1, viewModel.progress().get("园林局").graded("较完整"));
        assertTrue(viewModel.summaryProperty().get().contains("较完整 1"), viewModel.summaryProperty().get());

        viewModel.gradeAt(m3.code(), 4);
        assertEquals("较完整", viewModel.reviews().get(m3.code()).grade().label(), "key 5: the scale has no fifth grade");
    }
}
