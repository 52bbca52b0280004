package org.civicinspect.service.units;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.excel.PartnerAreaWorkbookWriter;
import org.civicinspect.model.PartnerArea;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/** Writes the areas' 包联 in our 片区包联 template; the file appears whole or not at all. */
public final class ExportPartnerAreas {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportPartnerAreas(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The areas written, by district, street and community. */
    public List<PartnerArea> run(String title, Path out) throws IOException {
        List<PartnerArea> areas = workspace.read(tx -> tx.partnerAreas().all());
        AtomicFile.write(out, stream -> new PartnerAreaWorkbookWriter().write(title, areas, stream));
        Audit.exported(workspace, signedIn.name(), "partner-areas", out, areas.size());
        return areas;
    }
}
