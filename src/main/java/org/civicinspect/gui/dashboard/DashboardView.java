package org.civicinspect.gui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.ScopeLine;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.Views;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.Ranking;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.Services;
import org.civicinspect.service.reports.Dashboard;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import java.util.stream.Collectors;

/**
 * 首页: wires DashboardView.fxml to {@link DashboardViewModel}. Each bar, point, team and row opens the explanation
 * of its figure (click, or Enter on a row).
 */
public final class DashboardView {

    private final DashboardViewModel viewModel;
    private final Parent root;
    private final Runnable importTask;

    @FXML private ComboBox<Round> roundChoice;
    @FXML private Label headline;
    @FXML private Label compositeLine;
    @FXML private Label scopeLabel;
    @FXML private Label surveyLine;
    @FXML private VBox progressBox;
    @FXML private BarChart<String, Number> districtChart;
    @FXML private NumberAxis districtAxis;
    @FXML private LineChart<String, Number> trendChart;
    @FXML private TableView<Dashboard.WeakStandard> weakestTable;
    @FXML private TableColumn<Dashboard.WeakStandard, String> codeColumn;
    @FXML private TableColumn<Dashboard.WeakStandard, String> standardColumn;
    @FXML private TableColumn<Dashboard.WeakStandard, String> complianceColumn;
    @FXML private TableColumn<Dashboard.WeakStandard, Number> sitesColumn;
    @FXML private TableColumn<Dashboard.WeakStandard, Number> problemsColumn;
    @FXML private UnitRanking unitRanking;
    @FXML private VBox emptyState;
    @FXML private Label emptyTitle;
    @FXML private Label emptyHint;
    @FXML private javafx.scene.control.Button importTaskButton;
    @FXML private GridPane figures;

