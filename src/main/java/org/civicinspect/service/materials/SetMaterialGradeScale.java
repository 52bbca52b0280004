package org.civicinspect.service.materials;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The review keys 1 to 9 give the grades. */
    public static final int MAX_GRADES = 9;
    /** Labels are short: they fill a column of the review screen and of the reports. */
    public static final int MAX_LABEL = 10;

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

    static MaterialGradeScale parse(List<String> entries) {
        List<String> typed = (entries == null ? List.<String>of() : entries).stream()
                .flatMap(e -> Arrays.stream((e == null ? "" : e).split("[\\s,，、;；]+"))).filter(e -> !e.isEmpty()).toList();
        if (typed.isEmpty()) {
            throw new RequestRefused("materials.grades.empty");
        }
        if (typed.size() > MAX_GRADES) {
            throw new RequestRefused("materials.grades.tooMany", MAX_GRADES, typed.size());
        }
        List<MaterialGrade> grades = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : typed) {
            int equals = entry.replace('＝', '=').indexOf('=');
            String label = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (label.isEmpty()) {
                throw new RequestRefused("materials.grades.badEntry", entry);
            }
            if (MaterialGrade.namesReturned(label)) {
                throw new RequestRefused("materials.grades.returnedReserved", label);
            }
            if (label.length() > MAX_LABEL) {
                throw new RequestRefused("materials.grades.labelTooLong", label, MAX_LABEL);
            }
            if (!seen.add(label)) {
                throw new RequestRefused("materials.grades.duplicate", label);
            }
            grades.add(new MaterialGrade(label, coefficient(label, entry.substring(equals + 1).strip())));
        }
        return new MaterialGradeScale(grades);
    }

    private static BigDecimal coefficient(String label, String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw new RequestRefused("materials.grades.badCoefficient", label, text);
    }
}
