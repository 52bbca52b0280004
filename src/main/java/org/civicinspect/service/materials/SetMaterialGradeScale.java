package org.civicinspect.service.materials;

import java.time.Clock;
import java.util.List;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Sets the material grade scale of the indicator-set version a round pins (for every round on that version), typed best
 * first as {@code A=1 B=0.8 C=0.6 D=0}. A review already made keeps the coefficient it counted with, so a scale may give
 * a label another coefficient; it may not drop a label a review of the version uses, since that review could then not
 * be given again the same way.
 */
public final class SetMaterialGradeScale {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SetMaterialGradeScale(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** The round's version's scale from now on; {@code entries} are {@code label=coefficient}, one or more to an entry. */
    public MaterialGradeScale run(String roundReference, List<String> entries) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        MaterialGradeScale scale = parse(entries);
        if (workspace.read(UnitOfWorkspace::of).isPresent()) {
            throw new RequestRefused("materials.reviewedAtOffice");
        }
        workspace.write(tx -> {
            for (MaterialReview review : tx.materialReviews().ofSet(round.indicatorSetId())) {
                if (!review.grade().returned() && !scale.labels().contains(review.grade().label())) {
                    String roundName = tx.rounds().findByReference(review.roundId()).map(Round::name).orElse(review.roundId());
                    throw new RequestRefused("materials.grades.inUse", review.standardCode(), roundName, review.grade().label());
                }
            }
            tx.materialReviews().setScale(round.indicatorSetId(), scale);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.MATERIAL_REVIEW, "indicator-set:" + round.indicatorSetId(),
                    "material grades " + scale.text());
            return null;
        });
        return scale;
    }

    private static MaterialGradeScale parse(List<String> entries) {
        MaterialGradeScale.Parsed parsed = MaterialGradeScale.parse(entries);
        if (!parsed.ok()) {
            throw new RequestRefused(parsed.problem(), parsed.args().toArray());
        }
        return parsed.scale();
    }
}
