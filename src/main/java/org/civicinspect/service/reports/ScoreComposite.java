package org.civicinspect.service.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicinspect.model.CompositeWeights;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.CycleProjection;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.materials.UnitOfWorkspace;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.store.Workspace;

/**
 * 综合得分 of a round: its material reviews, its field 得分率 under the report scope and its survey's city figures,
 * weighted by the weights given, else those set for its indicator-set version ({@link SetCompositeWeights}), else
 * 40/40/20; less the round's negative list. Beside it the 未成年人思想道德建设 gate: a score entered for it, else the
 * 得分率 × 100 of the set's 测评项目 of that name when it has one; and, across an evaluation cycle, a projection from the
 * years' 综合得分 with yearly weights. A unit's workspace holds only the unit's own standards, so it has no city figure to
 * give: there it is refused (the bulletin and the lookback, which show it, with it).
 */
public final class ScoreComposite {

    /** What to score. {@code weights} (materials, field, survey) and {@code minorsScore} are optional. */
    public record Request(String round, ReportScope.Counted counted, List<BigDecimal> weights, BigDecimal gateThreshold, BigDecimal minorsScore,
                          List<String> cycleRounds, List<BigDecimal> cycleWeights) {
        public Request {
            weights = weights == null ? List.of() : List.copyOf(weights);
            cycleRounds = cycleRounds == null ? List.of() : List.copyOf(cycleRounds);
            cycleWeights = cycleWeights == null ? List.of() : List.copyOf(cycleWeights);
        }

        public static Request of(String round) {
            return new Request(round, ReportScope.Counted.APPROVED, List.of(), null, null, List.of(), List.of());
        }
    }

    /** Where the weights came from: the command, the indicator-set version ({@link SetCompositeWeights}), or the defaults. */
    public enum WeightsSource {
        GIVEN, SET, DEFAULT
    }

    /** The score with the round, the scope of its field part, where its weights came from, and the cycle's projection if asked. */
    public record Result(Round round, ReportScope scope, CompositeScore score, WeightsSource weightsSource, Optional<CycleProjection> cycle,
                         List<Round> cycleRounds) {
    }

    private final Workspace workspace;
    private final Checklists checklists;
    private final ScoreRound scoreRound;
    private final ScoreSurvey scoreSurvey;

