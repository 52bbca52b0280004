package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Standard;

/**
 * A site's score from its checklist and answers: 得分 over the points of its applicable, answered standards
 * (得分率), the share of those fully met (达标率), problems, and how many standards are still unanswered.
 */
public record SiteScore(BigDecimal earned, BigDecimal possible, int scored, int fullyMet, int problems, int answered,
                        int applicable, int unanswered) {

    private static final MathContext RATE = MathContext.DECIMAL64;

    public static SiteScore of(List<Standard> checklist, Map<String, Answer> answersByCode, GradeCoefficients grades) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        int scored = 0;
        int fullyMet = 0;
        int problems = 0;
        int answered = 0;
        int notApplicable = 0;
        for (Standard standard : checklist) {
            Answer answer = answersByCode.get(standard.code());
            if (answer == null) {
                continue;
            }
            answered++;
            if (answer.kind() == AnswerKind.NOT_APPLICABLE) {
                notApplicable++;
                continue;
            }
            Optional<BigDecimal> points = FindingScore.earned(standard, answer, grades);
            earned = earned.add(points.orElseThrow());
            possible = possible.add(standard.points());
            scored++;
            if (FindingScore.fullyMet(standard, answer, grades)) {
                fullyMet++;
            }
            if (answer.failing()) {
                problems++;
            }
        }
        return new SiteScore(earned, possible, scored, fullyMet, problems, answered, checklist.size() - notApplicable,
                checklist.size() - answered);
    }

    /** Whether anything was scored: a site answered entirely 不适用 has no rate ("—", never 0.00%). */
    public boolean rated() {
        return scored > 0;
    }

    /** 得分率 in [0, 1]; zero when nothing scored yet, which must be shown as "—" (see {@link #rated()}). */
    public BigDecimal scoreRate() {
        return possible.signum() == 0 ? BigDecimal.ZERO : earned.divide(possible, RATE);
    }

    /** 达标率 in [0, 1]; zero when nothing scored yet. */
    public BigDecimal complianceRate() {
        return scored == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(fullyMet).divide(BigDecimal.valueOf(scored), RATE);
    }

    public boolean complete() {
        return unanswered == 0;
    }
}
