package org.civicinspect.service.materials;

import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.Round;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/** The material grade scale of the indicator-set version a round pins: its own, or the default when it has none. */
public final class ShowMaterialGradeScale {

    /** {@code version}: the indicator-set version the round pins ({@code 测评体系 v2}); {@code own}: whether it has a scale of its own. */
    public record Shown(Round round, String version, MaterialGradeScale scale, boolean own) {
    }

    private final Workspace workspace;

    public ShowMaterialGradeScale(Workspace workspace) {
        this.workspace = workspace;
    }

    public Shown run(String roundReference) {
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            String version = tx.indicatorSets().find(round.indicatorSetId()).map(IndicatorSet::label).orElse(round.indicatorSetId());
            return tx.materialReviews().scaleOf(round.indicatorSetId()).map(s -> new Shown(round, version, s, true))
                    .orElseGet(() -> new Shown(round, version, MaterialGradeScale.DEFAULT, false));
        });
    }
}
