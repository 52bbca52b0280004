package org.civicinspect.service.units;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicinspect.excel.UnitWorkbookWriter;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * Writes the registry in our 单位名录 template; the file appears whole or not at all. With the units known only from
 * sites, those come as rows of their name alone, for an office to fill in their contacts and import the file back.
 */
public final class ExportUnitWorkbook {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportUnitWorkbook(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The units written, by name. */
    public List<ResponsibleUnit> run(String title, Path out, boolean withKnownFromSites) throws IOException {
        List<ResponsibleUnit> units = workspace.read(tx -> {
            List<ResponsibleUnit> all = new ArrayList<>(tx.units().registered());
            if (withKnownFromSites) {
                tx.units().knownFromSites().keySet().forEach(name -> all.add(ResponsibleUnit.named(name)));
                all.sort(Comparator.comparing(ResponsibleUnit::name));
            }
            return all;
        });
        AtomicFile.write(out, stream -> new UnitWorkbookWriter().write(title, units, stream));
        Audit.exported(workspace, signedIn.name(), "units", out, units.size());
        return units;
    }
}
