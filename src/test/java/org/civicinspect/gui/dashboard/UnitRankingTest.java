package org.civicinspect.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.scoring.Aggregate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 问题最多的责任单位 in the room the home screen gives it at 1366×768 (about 390 × 230): all eight units are named,
 * each bar is as long as its share of the most problems, and a line explains itself.
 */
@ExtendWith(ApplicationExtension.class)
class UnitRankingTest {

    private static final List<Aggregate> EIGHT = List.of(unit("城东区城管局", 6), unit("城西区市场监管局", 6), unit("城东区园林局", 5),
            unit("城北区城管局", 5), unit("城西区园林局", 4), unit("市卫生健康委员会", 4), unit("城南区交警大队", 3), unit("城北区园林局", 3));

    private final UnitRanking ranking = new UnitRanking();

    private static Aggregate unit(String name, int problems) {
        return new Aggregate(name, new BigDecimal("10"), new BigDecimal("20"), 4, 2, problems, 3, 0, List.of());
    }

    @Start
    void start(Stage stage) {
        ranking.show(EIGHT);
        Scene scene = new Scene(ranking, 390, 230);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyUnitIsNamedWhollyOnItsOwnLineWithItsBarAndCount(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Label> names = robot.lookup(".unit-name").queryAllAs(Label.class).stream()
                .collect(Collectors.toMap(Label::getText, Function.identity()));
        assertEquals(EIGHT.stream().map(Aggregate::group).collect(Collectors.toSet()), names.keySet());
        double lineHeight = 0;
        for (Label name : names.values()) {
            assertTrue(name.isVisible(), name.getText());
            assertTrue(name.getWidth() >= name.prefWidth(-1) - 0.5, "not cut short: " + name.getText());
            lineHeight = Math.max(lineHeight, name.getHeight());
        }
        List<Double> tops = names.values().stream().map(l -> l.localToScene(0, 0).getY()).sorted().toList();
        for (int i = 1; i < tops.size(); i++) {
            assertTrue(tops.get(i) - tops.get(i - 1) >= lineHeight, "each name on its own line: " + tops);
        }
        List<Region> bars = robot.lookup(".unit-bar").queryAllAs(Region.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY())).toList();
        assertEquals(8, bars.size());
        double full = bars.get(0).getWidth();
        assertTrue(full > 80, "the longest bar has room: " + full);
        assertEquals(full, bars.get(1).getWidth(), 0.5, "6 problems as 6");
        assertEquals(full * 5 / 6, bars.get(2).getWidth(), 1.0, "5 of 6");
        assertEquals(full * 3 / 6, bars.get(7).getWidth(), 1.0, "3 of 6");
        assertTrue(robot.lookup("6").tryQuery().isPresent() && robot.lookup("3").tryQuery().isPresent(), "counts are written beside the bars");
    }

    @Test
    void aLineExplainsItsFigureFromTheKeyboard(FxRobot robot) {
        robot.clickOn("城北区城管局").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#explanation").tryQuery().isPresent(), "the explanation opens");
    }
}
