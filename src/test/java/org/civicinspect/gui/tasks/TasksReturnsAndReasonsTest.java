package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the 任务与材料 page the office returns a standard to its unit (R, with what to file again), a number key past the
 * scale says so rather than nothing, and a settled grade of a done round changes only once a reason is given.
 */
class TasksReturnsAndReasonsTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private static TaskBreakdownCity made;
    private TaskBreakdownCity city;
    private ScriptedDialogs dialogs;
    private TasksViewModel viewModel;

    /** The city is built once; every test starts from a copy of it, since each grades and settles its own way. */
    @BeforeAll
    static void theCity() throws Exception {
        made = TaskBreakdownCity.make(shared);
        made.services().close();
    }

    @BeforeEach
    void theScreen() throws Exception {
        TestWorkspaces.copy(shared.resolve("ws"), temp.resolve("ws"));
        city = new TaskBreakdownCity(TestWorkspaces.open(temp.resolve("ws")), made.round(), made.materials(), made.field());
        dialogs = new ScriptedDialogs();
        viewModel = new TasksViewModel(TasksView.useCases(city.services()), new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload();
        viewModel.allMaterialsProperty().set(true);
    }

    @AfterEach
    void closeTheCopy() {
        city.services().close();
    }

    private MaterialReview stored(Standard standard) {
        return city.services().listRoundMaterials().run(city.round().id()).lines().stream()
                .filter(l -> l.standard().code().equals(standard.code())).findFirst().orElseThrow().review().orElseThrow();
    }

    @Test
    void returningAStandardAsksWhatToFileAgainAndRecordsIt() {
        Standard m0 = city.materials().get(0);
        viewModel.gradeAt(m0.code(), 1);
        dialogs.nextText = "  ";
        viewModel.returnToUnit(m0.code());
        assertEquals("部分", stored(m0).grade().label(), "no reason, nothing returned");

        dialogs.nextText = "请补三月台账";
        viewModel.returnToUnit(m0.code());
        assertEquals("退回", stored(m0).grade().label());
        assertEquals("请补三月台账", stored(m0).comment());
    }

    @Test
    void aKeyPastTheScaleSaysSo() {
        viewModel.gradeAt(city.materials().get(0).code(), 5);
        assertEquals("等级表只有 3 个等级，没有第 6 个：按 1 到 3 评定", viewModel.job().statusProperty().get());
    }

    @Test
    void aSettledGradeOfADoneRoundChangesOnlyWithTheReasonAskedFor() {
        Standard m1 = city.materials().get(1);
        viewModel.gradeAt(m1.code(), 0);
        city.services().workspace().write(tx -> {
            tx.rounds().setStatus(city.round().id(), RoundStatus.DONE);
            return null;
        });

        dialogs.nextText = null;
        viewModel.gradeAt(m1.code(), 2);
        assertEquals("完整", stored(m1).grade().label(), "asked for a reason and given none: the grade stays");
        assertTrue(dialogs.textQuestions.get(dialogs.textQuestions.size() - 1).contains("更改已定的等级须说明原因"), dialogs.textQuestions::toString);

        dialogs.nextText = "复核发现台账为往年的";
        viewModel.gradeAt(m1.code(), 2);
        assertEquals("缺失", stored(m1).grade().label());
    }
}
