package org.civicinspect.service.materials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.excel.PdfFirstPage;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * What a reviewer sees of a material file before opening it: a picture as it is, the first page of a PDF drawn, and for
 * Word and Excel files (or a PDF that cannot be drawn) only what is known of it. The bytes are read where the workspace
 * keeps its photos; on a server that may read the database, so a screen asks for this off the JavaFX thread.
 */
public final class PreviewMaterialFile {

    /** The longer side of a PDF's first page as drawn, in pixels: enough for a half-screen preview. */
    static final int PAGE_PIXELS = 1200;

    /** How the file is shown. */
    public enum Shown {
        /** {@code picture} holds the file's own bytes (JPEG or PNG). */
        IMAGE,
        /** {@code picture} holds the first page as PNG. */
        PDF_PAGE,
        /** A PDF locked with a password: no picture. */
        PDF_ENCRYPTED,
        /** A PDF that cannot be read or drawn, or a file whose bytes the workspace no longer holds whole: no picture. */
        UNREADABLE,
        /** A Word or Excel file: its title, type, size and SHA-256, to be opened in the program the system uses for it. */
        DOCUMENT
    }

    /** The file, how it is shown, the picture's bytes (null without one) and a PDF's page count (0 otherwise). */
    public record Preview(MaterialFile file, Shown shown, byte[] picture, int pages) {
    }

    private final PhotoStore store;

    public PreviewMaterialFile(Workspace workspace) {
        this.store = workspace.photoStore();
    }

    public Preview run(MaterialFile file) {
        Path stored = store.file(file.sha256());
        if (MaterialContent.PDF.mediaType().equals(file.mediaType())) {
            if (!Files.isRegularFile(stored)) {
                return new Preview(file, Shown.UNREADABLE, null, 0);
            }
            PdfFirstPage.Rendered page = PdfFirstPage.render(stored, PAGE_PIXELS);
            if (!page.ok()) {
                return new Preview(file, page.failure() == PdfFirstPage.Failure.ENCRYPTED ? Shown.PDF_ENCRYPTED : Shown.UNREADABLE, null, 0);
            }
            return new Preview(file, Shown.PDF_PAGE, page.png(), page.pages());
        }
        if (MaterialContent.JPEG.mediaType().equals(file.mediaType()) || MaterialContent.PNG.mediaType().equals(file.mediaType())) {
            try {
                return new Preview(file, Shown.IMAGE, Files.readAllBytes(stored), 0);
            } catch (IOException e) {
                return new Preview(file, Shown.UNREADABLE, null, 0);
            }
        }
        return new Preview(file, Shown.DOCUMENT, null, 0);
    }
}
