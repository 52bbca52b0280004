package org.civicinspect.service.fieldwork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.civicinspect.model.Finding;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding.Request;
import org.civicinspect.store.Workspace;

/**
 * Changes what backs an answered standard up, its note and its photos, keeping the answer: each change is the next
 * version of the finding, committed before this returns.
 */
public final class AnnotateFinding {

    private final Workspace workspace;
    private final RecordFinding record;

    public AnnotateFinding(Workspace workspace, RecordFinding record) {
        this.workspace = workspace;
        this.record = record;
    }

    /** Changes the note of an answered standard, keeping its answer and photos. */
    public Finding note(String roundId, String siteId, String standardCode, String note, String answeredBy) {
        return change(roundId, siteId, standardCode, answeredBy, now -> new Request(roundId, siteId, standardCode, now.answer(), note,
                now.photos(), answeredBy));
    }

    /** Links one more stored photo to an answered standard. */
    public Finding addPhoto(String roundId, String siteId, String standardCode, String sha256, String answeredBy) {
        return change(roundId, siteId, standardCode, answeredBy, now -> {
            List<String> photos = new ArrayList<>(now.photos());
            if (!photos.contains(sha256)) {
                photos.add(sha256);
            }
            return new Request(roundId, siteId, standardCode, now.answer(), now.note(), photos, answeredBy);
        });
    }

    public Finding removePhoto(String roundId, String siteId, String standardCode, String sha256, String answeredBy) {
        return change(roundId, siteId, standardCode, answeredBy, now -> new Request(roundId, siteId, standardCode, now.answer(),
                now.note(), now.photos().stream().filter(p -> !p.equals(sha256)).toList(), answeredBy));
    }

    // Each change reads the finding as it is inside its own transaction, so quick successive edits never undo each other.
    private Finding change(String roundId, String siteId, String standardCode, String answeredBy,
                           Function<Finding, Request> change) {
        return workspace.write(tx -> {
            Finding now = tx.findings().find(roundId, siteId, standardCode)
                    .orElseThrow(() -> new RequestRefused("scoring.answerFirst"));
            return record.recordIn(tx, change.apply(now), null);
        });
    }
}
