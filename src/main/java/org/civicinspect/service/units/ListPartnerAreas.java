package org.civicinspect.service.units;

import java.util.List;
import org.civicinspect.model.PartnerArea;
import org.civicinspect.store.Workspace;

/** The streets and communities that have a 包联, by district, street and community. */
public final class ListPartnerAreas {

    private final Workspace workspace;

    public ListPartnerAreas(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<PartnerArea> run() {
        return workspace.read(tx -> tx.partnerAreas().all());
    }
}
