package org.civicinspect.service.rectification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civicinspect.model.EscalationNotice;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Records that the 督办提醒 were sent: one row per recipient with the message as sent, and one audit entry per unit, in
 * one transaction. Units with no one to reach are recorded with an empty phone, so the record says they were not messaged.
 */
public final class RecordEscalationNotices {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public RecordEscalationNotices(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public List<EscalationNotice> run(List<PrepareEscalationNotices.Notice> notices) {
        Instant at = Audit.now(clock);
        String by = signedIn.name();
        List<EscalationNotice> sent = new ArrayList<>();
        for (PrepareEscalationNotices.Notice notice : notices) {
            List<PrepareEscalationNotices.Recipient> to = notice.recipients().isEmpty()
                    ? List.of(new PrepareEscalationNotices.Recipient("", false, "")) : notice.recipients();
            for (PrepareEscalationNotices.Recipient r : to) {
                sent.add(new EscalationNotice(UUID.randomUUID().toString(), at, by, notice.unit(), r.name(), r.phone(), notice.escalation(),
                        notice.problems().size(), notice.message()));
            }
        }
        workspace.write(tx -> {
            tx.escalationNotices().insertAll(sent);
            for (PrepareEscalationNotices.Notice notice : notices) {
                tx.audit().append(at, by, AuditLog.Action.NOTICE, notice.unit(), "escalation=" + notice.escalation() + " problems="
                        + notice.problems().size() + " recipients=" + notice.recipients().size() + " message=" + notice.message());
            }
            return null;
        });
        return sent;
    }
}
