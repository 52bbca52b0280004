package org.civicinspect.service.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.civicinspect.model.CompositeWeights;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Sets the 综合得分 weights (materials, field, survey, adding up to 100) and the 未成年人思想道德建设 threshold of the
 * indicator-set version a round is pinned to: versions of the evaluation system weigh the parts differently, and every
 * round on that version then uses them.
 */
public final class SetCompositeWeights {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SetCompositeWeights(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** The weights now set, and the version they were set for. */
    public record Set(IndicatorSet indicatorSet, CompositeWeights weights) {
    }

    public Set run(String roundReference, List<BigDecimal> weights, BigDecimal gateThreshold) {
        if (weights.size() != 3) {
            throw new RequestRefused("composite.weightsCount", join(weights));
        }
        BigDecimal threshold = gateThreshold == null ? CompositeWeights.DEFAULT.gateThreshold() : gateThreshold;
        if (threshold.signum() < 0 || threshold.compareTo(CompositeWeights.HUNDRED) > 0) {
            throw new RequestRefused("composite.badThreshold", threshold.toPlainString());
        }
        CompositeWeights set = new CompositeWeights(weights.get(0), weights.get(1), weights.get(2), threshold);
        if (!set.sumsToHundred()) {
            throw new RequestRefused("composite.weightsNot100", join(weights));
        }
        return workspace.write(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            IndicatorSet indicatorSet = tx.indicatorSets().find(round.indicatorSetId()).orElseThrow();
            tx.materialReviews().setWeights(indicatorSet.id(), set, Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.MATERIAL_REVIEW, "indicator-set:" + indicatorSet.id(),
                    "composite weights " + set.label() + " gate " + set.gateThreshold().toPlainString());
            return new Set(indicatorSet, set);
        });
    }

    private static String join(List<BigDecimal> values) {
        return String.join(",", values.stream().map(BigDecimal::toPlainString).toList());
    }
}
