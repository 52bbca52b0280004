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
 * The 任务与材料 screen on a set with its own grade scale, set on the screen: a bad scale is said in the status bar and
 * changes nothing; then the number keys give the scale's grades in its order, shown as "较完整（0.8）". The demo city's
 * reviews use 完整 / 部分 / 缺失, so the scale keeps those labels.
 */
class TasksOnTheSetsOwnGradesTest {

    @TempDir Path temp;

    @Test
    void theScaleIsSetOnTheScreenAndTheNumberKeysFollowIt() throws Exception {
        TaskBreakdownCity city = TaskBreakdownCity.make(temp);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        TasksViewModel viewModel = new TasksViewModel(TasksView.useCases(city.services()), new CurrentThreadTaskExecutor(), dialogs,
                new WorkspaceEvents());
        viewModel.reload();

        dialogs.nextText = "完整=1 部分=0.5 部分=0.4";
        viewModel.editScale();
        assertEquals("等级 部分 写了两次", viewModel.job().statusProperty().get());
        assertEquals(List.of("完整", "部分", "缺失"), viewModel.scaleProperty().get().labels(), "nothing changed");

        dialogs.nextText = "完整=1 较完整=0.8 部分=0.5 缺失=0";
        viewModel.editScale();
        assertTrue(dialogs.textQuestions.get(1).contains("现为：完整=1 部分=0.5 缺失=0"), dialogs.textQuestions::toString);
        assertEquals(List.of("完整", "较完整", "部分", "缺失"), viewModel.scaleProperty().get().labels());
        assertEquals("完整=1 较完整=0.8 部分=0.5 缺失=0", city.services().showMaterialGradeScale().run(city.round().id()).scale().text());

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
