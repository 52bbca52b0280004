package org.civicinspect.service.units;

import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.store.Workspace;

/** The unit registry (单位名录) by name, and the units known only from sites, which still lack their contacts. */
public final class ListUnits {

    private final Workspace workspace;

    public ListUnits(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<ResponsibleUnit> registered() {
        return workspace.read(tx -> tx.units().registered());
    }

    public List<UnitFromSites> knownFromSites() {
        return workspace.read(tx -> {
            List<UnitFromSites> units = new ArrayList<>();
            tx.units().knownFromSites().forEach((name, sites) -> units.add(new UnitFromSites(name, sites)));
            return units;
        });
    }
}
