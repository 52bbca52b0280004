package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.civicinspect.gui.FxSnapshot;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 任务分解 / 材料审核 page in a real (headless) window, keys delivered in one go on the JavaFX thread so that no
 * save can end between two of them: each grade and comment lands on the standard selected when it was typed, and a
 * grade on a field standard is refused in the page in the service's words.
 */
@ExtendWith(ApplicationExtension.class)
class TasksKeysAtFullSpeedTest {

    @TempDir static Path temp;
    private static TaskBreakdownCity city;
    private Stage stage;
    private TasksView view;

    @BeforeAll
    static void theCityWithABreakdown() throws Exception {
        city = TaskBreakdownCity.make(temp);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new TasksView(city.services(), new FxTaskExecutor(city.services().workspace().folder()), new ScriptedDialogs(), new WorkspaceEvents());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void gradesAndCommentsTypedAtFullSpeedLandOnTheStandardsTheyWereTypedFor(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<String> units = robot.lookup("#unitList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxSnapshot.of(units.getItems()).size() == 3);
        robot.interact(() -> units.getSelectionModel().select("城管局"));
        @SuppressWarnings("unchecked")
        TableView<TasksViewModel.Row> table = robot.lookup("#standardTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxSnapshot.of(table.getItems()).size() == 4);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });

        robot.interact(() -> keys(3, KeyCode.DOWN, 2, 1, KeyCode.DOWN, 1, KeyCode.C, "缺两个月的台账", KeyCode.ENTER, KeyCode.DOWN, 1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.viewModel().saving().isEmpty()
                && view.viewModel().job().statusProperty().get().contains("不是材料审核")).get(10, TimeUnit.SECONDS));

        Map<String, MaterialReview> stored = city.services().listRoundMaterials().run(city.round().id()).lines().stream()
                .filter(l -> l.review().isPresent()).collect(Collectors.toMap(l -> l.standard().code(), l -> l.review().orElseThrow()));
        assertEquals("缺失", stored.get(city.materials().get(0).code()).grade().label());
        assertEquals("完整", stored.get(city.materials().get(1).code()).grade().label(), "2 then 1 on the same standard: the last one stands");
        MaterialReview m2 = stored.get(city.materials().get(2).code());
        assertEquals("完整", m2.grade().label());
        assertEquals("缺两个月的台账", m2.comment());
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        String said = WaitForAsyncUtils.asyncFx(status::getText).get(10, TimeUnit.SECONDS);
        assertTrue(said.contains(city.field().get(0).code()), said);
        assertEquals(List.of("缺失（0）", "完整（1）", "完整（1）", "实地"), WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .map(r -> table.getColumns().get(4).getCellData(r)).map(String::valueOf).toList()).get(10, TimeUnit.SECONDS),
                "each row shows the grade recorded");
        assertEquals(city.field().get(0).code(), WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedItem().code())
                .get(10, TimeUnit.SECONDS));
    }

    /** Each step a key (digits as ints, for the number keys) or a text typed into the field that has the focus. */
    private void keys(Object... steps) {
        for (Object step : steps) {
            if (step instanceof String text) {
                text.chars().forEach(c -> fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf((char) c), "", KeyCode.UNDEFINED, false, false, false, false)));
            } else if (step instanceof Integer digit) {
                KeyCode code = KeyCode.valueOf("DIGIT" + digit);
                fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
                fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(digit), "", KeyCode.UNDEFINED, false, false, false, false));
                fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
            } else {
                KeyCode code = (KeyCode) step;
                fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
                if (code == KeyCode.C) {
                    fire(new KeyEvent(KeyEvent.KEY_TYPED, "c", "", KeyCode.UNDEFINED, false, false, false, false));
                }
                fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
            }
        }
    }

    private void fire(KeyEvent event) {
        Event.fireEvent(stage.getScene().getFocusOwner(), event);
    }
}
