package org.civicinspect.service.materials;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * 材料审核: grades a material standard (method 材料审核 or 网上申报) of a round's indicator-set version with a grade of the
 * version's scale (完整, 部分 or 缺失 unless it has its own), with a comment, or returns it to the unit (退回, with a comment saying what to file again: the unit's next task
 * package carries it); a later review of the same standard replaces the earlier one, and the audit log keeps both.
 */
public final class RecordMaterialReview {

    private static final int MAX_COMMENT = 2000;

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;

    public RecordMaterialReview(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
        this.signedIn = signedIn;
    }

    public MaterialReview run(String roundReference, String standardCode, String gradeText, String comment) {
        return run(roundReference, standardCode, gradeText, comment, "");
    }

    /**
     * As above, with the reason for changing a settled grade of a done round (every inspection approved): there a
     * standard graded other than 退回 keeps its grade unless a reason is given, which the audit log keeps.
     */
    public MaterialReview run(String roundReference, String standardCode, String gradeText, String comment, String reason) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        String code = standardCode == null ? "" : standardCode.strip();
        Optional<Standard> standard = checklists.tree(round.indicatorSetId()).standards().filter(s -> s.code().equals(code)).findFirst();
        if (standard.isEmpty()) {
            throw new RequestRefused("materials.noSuchStandard", code, round.name());
        }
        if (!standard.get().material()) {
            throw new RequestRefused("materials.notMaterial", code, String.join("、", standard.get().methods()));
        }
        MaterialGradeScale scale = workspace.read(tx -> tx.materialReviews().scaleOf(round.indicatorSetId())).orElse(MaterialGradeScale.DEFAULT);
        MaterialGrade grade = scale.find(gradeText).orElseThrow(() -> new RequestRefused("materials.badGrade", String.valueOf(gradeText),
                scale.labels()));
        String note = comment == null ? "" : comment.strip();
        if (note.length() > MAX_COMMENT) {
            throw new RequestRefused("materials.commentTooLong", MAX_COMMENT);
        }
        if (grade.returned() && note.isEmpty()) {
            throw new RequestRefused("materials.returnNeedsComment", code);
        }
        if (workspace.read(UnitOfWorkspace::of).isPresent()) {
            throw new RequestRefused("materials.reviewedAtOffice");
        }
        String why = reason == null ? "" : reason.strip();
        MaterialReview review = new MaterialReview(round.id(), code, grade, note, signedIn.name(), Audit.now(clock));
        workspace.write(tx -> {
            boolean done = tx.rounds().find(round.id()).filter(r -> r.status() == RoundStatus.DONE).isPresent();
            Optional<MaterialReview> settled = (done ? tx.materialReviews().ofRound(round.id()) : List.<MaterialReview>of()).stream()
                    .filter(m -> m.standardCode().equals(code) && !m.grade().returned())
                    .filter(m -> !m.grade().label().equals(grade.label()) || m.grade().coefficient().compareTo(grade.coefficient()) != 0)
                    .findFirst();
            if (settled.isPresent() && why.isEmpty()) {
                throw new RequestRefused("materials.doneRoundNeedsReason", code, round.name(), settled.get().grade().label());
            }
            tx.materialReviews().save(review);
            tx.audit().append(review.reviewedAt(), signedIn.name(), AuditLog.Action.MATERIAL_REVIEW, Audit.round(round.id()),
                    "standard=" + code + " grade=" + grade.label() + " coefficient=" + grade.coefficientText()
                    + " comment=" + note + (why.isEmpty() ? "" : " reason=" + why));
            return null;
        });
        return review;
    }
}
