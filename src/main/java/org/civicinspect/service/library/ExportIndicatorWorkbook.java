package org.civicinspect.service.library;

import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import java.io.IOException;
import java.nio.file.Path;
import org.civicinspect.excel.IndicatorWorkbookWriter;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.store.Workspace;

/** Writes a set version in our template; the file appears whole or not at all. */
public final class ExportIndicatorWorkbook {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportIndicatorWorkbook(Workspace workspace, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
    }

    public void run(LoadedIndicatorSet loaded, Path out) throws IOException {
        MaterialGradeScale materialGrades = workspace.read(tx -> tx.materialReviews().scaleOf(loaded.set().id())).orElse(null);
        AtomicFile.write(out, stream -> new IndicatorWorkbookWriter().write(loaded.set().name(), loaded.tree(), materialGrades, stream));
        Audit.exported(workspace, signedIn.name(), "indicators set=" + loaded.set().id(), out, loaded.tree().standardCount());
    }
}
