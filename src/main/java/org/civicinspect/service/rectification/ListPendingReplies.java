package org.civicinspect.service.rectification;

import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.store.Workspace;

/** {@code problems replies --pending}: the units' replies waiting for 核查, oldest first, each with its problem. */
public final class ListPendingReplies {

    /** A waiting reply and its problem as it is now. */
    public record Pending(ProblemReply reply, Problem problem) {
    }

    private final Workspace workspace;

    public ListPendingReplies(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Pending> run() {
        return workspace.read(tx -> {
            List<Pending> pending = new ArrayList<>();
            for (ProblemReply r : tx.dispatches().pending()) {
                pending.add(new Pending(r, tx.problems().find(r.problemId()).orElseThrow()));
            }
            return pending;
        });
    }

    /** The problem's reply waiting for 核查, if it has one. */
    public java.util.Optional<ProblemReply> of(String problemId) {
        return workspace.read(tx -> tx.dispatches().repliesTo(problemId).stream().filter(r -> r.state() == ProblemReply.State.PENDING)
                .reduce((a, b) -> b));
    }
}