    /** The screen on the workspace's use cases: its ViewModel is handed those it calls. */
    public DashboardView(Services services, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events, Runnable importTask) {
        viewModel = new DashboardViewModel(services.showRound(), services.showDashboard(), services.changePreferences(), executor, dialogs);
        this.importTask = importTask;
        root = Views.load(this);
        events.listen(viewModel, root, viewModel::reload);
        viewModel.reload();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Views.bindRoundChoice(roundChoice, viewModel.rounds(), viewModel.roundProperty());
        codeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().aggregate().group()));
        standardColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standard() == null ? ""
                : c.getValue().standard().text()));
        complianceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(percent(c.getValue().aggregate().complianceRate()) + "%"));
        sitesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().aggregate().sites()));
        problemsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().aggregate().problems()));
        weakestTable.setRowFactory(t -> {
            TableRow<Dashboard.WeakStandard> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    Explanation.show(row, row.getItem().aggregate());
                }
            });
            return row;
        });
        weakestTable.setOnKeyPressed(e -> {
            Dashboard.WeakStandard selected = weakestTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                Explanation.show(weakestTable, selected.aggregate());
            }
        });
        // Axis labels have their own font, which the stylesheet's family list does not reach: give them the labels' font.
        headline.fontProperty().addListener((o, a, font) -> {
            for (Axis<?> axis : List.of(districtChart.getXAxis(), districtChart.getYAxis(), trendChart.getXAxis(), trendChart.getYAxis())) {
                axis.setTickLabelFont(Font.font(font.getFamily(), 12));
            }
        });
        viewModel.dashboardProperty().addListener((o, a, d) -> show(d));
        viewModel.fieldProperty().addListener((o, a, field) -> show(viewModel.dashboardProperty().get()));
        show(viewModel.dashboardProperty().get());
    }

    private void show(Optional<Dashboard> shown) {
        unitRanking.show(List.of());
        progressBox.getChildren().clear();
        districtChart.getData().clear();
        trendChart.getData().clear();
        Aggregate city = shown.map(d -> d.scores().city()).orElse(null);
        boolean empty = city == null || city.scored() == 0;
        emptyState.setVisible(empty);
        figures.setVisible(!empty);
        boolean firstStep = shown.isEmpty() && viewModel.fieldProperty().get();
        importTaskButton.setVisible(firstStep);
        importTaskButton.setManaged(firstStep);
        emptyHint.setText(Messages.get(firstStep ? "dashboard.fieldHint" : "dashboard.emptyHint"));
        scopeLabel.setText(shown.map(d -> ScopeLine.of(d.scope())).orElse(""));
        showSurvey(shown.flatMap(Dashboard::survey));
        showComposite(shown.flatMap(Dashboard::composite));
        if (shown.isEmpty()) {
            headline.setText("");
            emptyTitle.setText(Messages.get(firstStep ? "dashboard.fieldStart" : "dashboard.noRounds"));
            weakestTable.getItems().clear();
            return;
        }
        Dashboard d = shown.get();
        emptyTitle.setText(Messages.get("reports.noFindings", d.round().name()));
        headline.setText(city.scored() == 0 ? Messages.get("reports.noFindings", d.round().name())
                : Messages.get("dashboard.headline", percent(city.scoreRate()), percent(city.complianceRate()),
                        Rounding.forDisplay(d.scores().cityScore().total()).toPlainString(), city.sites(), city.problems())
                        + (d.rectification().open() == 0 ? "" : "　　" + Messages.get("dashboard.rectification", d.rectification().open(),
                                d.rectification().overdue(), d.rectification().red())));
        headline.setOnMouseClicked(e -> {
            if (city.scored() > 0) {
                Explanation.show(headline, Messages.get("dashboard.city"), city);
            }
        });
        for (Dashboard.TeamProgress team : d.teams()) {
            progressBox.getChildren().add(teamRow(team));
        }
        XYChart.Series<String, Number> districts = new XYChart.Series<>();
        for (Ranking.Ranked ranked : d.districts()) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(ranked.aggregate().group(), percent(ranked.aggregate().scoreRate()));
            explainOnClick(bar, ranked.aggregate(), "#" + ranked.rank() + " " + ranked.aggregate().group() + " "
                    + percent(ranked.aggregate().scoreRate()) + "%");
            districts.getData().add(bar);
        }
        // Districts differ by a few points: the axis starts at the tens below the lowest, as printed bulletins do.
        double lowest = d.districts().stream().mapToDouble(r -> percent(r.aggregate().scoreRate()).doubleValue()).min().orElse(0);
        districtAxis.setLowerBound(Math.max(0, Math.floor((lowest - 5) / 10) * 10));
        districtAxis.setTickUnit(districtAxis.getLowerBound() >= 50 ? 5 : 10);
        districtChart.getData().add(districts);
        XYChart.Series<String, Number> trend = new XYChart.Series<>();
        for (Dashboard.RoundPoint point : d.trend()) {
            XYChart.Data<String, Number> dot = new XYChart.Data<>(shortName(point.round()), percent(point.city().field().scoreRate()));
            explainOnClick(dot, point.city().field(), point.round().name() + " " + percent(point.city().field().scoreRate()) + "%");
            trend.getData().add(dot);
        }
        trendChart.getData().add(trend);
        weakestTable.getItems().setAll(d.weakest());
        unitRanking.show(d.units());
    }

    /** The survey's indices for the city with its valid interviews, or nothing when the round has no interview. */
    private void showSurvey(Optional<ScoreSurvey.Result> survey) {
        surveyLine.setVisible(survey.isPresent());
        surveyLine.setManaged(survey.isPresent());
        if (survey.isEmpty()) {
            surveyLine.setText("");
            surveyLine.setOnMouseClicked(null);
            return;
        }
        SurveyGroup city = survey.get().scores().city();
        String indices = city.indices().values().stream()
                .map(i -> i.name() + " " + (i.rated() ? percent(i.value()).toPlainString() + "%" : "—")).collect(Collectors.joining("　"));
        surveyLine.setText(Messages.get("dashboard.survey", city.valid().size(), city.interviews().size(), indices));
        // Its basis in counts, not the list of every interview, which the survey report gives: the popover stays on screen.
        surveyLine.setOnMouseClicked(e -> Explanation.show(surveyLine, Messages.get("dashboard.surveyTitle", survey.get().questionnaire().label()),
                Messages.get("dashboard.surveyBasis", city.interviews().size(), city.valid().size(), city.excluded().size(),
                        city.flaggedForReview().size(), survey.get().minimumDuration().toMinutes()),
                city.indices().values().stream().map(SurveyIndex::formula).toList()));
    }

    /**
     * The 综合得分 of the three parts, less the negative list, under the field score's headline; marked incomplete when a
     * part has no figure, with the 未成年人思想道德建设 gate's verdict when its score is known. A click shows each part's working.
     */
    private void showComposite(Optional<CompositeScore> shown) {
        compositeLine.setVisible(shown.isPresent());
        compositeLine.setManaged(shown.isPresent());
        if (shown.isEmpty()) {
            compositeLine.setText("");
            compositeLine.setOnMouseClicked(null);
            return;
        }
        CompositeScore composite = shown.get();
        String missing = composite.parts().stream().filter(p -> p.rate().isEmpty()).map(p -> partName(p.name())).collect(Collectors.joining(", "));
        CompositeScore.Gate gate = composite.gate();
        compositeLine.setText(Messages.get("dashboard.composite", display(composite.total()), display(composite.part(CompositeScore.MATERIALS).points()),
                display(composite.part(CompositeScore.FIELD).points()), display(composite.part(CompositeScore.SURVEY).points()),
                plain(composite.deductions()), composite.weights().label())
                + (missing.isEmpty() ? "" : "　" + Messages.get("dashboard.compositeIncomplete", missing))
                + (gate.assessed() ? "　" + Messages.get(gate.passes() ? "dashboard.compositeGate.passes" : "dashboard.compositeGate.fails",
                        display(gate.score().orElseThrow()), plain(gate.threshold())) : ""));
        List<String> lines = new ArrayList<>(composite.parts().stream().map(CompositeScore.Part::explanation).toList());
        lines.addAll(composite.deductionLines());
        lines.add(gate.explanation());
        compositeLine.setOnMouseClicked(e -> Explanation.show(compositeLine, Messages.get("dashboard.compositeTitle"), composite.formula(), lines));
    }

    private static String display(BigDecimal value) {
        return Rounding.forDisplay(value).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String partName(String part) {
        return Messages.get(switch (part) {
            case CompositeScore.MATERIALS -> "dashboard.part.materials";
            case CompositeScore.FIELD -> "dashboard.part.field";
            default -> "dashboard.part.survey";
        });
    }

    @FXML
    private void importTask() {
        importTask.run();
    }

    private Node teamRow(Dashboard.TeamProgress team) {
        String name = team.team().isEmpty() ? Messages.get("dashboard.unassigned") : team.team();
        Label label = new Label(name);
        label.setMinWidth(70);
        ProgressBar bar = new ProgressBar(team.total() == 0 ? 0 : (double) team.done() / team.total());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label count = new Label(Messages.get("dashboard.teamCount", team.done(), team.total(), team.started()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, bar, count);
        row.setId("team-" + name);
        row.setOnMouseClicked(e -> Explanation.show(row, name, Messages.get("dashboard.teamFormula", team.done(), team.total(),
                team.started()), team.notDone()));
        return row;
    }

    /** Clicking the bar or point (once the chart has drawn it) opens the explanation; hovering shows its value. */
    private static <X, Y> void explainOnClick(XYChart.Data<X, Y> data, Aggregate aggregate, String tip) {
        data.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
                node.setOnMouseClicked(e -> Explanation.show(node, aggregate));
            }
        });
    }

    private static String shortName(Round round) {
        return round.start().getMonthValue() + "/" + round.start().getDayOfMonth();
    }

    private static BigDecimal percent(BigDecimal rate) {
        return Rounding.percent(rate);
    }
}
