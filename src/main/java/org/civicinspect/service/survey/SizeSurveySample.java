package org.civicinspect.service.survey;

import java.math.BigDecimal;
import java.util.List;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.SampleSize;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Workspace;

/**
 * How many valid interviews each reporting unit (a district) needs for its rates to be known within a margin: n =
 * z²p(1−p)/e², 385 at 95% and ±5%; and, for a round with a survey plan, each district's planned target against it.
 */
public final class SizeSurveySample {

    /** A district of the plan: its planned target and how many it falls short of the sample size (0 when enough). */
    public record District(String district, int planned, int shortBy) {
    }

    /**
     * The sample size per reporting unit; with a round, its plan's districts (empty when it has no plan) and the
     * city's planned total.
     */
    public record Result(int confidencePercent, SampleSize size, Round round, List<District> districts, int cityPlanned) {
        public Result {
            districts = List.copyOf(districts);
        }

        /** What the districts of the plan need together: each the sample size. */
        public int cityNeeded() {
            return districts.size() * size.interviews();
        }
    }

    private final ShowSurveyPlan showSurveyPlan;

    public SizeSurveySample(Workspace workspace) {
        this.showSurveyPlan = new ShowSurveyPlan(workspace);
    }

    /**
     * @param confidencePercent 90, 95 or 99; any other is refused, naming the ones known
     * @param margin            the margin of error as a share (0.05 for ±5%)
     * @param p                 the expected rate, 0.5 when unknown
     * @param roundReference    a round whose plan to check, or null
     */
    public Result run(int confidencePercent, BigDecimal margin, BigDecimal p, String roundReference) {
        BigDecimal z = SampleSize.zFor(confidencePercent).orElseThrow(() -> new RequestRefused("survey.badConfidence",
                String.valueOf(confidencePercent), String.join("、", SampleSize.confidenceLevels().stream().map(String::valueOf).toList())));
        SampleSize size = new SampleSize(z, p, margin);
        if (roundReference == null) {
            return new Result(confidencePercent, size, null, List.of(), 0);
        }
        SurveyPlanProgress progress = showSurveyPlan.run(roundReference);
        List<District> districts = progress.districts().stream().filter(SurveyPlanProgress.Tally::planned)
                .map(d -> new District(d.district(), d.target(), Math.max(0, size.interviews() - d.target()))).toList();
        return new Result(confidencePercent, size, progress.round(), districts, progress.plan().target());
    }
}
