package org.civicinspect.service.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicinspect.excel.LookbackWriter;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Question;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.QuestionRate;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyStandardScore;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.store.Workspace;

/**
 * {@code report lookback} (回头望): every standard below full marks in the three parts of the 综合得分 (a material
 * graded below a coefficient of 1, e.g. 部分 or 缺失, a field standard that lost points, a survey standard below its points), ordered by the
 * 综合得分 points it loses: its lost points ÷ its part's Σ points × the part's weight, so the parts compare. Each says
 * what is missing; a standard that survey questions name shows their rates. Its 牵头单位 and 配合单位 are those the task
 * breakdown (任务分解) of the round's indicator set gives it, empty where the breakdown does not name it.
 */
public final class ExportLookback {

    /** The lines written, in order, and the composite they come from. */
    public record Written(List<LookbackWriter.Line> lines, ScoreComposite.Result composite) {
    }

    private static final int SITES_NAMED = 5;

    private final Workspace workspace;
    private final ScoreComposite scoreComposite;
    private final ScoreRound scoreRound;
    private final ScoreSurvey scoreSurvey;
    private final ListRoundMaterials listRoundMaterials;
    private final SignedIn signedIn;

    public ExportLookback(Workspace workspace, ScoreComposite scoreComposite, ScoreRound scoreRound, ScoreSurvey scoreSurvey,
                          ListRoundMaterials listRoundMaterials, SignedIn signedIn) {
        this.workspace = workspace;
        this.scoreComposite = scoreComposite;
        this.scoreRound = scoreRound;
        this.scoreSurvey = scoreSurvey;
        this.listRoundMaterials = listRoundMaterials;
        this.signedIn = signedIn;
    }

