package org.civicinspect.service.rectification;

import java.util.List;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.store.Workspace;

/** A problem's history (raised, steps along the way, deadline changes, rechecks), oldest step first. */
public final class ShowProblemHistory {

    private final Workspace workspace;

    public ShowProblemHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The problem by id or a unique start of one. */
    public List<ProblemStep> run(String reference) {
        return workspace.read(tx -> tx.problems().steps(UpdateProblem.find(tx, reference).id()));
    }
}
