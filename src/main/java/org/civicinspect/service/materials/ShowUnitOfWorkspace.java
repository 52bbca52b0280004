package org.civicinspect.service.materials;

import java.util.Optional;
import org.civicinspect.store.Workspace;

/** Whose workspace this is when it is a unit's ({@link UnitOfWorkspace}): its screens show that unit's standards only. */
public final class ShowUnitOfWorkspace {

    private final Workspace workspace;

    public ShowUnitOfWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<UnitOfWorkspace> run() {
        return workspace.read(UnitOfWorkspace::of);
    }
}