    public ScoreComposite(Workspace workspace, Checklists checklists, ScoreRound scoreRound, ScoreSurvey scoreSurvey) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.scoreRound = scoreRound;
        this.scoreSurvey = scoreSurvey;
    }

    public Result run(Request request) {
        refuseOnAUnitsWorkspace();
        Optional<CompositeWeights> given = request.weights().isEmpty() ? Optional.empty() : Optional.of(given(request.weights()));
        if (request.gateThreshold() != null && (request.gateThreshold().signum() < 0 || request.gateThreshold().compareTo(CompositeWeights.HUNDRED) > 0)) {
            throw new RequestRefused("composite.badThreshold", request.gateThreshold().toPlainString());
        }
        if (request.minorsScore() != null && (request.minorsScore().signum() < 0 || request.minorsScore().compareTo(CompositeWeights.HUNDRED) > 0)) {
            throw new RequestRefused("composite.badMinorsScore", request.minorsScore().toPlainString());
        }
        List<BigDecimal> cycleWeights = request.cycleWeights();
        if (!cycleWeights.isEmpty() && (cycleWeights.stream().anyMatch(w -> w.signum() < 0)
                || cycleWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(CompositeWeights.HUNDRED) != 0)) {
            throw new RequestRefused("composite.cycleWeightsNot100", join(cycleWeights));
        }
        Scored main = score(request.round(), request.counted(), given, request.gateThreshold(), request.minorsScore());
        if (cycleWeights.isEmpty()) {
            return new Result(main.round(), main.scope(), main.score(), main.weightsSource(), Optional.empty(), List.of());
        }
        List<Scored> years = new ArrayList<>();
        for (String reference : request.cycleRounds()) {
            years.add(reference.strip().equals(main.round().id()) ? main : score(reference, request.counted(), given, request.gateThreshold(), null));
        }
        if (years.stream().noneMatch(y -> y.round().id().equals(main.round().id()))) {
            years.add(main);
        }
        if (years.size() > cycleWeights.size()) {
            throw new RequestRefused("composite.tooManyYears", years.size(), cycleWeights.size());
        }
        List<CycleProjection.Year> cycle = new ArrayList<>();
        for (int i = 0; i < cycleWeights.size(); i++) {
            cycle.add(i < years.size()
                    ? new CycleProjection.Year(years.get(i).round().name(), cycleWeights.get(i), Optional.of(years.get(i).score().total()))
                    : new CycleProjection.Year("第" + (i + 1) + "年", cycleWeights.get(i), Optional.empty()));
        }
        return new Result(main.round(), main.scope(), main.score(), main.weightsSource(), Optional.of(new CycleProjection(cycle)),
                years.stream().map(Scored::round).toList());
    }

    private void refuseOnAUnitsWorkspace() {
        Optional<UnitOfWorkspace> unit = workspace.read(UnitOfWorkspace::of);
        if (unit.isPresent()) {
            throw new RequestRefused("composite.unitsWorkspace", unit.get().name());
        }
    }

    private record Scored(Round round, ReportScope scope, CompositeScore score, WeightsSource weightsSource) {
    }

    private Scored score(String reference, ReportScope.Counted counted, Optional<CompositeWeights> given, BigDecimal threshold, BigDecimal minorsScore) {
        ScoreRound.Scored field = scoreRound.run(reference, counted);
        return compose(field, scoreSurvey.ifInterviewed(field.round().id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION), given, threshold, minorsScore);
    }

    /**
     * The composite of a round whose field scores and survey the caller has worked out already (the home screen and
     * the bulletin show them too), with the set's weights: the same figure as {@link #run} gives for the round.
     */
    public CompositeScore of(ScoreRound.Scored field, Optional<ScoreSurvey.Result> survey) {
        refuseOnAUnitsWorkspace();
        return compose(field, survey, Optional.empty(), null, null).score();
    }

    private Scored compose(ScoreRound.Scored field, Optional<ScoreSurvey.Result> survey, Optional<CompositeWeights> given, BigDecimal threshold,
                           BigDecimal minorsScore) {
        Round round = field.round();
        IndicatorTree tree = checklists.tree(round.indicatorSetId());
        Optional<CompositeWeights> ofSet = workspace.read(tx -> tx.materialReviews().weightsOf(round.indicatorSetId()));
        CompositeWeights weights = given.map(w -> w.withGateThreshold(ofSet.orElse(CompositeWeights.DEFAULT).gateThreshold()))
                .or(() -> ofSet).orElse(CompositeWeights.DEFAULT);
        WeightsSource source = given.isPresent() ? WeightsSource.GIVEN : ofSet.isPresent() ? WeightsSource.SET : WeightsSource.DEFAULT;
        if (threshold != null) {
            weights = weights.withGateThreshold(threshold);
        }
        MaterialGradeScale scale = workspace.read(tx -> tx.materialReviews().scaleOf(round.indicatorSetId())).orElse(MaterialGradeScale.DEFAULT);
        Map<String, MaterialGrade> grades = workspace.read(tx -> tx.materialReviews().ofRound(round.id())).stream()
                .collect(Collectors.toMap(MaterialReview::standardCode, MaterialReview::grade));
        List<Standard> materialStandards = tree.standards().filter(Standard::material).toList();
        String surveySource = survey.map(s -> "问卷 " + s.questionnaire().label() + "，短于 " + s.minimumDuration().toMinutes()
                + " 分钟的访问需复核仍计入，不加权").orElse("本轮未固定问卷或尚无访问");
        List<CompositeScore.Part> parts = List.of(
                CompositeScore.materials(materialStandards, scale, grades, weights.materials()),
                CompositeScore.field(field.scores().city(), scopeText(field.scope()), weights.field()),
                CompositeScore.survey(survey.map(s -> s.scores().city()), surveySource, weights.survey()));
        CompositeScore score = new CompositeScore(parts, workspace.read(tx -> tx.negativeEvents().ofRound(round.id())), weights,
                CompositeScore.gate(tree, field.scores(), minorsScore, weights.gateThreshold()));
        return new Scored(round, field.scope(), score, source);
    }

    /** Three weights adding up to 100, or a refusal in one sentence. */
    private static CompositeWeights given(List<BigDecimal> weights) {
        if (weights.size() != 3) {
            throw new RequestRefused("composite.weightsCount", join(weights));
        }
        CompositeWeights parts = CompositeWeights.DEFAULT.withParts(weights.get(0), weights.get(1), weights.get(2));
        if (!parts.sumsToHundred()) {
            throw new RequestRefused("composite.weightsNot100", join(weights));
        }
        return parts;
    }

    private static String scopeText(ReportScope scope) {
        return scope.counted() == ReportScope.Counted.APPROVED
                ? "计入已审核通过点位 " + scope.count(InspectionStatus.APPROVED) + " 个，未计入待审核 " + scope.count(InspectionStatus.COMPLETED) + " 个"
                : "计入已审核通过点位 " + scope.count(InspectionStatus.APPROVED) + " 个及待审核点位 " + scope.count(InspectionStatus.COMPLETED) + " 个";
    }

    private static String join(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }
}