    public Written run(String roundReference, ReportScope.Counted counted, Path out) throws IOException {
        ScoreComposite.Request request = new ScoreComposite.Request(roundReference, counted, List.of(), null, null, List.of(), List.of());
        ScoreComposite.Result composite = scoreComposite.run(request);
        CompositeScore.Part materialsPart = composite.score().part(CompositeScore.MATERIALS);
        CompositeScore.Part fieldPart = composite.score().part(CompositeScore.FIELD);
        CompositeScore.Part surveyPart = composite.score().part(CompositeScore.SURVEY);
        Optional<SurveyGroup> survey = scoreSurvey.ifInterviewed(composite.round().id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION)
                .map(s -> s.scores().city());
        Map<String, List<Question>> questionsOf = survey.map(ExportLookback::questionsByStandard).orElse(Map.of());
        Map<String, TaskAssignment> tasks = workspace.read(tx -> tx.taskAssignments().of(composite.round().indicatorSetId())).stream()
                .collect(Collectors.toMap(TaskAssignment::standardCode, Function.identity(), (a, b) -> a));
        List<LookbackWriter.Line> lines = new ArrayList<>();

        List<ListRoundMaterials.Line> materials = listRoundMaterials.run(composite.round().id()).lines();
        BigDecimal graded = materials.stream().filter(l -> l.review().isPresent()).map(l -> l.standard().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (ListRoundMaterials.Line line : materials) {
            if (line.review().isEmpty() || line.review().get().grade().coefficient().compareTo(BigDecimal.ONE) == 0) {
                continue;
            }
            MaterialReview review = line.review().get();
            Standard standard = line.standard();
            BigDecimal earned = standard.points().multiply(review.grade().coefficient());
            BigDecimal lost = standard.points().subtract(earned);
            lines.add(new LookbackWriter.Line(CompositeScore.MATERIALS, standard.code(), standard.text(), standard.points(), earned, lost,
                    share(lost, graded, materialsPart.weight()), review.grade().withCoefficient(), rates(questionsOf, survey, standard.code()),
                    "材料" + review.grade().label() + (review.comment().isEmpty() ? "" : "：" + review.comment()), lead(tasks, standard.code()),
                    supporting(tasks, standard.code())));
        }

        RoundScores field = scoreRound.only(composite.round().id(), counted);
        Aggregate city = field.city();
        Map<String, Aggregate> byStandard = field.byStandard();
        Map<String, String> texts = textsOfRound(composite);
        for (Aggregate standard : byStandard.values()) {
            BigDecimal lost = standard.possible().subtract(standard.earned());
            if (lost.signum() <= 0) {
                continue;
            }
            lines.add(new LookbackWriter.Line(CompositeScore.FIELD, standard.group(), texts.getOrDefault(standard.group(), ""), standard.possible(),
                    standard.earned(), lost, share(lost, city.possible(), fieldPart.weight()),
                    "达标率 " + Rounding.percent(standard.complianceRate()).toPlainString() + "% · 得分率 "
                            + Rounding.percent(standard.scoreRate()).toPlainString() + "%",
                    rates(questionsOf, survey, standard.group()), problems(standard), lead(tasks, standard.group()),
                    supporting(tasks, standard.group())));
        }

        if (survey.isPresent()) {
            BigDecimal rated = survey.get().standards().values().stream().filter(SurveyStandardScore::rated).map(s -> s.standard().points())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (SurveyStandardScore standard : survey.get().standards().values()) {
                BigDecimal lost = standard.standard().points().subtract(standard.earned());
                if (!standard.rated() || lost.signum() <= 0) {
                    continue;
                }
                lines.add(new LookbackWriter.Line(CompositeScore.SURVEY, standard.standard().code(), standard.standard().text(), standard.standard().points(),
                        standard.earned(), lost, share(lost, rated, surveyPart.weight()),
                        "得分率 " + Rounding.percent(standard.rate().value()).toPlainString() + "%", rates(questionsOf, survey, standard.standard().code()),
                        "正面回答不足：" + lowest(questionsOf.getOrDefault(standard.standard().code(), List.of()), survey.get()),
                        lead(tasks, standard.standard().code()), supporting(tasks, standard.standard().code())));
            }
        }
        lines.sort(Comparator.comparing(LookbackWriter.Line::compositeLost).reversed().thenComparing(LookbackWriter.Line::code));
        long ungraded = materials.stream().filter(l -> l.review().isEmpty()).count();
        String subtitle = composite.score().formula() + "　按折合综合得分失分排序：失分 ÷ 本部分满分合计 × 本部分权重"
                + (ungraded > 0 ? "；未审核的材料测评标准 " + ungraded + " 条未列入" : "")
                + (survey.isEmpty() ? "；本轮无问卷得分" : "");
        AtomicFile.write(out, stream -> new LookbackWriter().write(composite.round().name() + " 回头望", composite.scope(), subtitle, lines, stream));
        Audit.exported(workspace, signedIn.name(), "lookback round=" + composite.round().id(), out, lines.size());
        return new Written(List.copyOf(lines), composite);
    }

    private Map<String, String> textsOfRound(ScoreComposite.Result composite) {
        return workspace.read(tx -> tx.indicatorSets().loadTree(composite.round().indicatorSetId())).standards()
                .collect(Collectors.toMap(Standard::code, Standard::text, (a, b) -> a));
    }

    private static String lead(Map<String, TaskAssignment> tasks, String code) {
        TaskAssignment task = tasks.get(code);
        return task == null ? "" : task.lead();
    }

    private static String supporting(Map<String, TaskAssignment> tasks, String code) {
        TaskAssignment task = tasks.get(code);
        return task == null ? "" : String.join("、", task.supporting());
    }

    /** Lost points on the 综合得分 scale: lost ÷ the part's Σ points × its weight. */
    private static BigDecimal share(BigDecimal lost, BigDecimal partPoints, BigDecimal weight) {
        return partPoints.signum() == 0 ? BigDecimal.ZERO : lost.multiply(weight).divide(partPoints, MathContext.DECIMAL64);
    }

    private static Map<String, List<Question>> questionsByStandard(SurveyGroup city) {
        Map<String, List<Question>> byStandard = new java.util.TreeMap<>();
        for (QuestionRate rate : city.questions().values()) {
            for (String code : rate.question().standardCodes()) {
                byStandard.computeIfAbsent(code, c -> new ArrayList<>()).add(rate.question());
            }
        }
        return byStandard;
    }

    /** {@code Q3 66.67%；Q4 —}: the rates of the questions that name the standard, empty where none does. */
    private static String rates(Map<String, List<Question>> questionsOf, Optional<SurveyGroup> survey, String code) {
        List<Question> questions = questionsOf.getOrDefault(code, List.of());
        if (survey.isEmpty() || questions.isEmpty()) {
            return "";
        }
        return questions.stream().map(q -> {
            QuestionRate rate = survey.get().questions().get(q.code());
            return q.code() + " " + (rate.rated() ? Rounding.percent(rate.rate()).toPlainString() + "%" : "—");
        }).collect(Collectors.joining("；"));
    }

    private static String lowest(List<Question> questions, SurveyGroup survey) {
        return questions.stream().map(q -> survey.questions().get(q.code())).filter(QuestionRate::rated)
                .sorted(Comparator.comparing(QuestionRate::rate))
                .map(r -> r.question().code() + " " + r.question().text() + "（正面 " + r.positive() + " / " + r.answered() + "）")
                .collect(Collectors.joining("；"));
    }

    /** {@code 问题 3 处：人民路、西湖菜市场、… 等}: the sites where the standard failed. */
    private static String problems(Aggregate standard) {
        List<String> sites = standard.lines().stream().filter(Aggregate.Line::problem).map(Aggregate.Line::siteName).distinct().toList();
        String named = String.join("、", sites.subList(0, Math.min(SITES_NAMED, sites.size()))) + (sites.size() > SITES_NAMED ? " 等" : "");
        return "问题 " + standard.problems() + " 处" + (sites.isEmpty() ? "" : "：" + named) + "；未达标 " + (standard.scored() - standard.fullyMet())
                + " / " + standard.scored() + " 条";
    }
}
