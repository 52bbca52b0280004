package org.civicinspect.service.materials;

import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.Round;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/** The material grade scale of the indicator-set version a round pins: its own, or the default when it has none. */
public final class ShowMaterialGradeScale {

    /** {@code own}: whether the version has a scale of its own. */
    public record Shown(Round round, MaterialGradeScale scale, boolean own) {
    }

    private final Workspace workspace;

    public ShowMaterialGradeScale(Workspace workspace) {
        this.workspace = workspace;
    }

    public Shown run(String roundReference) {
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            return tx.materialReviews().scaleOf(round.indicatorSetId()).map(s -> new Shown(round, s, true))
                    .orElseGet(() -> new Shown(round, MaterialGradeScale.DEFAULT, false));
        });
    }
}
