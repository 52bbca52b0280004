package org.civicinspect.service.materials;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialGrade;
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

    /** How many of the reviews using a dropped label the refusal names. */
    private static final int NAMED = 3;

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
            Map<String, List<MaterialReview>> dropped = tx.materialReviews().ofSet(round.indicatorSetId()).stream()
                    .filter(r -> !r.grade().returned() && scale.find(r.grade().label()).isEmpty())
                    .collect(Collectors.groupingBy(r -> r.grade().label(), LinkedHashMap::new, Collectors.toList()));
            if (!dropped.isEmpty()) {
                MaterialGradeScale now = tx.materialReviews().scaleOf(round.indicatorSetId()).orElse(MaterialGradeScale.DEFAULT);
                Map<String, Round> rounds = new HashMap<>();
                for (MaterialReview r : dropped.values().stream().flatMap(List::stream).toList()) {
                    rounds.put(r.roundId(), tx.rounds().findByReference(r.roundId()).orElseThrow());
                }
                throw refusal(dropped, now, scale, rounds);
            }
            tx.materialReviews().setScale(round.indicatorSetId(), scale);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.MATERIAL_REVIEW, "indicator-set:" + round.indicatorSetId(),
                    "material grades " + scale.text());
            return null;
        });
        return scale;
    }

    /**
     * Names each dropped label with how many reviews use it and the first few of them, and the scale that keeps them: the
     * new one with each dropped label put in at the coefficient it has now (or its latest review's).
     */
    private static RequestRefused refusal(Map<String, List<MaterialReview>> dropped, MaterialGradeScale now, MaterialGradeScale wanted,
                                          Map<String, Round> rounds) {
        List<Messages.Text> labels = new ArrayList<>();
        List<MaterialGrade> kept = new ArrayList<>();
        dropped.forEach((label, reviews) -> {
            List<Messages.Text> where = reviews.stream().sorted(Comparator.comparing(MaterialReview::standardCode)
                    .thenComparing(r -> rounds.get(r.roundId()).start())).limit(NAMED)
                    .map(r -> new Messages.Text("materials.grades.inUse.where", r.standardCode(), rounds.get(r.roundId()).name())).toList();
            labels.add(new Messages.Text("materials.grades.inUse.label", label, reviews.size(), where, reviews.size() > NAMED ? 1 : 0));
            MaterialReview latest = reviews.stream().max(Comparator.comparing(MaterialReview::reviewedAt)).orElseThrow();
            kept.add(now.find(label).orElse(latest.grade()));
        });
        return new RequestRefused("materials.grades.inUse", labels, wanted.with(kept).text());
    }

    private static MaterialGradeScale parse(List<String> entries) {
        MaterialGradeScale.Parsed parsed = MaterialGradeScale.parse(entries);
        if (!parsed.ok()) {
            throw new RequestRefused(parsed.problem(), parsed.args().toArray());
        }
        return parsed.scale();
    }
}
