package org.civicinspect.gui.dashboard;

import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.civicinspect.gui.Formulas;
import org.civicinspect.i18n.Messages;
import org.civicinspect.scoring.Aggregate;
import org.controlsfx.control.PopOver;

/** The popover a figure opens: its formula, and the findings behind it or the lines it counts. */
final class Explanation {

    private Explanation() {
    }

    static void show(Node owner, Aggregate aggregate) {
        show(owner, aggregate.group(), aggregate);
    }

    /** The explanation of a figure under a title of the screen's own, such as the city's, whose group name is not translated. */
    static void show(Node owner, String title, Aggregate aggregate) {
        List<String> findings = aggregate.lines().stream()
                .sorted(Comparator.comparing((Aggregate.Line l) -> !l.problem()).thenComparing(Aggregate.Line::siteName)
                        .thenComparing(Aggregate.Line::standardCode))
                .map(l -> l.siteName() + "　" + l.standardCode() + "　" + plain(l.earned()) + " / " + plain(l.points())
                        + (l.problem() ? "　" + Messages.get("dashboard.problem") : ""))
                .toList();
        show(owner, title, Formulas.of(aggregate) + "\n" + Messages.get("dashboard.basis", aggregate.scored(), aggregate.sites(),
                aggregate.problems()), findings);
    }

    static void show(Node owner, String title, String formula, List<String> lines) {
        Label heading = new Label(title);
        heading.getStyleClass().add("details-heading");
        // The popover inherits the look of what opened it (a selected row has white text): its own colours are fixed.
        heading.setStyle("-fx-text-fill: #1f4e79;");
        Label text = new Label(formula);
        text.setStyle("-fx-text-fill: #222222;");
        text.setWrapText(true);
        text.setMaxWidth(460);
        VBox box = new VBox(8, heading, text);
        if (!lines.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.getItems().setAll(lines);
            list.setPrefSize(460, Math.min(300, 26 * lines.size() + 6));
            box.getChildren().add(list);
        }
        box.setStyle("-fx-padding: 12;");
        box.setId("explanation");
        PopOver popOver = new PopOver(box);
        popOver.setDetachable(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setAutoHide(true);
        popOver.show(owner);
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
