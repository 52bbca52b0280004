package org.civicinspect.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.civicinspect.excel.SiteWorkbookWriter;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;

/** Writes sites in our template; the file appears whole or not at all. */
public final class ExportSiteWorkbook {

    public void run(List<Site> sites, String title, Path out, Progress progress) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".export-", ".xlsx");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                new SiteWorkbookWriter().write(title, sites, stream, progress);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
