package org.civicinspect.service.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.civicinspect.model.Progress;

/**
 * Loads the built-in sample evaluation system (示例，非官方文本) through the same importer as any user file.
 */
public final class ImportSampleIndicatorSet {

    public static final String RESOURCE = "/assets/sample-indicators.xlsx";
    public static final String FILE_NAME = "sample-indicators.xlsx";

    private final ImportIndicatorWorkbook importer;

    public ImportSampleIndicatorSet(ImportIndicatorWorkbook importer) {
        this.importer = importer;
    }

    public IndicatorImportResult run(Progress progress) {
        Path temp = null;
        try (InputStream in = ImportSampleIndicatorSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + RESOURCE);
            }
            temp = Files.createTempFile("civicinspect-sample", ".xlsx");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return importer.run(temp, FILE_NAME, null, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless; the import result is what matters
                }
            }
        }
    }
}
