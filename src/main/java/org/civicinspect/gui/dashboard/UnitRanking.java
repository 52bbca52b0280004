package org.civicinspect.gui.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.civicinspect.i18n.Messages;
import org.civicinspect.scoring.Aggregate;

/**
 * 问题最多的责任单位: each unit named on its own line beside a bar as long as its share of the most problems, and its
 * count. A chart's category axis left every other name out when the lines were close; here none is. A line (clicked,
 * or focused and Enter) explains its figure.
 */
public final class UnitRanking extends GridPane {

    public UnitRanking() {
        setHgap(8);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(42);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().setAll(name, bar, count);
        getStyleClass().add("unit-ranking");
    }

    /** The units, most problems first. */
    public void show(List<Aggregate> mostFirst) {
        getChildren().clear();
        int most = mostFirst.stream().mapToInt(Aggregate::problems).max().orElse(0);
        for (int row = 0; row < mostFirst.size(); row++) {
            Aggregate unit = mostFirst.get(row);
            Label name = new Label(unit.group());
            name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setAlignment(Pos.CENTER_RIGHT);
            Region bar = new Region();
            bar.getStyleClass().add("unit-bar");
            HBox lane = new HBox(bar);
            lane.setAlignment(Pos.CENTER_LEFT);
            bar.prefWidthProperty().bind(lane.widthProperty().multiply(most == 0 ? 0 : unit.problems() / (double) most));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setPrefHeight(12);
            bar.setMaxHeight(12);
            Label count = new Label(String.valueOf(unit.problems()));
            String tip = unit.group() + " " + Messages.get("dashboard.problemCount", unit.problems());
            for (javafx.scene.Node part : List.of(name, lane, count)) {
                Tooltip.install(part, new Tooltip(tip));
                part.setOnMouseClicked(e -> Explanation.show(lane, unit));
            }
            name.setFocusTraversable(true);
            name.getStyleClass().add("unit-name");
            name.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    Explanation.show(lane, unit);
                }
            });
            addRow(row, name, lane, count);
        }
    }
}
