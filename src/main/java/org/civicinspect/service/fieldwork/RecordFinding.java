package org.civicinspect.service.fieldwork;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * Records an inspector's answer (with its note and photos) as one committed transaction: when this returns,
 * the answer survives a crash. Each change makes the next version of the finding, stamped with who and when.
 */
public final class RecordFinding {

    /** The longest note kept, in characters: a sentence or two of what was seen, well inside what a report cell holds. */
    public static final int MAX_NOTE_CHARACTERS = 2000;

    /**
     * One answer to record: the round and site by id, the standard by code; blank {@code answeredBy} means the person
     * signed in; {@code answeredAt} is when it was answered, given only for answers typed in afterwards from paper (null:
     * now).
     */
    public record Request(String roundId, String siteId, String standardCode, Answer answer, String note, List<String> photos,
                          String answeredBy, Instant answeredAt) {
        public Request {
            note = note == null ? "" : note.strip();
            photos = photos == null ? List.of() : List.copyOf(photos);
            answeredBy = answeredBy == null ? "" : answeredBy.strip();
        }

        /** An answer given now. */
        public Request(String roundId, String siteId, String standardCode, Answer answer, String note, List<String> photos, String answeredBy) {
            this(roundId, siteId, standardCode, answer, note, photos, answeredBy, null);
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;

    public RecordFinding(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
    }

    public Finding run(Request request) {
        return workspace.write(tx -> record(tx, request));
    }

    /** Changes the answer, keeping the note and photos the finding has now. */
    public Finding answer(String roundId, String siteId, String standardCode, Answer answer, String answeredBy) {
        return workspace.write(tx -> {
            Optional<Finding> now = tx.findings().find(roundId, siteId, standardCode);
            return recordIn(tx, new Request(roundId, siteId, standardCode, answer, now.map(Finding::note).orElse(""),
                    now.map(Finding::photos).orElse(List.of()), answeredBy), null, now);
        });
    }

    /** Records every answer in one transaction: all of them, or (on the first refusal) none. */
    public List<Finding> runAll(List<Request> requests) {
        return workspace.write(tx -> {
            List<Finding> recorded = new ArrayList<>();
            for (Request request : requests) {
                recorded.add(record(tx, request));
            }
            return recorded;
        });
    }

    /** Refuses a note longer than {@link #MAX_NOTE_CHARACTERS}, naming its length and the limit. */
    public static void refuseLongNote(String note) {
        int characters = note.codePointCount(0, note.length());
        if (characters > MAX_NOTE_CHARACTERS) {
            throw new RequestRefused("finding.noteTooLong", characters, MAX_NOTE_CHARACTERS);
        }
    }

    private Finding record(Tx tx, Request request) throws SQLException {
        return recordIn(tx, request, null);
    }

    /**
     * Records the request inside the caller's transaction: the next version of the finding, in the audit log as an
     * answer, or as a correction with its reason when {@code correction} is given (which alone may change a locked
     * inspection).
     */
    public Finding recordIn(Tx tx, Request request, String correction) throws SQLException {
        return recordIn(tx, request, correction, tx.findings().find(request.roundId(), request.siteId(), request.standardCode()));
    }

    /** As above, given the finding that stands at the request's place now (read in the same transaction). */
    private Finding recordIn(Tx tx, Request request, String correction, Optional<Finding> earlier) throws SQLException {
        refuseLongNote(request.note());
        Round round = tx.rounds().find(request.roundId())
                .orElseThrow(() -> new RequestRefused("round.notFound", request.roundId()));
        String siteType = tx.sites().find(request.siteId())
                .orElseThrow(() -> new RequestRefused("finding.siteUnknown", request.siteId())).siteType();
        Standard standard = checklists.standard(round.indicatorSetId(), siteType, request.standardCode())
                .orElseThrow(() -> new RequestRefused("finding.standardNotForSite", request.standardCode(), siteType));
        if (!request.answer().fits(standard.scoring().mode())) {
            throw new RequestRefused("finding.answerDoesNotFit", standard.code(), standard.scoring().mode().name());
        }
        Optional<Inspection> inspection = tx.inspections().find(round.id(), request.siteId());
        if (inspection.isPresent() && inspection.get().status().locked() && correction == null) {
            throw new RequestRefused(inspection.get().status() == InspectionStatus.APPROVED ? "finding.inspectionApproved"
                    : "finding.inspectionCompleted");
        }
        var now = Audit.now(clock);
        Instant answeredAt = request.answeredAt() == null ? now : request.answeredAt();
        String answeredBy = signedIn.nameOr(request.answeredBy());
        Finding finding = new Finding(earlier.map(Finding::id).orElse(UUID.randomUUID().toString()), round.id(), request.siteId(),
                standard.code(), request.answer(), request.note(), request.photos(), answeredBy, answeredAt,
                earlier.map(f -> f.version() + 1).orElse(1));
        tx.findings().save(finding);
        if (round.status() == RoundStatus.PREPARING) {
            tx.rounds().setStatus(round.id(), RoundStatus.INSPECTING);
        }
        tx.audit().append(now, answeredBy, correction == null ? AuditLog.Action.ANSWER : AuditLog.Action.CORRECTION,
                Audit.finding(finding.id()), Audit.describe(finding) + (correction == null ? "" : " reason=" + correction));
        if (inspection.isEmpty() || inspection.get().status() == InspectionStatus.NOT_STARTED) {
            Inspection started = inspection.orElse(new Inspection(round.id(), request.siteId(), InspectionStatus.NOT_STARTED, null, "", ""));
            tx.inspections().save(new Inspection(round.id(), request.siteId(), InspectionStatus.IN_PROGRESS,
                    started.arrivedAt() == null ? answeredAt : started.arrivedAt(), started.members(), started.remarks()), now);
        }
        return finding;
    }
}
