package org.civicinspect.service.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyStandardScore;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.store.Workspace;

/**
 * The 任务分解 of a round's indicator set with each standard's progress in that round, for the whole breakdown or for
 * one unit (the standards it leads or supports). The field 达标率 is the round's own per-standard figure
 * ({@link ScoreRound}), under the scope asked for; a material standard shows its review grade in the round, and a
 * standard of method 问卷调查 its city score rate in the round's survey (as {@code score composite} takes it).
 */
public final class ShowTaskProgress {

    /**
     * One standard: its assignment and text, and its field figure in the round, empty when the round scored it at no
     * site. {@code material} says whether it is a material standard, {@code review} its review in the round when it has
     * one; {@code survey} is its score in the round's survey for the city, present only for a standard of method 问卷调查
     * in a round with a survey.
     */
    public record StandardProgress(TaskAssignment task, String standardText, Optional<Aggregate> field, boolean material,
                                   Optional<MaterialReview> review, Optional<SurveyStandardScore> survey) {

        /** The grade with the coefficient it counted with ({@code 部分（0.5）}, 退回) or 未审核 for a material standard, else "—". */
        public String materialsText() {
            return !material ? NONE : review.map(r -> r.grade().withCoefficient()).orElse(UNGRADED);
        }

        /** The survey score rate in percent ({@code 60.00%}), else "—" (not a survey standard, no survey, or no question answered). */
        public String surveyText() {
            return survey.filter(SurveyStandardScore::rated).map(s -> Rounding.percent(s.rate().value()).toPlainString() + "%").orElse(NONE);
        }
    }

    static final String NONE = "—";
    static final String UNGRADED = "未审核";

    /** The round's scores and scope, its version's material grade scale, and its breakdown in the order it was imported. */
    public record Progress(ScoreRound.Scored scored, MaterialGradeScale scale, List<StandardProgress> standards) {
        public Progress {
            standards = List.copyOf(standards);
        }
    }

    private final Workspace workspace;
    private final ScoreRound scoreRound;
    private final Checklists checklists;

    private final ScoreSurvey scoreSurvey;

    public ShowTaskProgress(Workspace workspace, ScoreRound scoreRound, Checklists checklists, ScoreSurvey scoreSurvey) {
        this.workspace = workspace;
        this.scoreRound = scoreRound;
        this.checklists = checklists;
        this.scoreSurvey = scoreSurvey;
    }

    public Progress run(String roundReference, ReportScope.Counted counted) {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        String setId = scored.round().indicatorSetId();
        List<TaskAssignment> tasks = workspace.read(tx -> tx.taskAssignments().of(setId));
        Map<String, Standard> standards = new HashMap<>();
        checklists.tree(setId).standards().forEach(s -> standards.putIfAbsent(s.code(), s));
        Map<String, Aggregate> byStandard = scored.scores().byStandard();
        String roundId = scored.round().id();
        Map<String, MaterialReview> reviews = workspace.read(tx -> tx.materialReviews().ofRound(roundId)).stream()
                .collect(Collectors.toMap(MaterialReview::standardCode, Function.identity(), (a, b) -> b));
        Map<String, SurveyStandardScore> survey = scoreSurvey.ifInterviewed(roundId, ScoreSurvey.DEFAULT_MINIMUM_DURATION)
                .map(s -> s.scores().city().standards()).orElse(Map.of());
        MaterialGradeScale scale = workspace.read(tx -> tx.materialReviews().scaleOf(setId)).orElse(MaterialGradeScale.DEFAULT);
        return new Progress(scored, scale, tasks.stream().map(t -> {
            Optional<Standard> standard = Optional.ofNullable(standards.get(t.standardCode()));
            boolean material = standard.map(Standard::material).orElse(false);
            return new StandardProgress(t, standard.map(Standard::text).orElse(""), Optional.ofNullable(byStandard.get(t.standardCode())), material,
                    material ? Optional.ofNullable(reviews.get(t.standardCode())) : Optional.empty(),
                    Optional.ofNullable(survey.get(t.standardCode())));
        }).toList());
    }

    /** The standards the unit leads or supports, in the breakdown's order. */
    public Progress ofUnit(String unit, String roundReference, ReportScope.Counted counted) {
        Progress all = run(roundReference, counted);
        return new Progress(all.scored(), all.scale(), all.standards().stream().filter(s -> s.task().involves(unit)).toList());
    }
}
