package org.civicinspect.service.rectification;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * 核查 of units' replies, by office staff: confirming one closes its problem (已销号), or sends it to 待复查 to be
 * rechecked on site in a later round, which only a problem at a site and a standard can be (one at a free address
 * would wait there for ever); returning one, with a reason, sends the problem back to 整改中, and the next
 * 派单 shows the reason. Several problems take the same decision at once, all or none; each step goes into the
 * problem's history and the audit log. Where the city's rules say closing needs evidence, a reply with neither
 * measures nor photos is not confirmed as closing.
 */
public final class VerifyReply {

    /** What the office decided: 销号, 待复查, or 退回. */
    public enum Decision {
        CLOSE, RECHECK, RETURN
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;
    private final ChangeRectificationRules rules;

    public VerifyReply(Workspace workspace, Clock clock, SignedIn signedIn, ChangeRectificationRules rules) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
        this.rules = rules;
    }

    /** Decides the waiting reply of each problem (by id or a unique start of one); returning needs a reason. */
    public List<Problem> run(List<String> problems, Decision decision, String reason) {
        String who = OfficeStaff.required(signedIn).name();
        String why = reason == null ? "" : reason.strip();
        if (decision == Decision.RETURN && why.isEmpty()) {
            throw new RequestRefused("reply.returnNeedsReason");
        }
        boolean closingNeedsEvidence = decision == Decision.CLOSE && rules.current().closingNeedsEvidence();
        return workspace.write(tx -> {
            Instant now = Audit.now(clock);
            List<Problem> decided = new ArrayList<>();
            for (String reference : problems) {
                Problem before = UpdateProblem.find(tx, reference);
                ProblemReply reply = pending(tx, before, reference);
                if (decision == Decision.RECHECK && !before.rechecked()) {
                    throw new RequestRefused("reply.recheckNeedsPlace", before.id().substring(0, 8));
                }
                if (closingNeedsEvidence && reply.measures().isBlank() && reply.photos().isEmpty()) {
                    throw new RequestRefused("reply.closeNeedsEvidence", reference);
                }
                decided.add(decide(tx, before, reply, decision, why, now, who));
            }
            return decided;
        });
    }

    /** The problem's reply waiting for 核查; a refusal when it has none. */
    private static ProblemReply pending(Tx tx, Problem problem, String reference) throws SQLException {
        List<ProblemReply> replies = tx.dispatches().repliesTo(problem.id());
        return replies.stream().filter(r -> r.state() == ProblemReply.State.PENDING).reduce((a, b) -> b)
                .orElseThrow(() -> new RequestRefused("reply.nonePending", reference));
    }

    private static Problem decide(Tx tx, Problem before, ProblemReply reply, Decision decision, String why, Instant now, String who)
            throws SQLException {
        ProblemStatus next = switch (decision) {
            case CLOSE -> ProblemStatus.CLOSED;
            case RECHECK -> ProblemStatus.TO_RECHECK;
            case RETURN -> ProblemStatus.FIXING;
        };
        ProblemReply after = reply.decided(decision == Decision.RETURN ? ProblemReply.State.RETURNED : ProblemReply.State.CONFIRMED, why, now, who);
        Problem moved = before.status() == next ? before : before.withStatus(next, now, null);
        String kind = switch (decision) {
            case CLOSE -> "REPLY_CONFIRMED";
            case RECHECK -> "REPLY_RECHECK";
            case RETURN -> "REPLY_RETURNED";
        };
        ProblemStep step = new ProblemStep(moved.id(), now, who, kind, before.status(), next, decision == Decision.RETURN ? why : reply.measures(),
                decision == Decision.RETURN ? List.of() : reply.photos(), null, null);
        tx.dispatches().decide(after);
        tx.problems().update(moved);
        tx.problems().step(step);
        tx.audit().append(now, who, AuditLog.Action.PROBLEM, Audit.problem(moved.id()), Audit.describe(step));
        tx.audit().append(now, who, AuditLog.Action.REPLY, Audit.problem(moved.id()), decision.name().toLowerCase(java.util.Locale.ROOT)
                + " reply=" + reply.id() + " batch=" + reply.batchId() + " reason=" + why);
        return tx.problems().find(moved.id()).orElseThrow();
    }
}
