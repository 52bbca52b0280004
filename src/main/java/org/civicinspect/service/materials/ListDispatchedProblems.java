package org.civicinspect.service.materials;

import java.util.List;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Workspace;

/** {@code problems list} in a unit's workspace: the problems the office's latest unit task package dispatched to it, with the unit's answers. */
public final class ListDispatchedProblems {

    private final Workspace workspace;

    public ListDispatchedProblems(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<UnitProblem> run() {
        return workspace.read(tx -> {
            UnitOfWorkspace.of(tx).orElseThrow(() -> new RequestRefused("materials.notAUnitWorkspace"));
            return tx.unitProblems().all();
        });
    }
}
