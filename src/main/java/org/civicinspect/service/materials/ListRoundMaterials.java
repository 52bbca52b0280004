package org.civicinspect.service.materials;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/**
 * A round's material standards (method 材料审核 or 网上申报) in the order of its indicator set, each with its review if it
 * has one; in a unit's workspace only the unit's own.
 */
public final class ListRoundMaterials {

    /** A material standard and its review; empty while it is not graded. */
    public record Line(Standard standard, Optional<MaterialReview> review) {
    }

    /** The round, its material standards and the grade scale they are reviewed on. */
    public record Listed(Round round, List<Line> lines, MaterialGradeScale scale) {
    }

    private final Workspace workspace;
    private final Checklists checklists;

    public ListRoundMaterials(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public Listed run(String roundReference) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        Map<String, MaterialReview> reviews = workspace.read(tx -> tx.materialReviews().ofRound(round.id())).stream()
                .collect(Collectors.toMap(MaterialReview::standardCode, Function.identity()));
        // A unit's workspace holds the breakdown of its own standards only, and lists only those.
        Optional<List<String>> units = workspace.read(tx -> UnitOfWorkspace.of(tx).isEmpty() ? Optional.<List<String>>empty()
                : Optional.of(tx.taskAssignments().of(round.indicatorSetId()).stream().map(TaskAssignment::standardCode).toList()));
        List<Line> lines = checklists.tree(round.indicatorSetId()).standards().filter(Standard::material)
                .filter(s -> units.map(codes -> codes.contains(s.code())).orElse(true))
                .map(s -> new Line(s, Optional.ofNullable(reviews.get(s.code())))).toList();
        MaterialGradeScale scale = workspace.read(tx -> tx.materialReviews().scaleOf(round.indicatorSetId())).orElse(MaterialGradeScale.DEFAULT);
        return new Listed(round, lines, scale);
    }
}
