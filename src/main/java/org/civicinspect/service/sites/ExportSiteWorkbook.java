package org.civicinspect.service.sites;

import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.excel.SiteWorkbookWriter;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;
import org.civicinspect.store.Workspace;

/** Writes sites in our template; the file appears whole or not at all. */
public final class ExportSiteWorkbook {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportSiteWorkbook(Workspace workspace, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
    }

    public void run(List<Site> sites, String title, Path out, Progress progress) throws IOException {
        AtomicFile.write(out, stream -> new SiteWorkbookWriter().write(title, sites, stream, progress));
        Audit.exported(workspace, signedIn.name(), "sites", out, sites.size());
    }
}
