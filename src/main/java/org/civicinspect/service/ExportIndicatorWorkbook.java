package org.civicinspect.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.civicinspect.excel.IndicatorWorkbookWriter;

/** Writes a set version in our template; the file appears whole or not at all. */
public final class ExportIndicatorWorkbook {

    public void run(LoadedIndicatorSet loaded, Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".export-", ".xlsx");
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                new IndicatorWorkbookWriter().write(loaded.set().name(), loaded.tree(), stream);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
