package org.civicinspect.exchange;

import java.time.LocalDate;
import java.util.List;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.UnitProblem;

/**
 * {@code content.json} of a unit task package (单位任务包): the round and the indicator-set version it pins, the unit, the
 * material standards 任务分解 gives it (as 牵头 or 配合 单位) with the types each requires, the round's evidence window,
 * and the office's reviews of those standards so far, each with its grade's label and coefficient (a 退回 among them
 * with the reviewer's comment says what to file again), and the version's grade scale (empty: the default one). The office's public key is the manifest's sender. Each kind of work the office sends a unit is a section of
 * its own, which a package made before it lacks and is read as empty: the unit's open problems (派单 by package) are
 * one batch ({@code problemBatch}), each problem as sent with the SHA-256 of its photos before the fix, whose bytes
 * travel as {@code photos/SHA256}. {@code forKey} is the fingerprint of the unit's key the package was issued for (null
 * in a package made before it was carried): another computer refuses it.
 */
public record UnitTaskContent(Round round, IndicatorSet indicatorSet, IndicatorTree tree, ResponsibleUnit unit, List<UnitStandard> standards,
                              EvidenceWindow window, List<MaterialReview> reviews, String problemBatch,
                              List<UnitProblem> problems, List<MaterialGrade> gradeScale, String forKey) {

    public UnitTaskContent {
        problems = problems == null ? List.of() : List.copyOf(problems);
        standards = standards == null ? List.of() : List.copyOf(standards);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        gradeScale = gradeScale == null ? List.of() : List.copyOf(gradeScale);
    }

    /** A standard the unit leads ({@code leads}) or supports, who leads it, when it is due, notes, and the material types it requires. */
    public record UnitStandard(String code, boolean leads, String lead, List<String> supporting, LocalDate due, String notes,
                               List<String> requiredTypes) {
        public UnitStandard {
            supporting = supporting == null ? List.of() : List.copyOf(supporting);
            requiredTypes = requiredTypes == null ? List.of() : List.copyOf(requiredTypes);
            notes = notes == null ? "" : notes;
        }
    }
}
