package org.civicinspect.service.materials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
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

    /**
     * The file, how it is shown, the picture's bytes (null without one) with its size in pixels (0 without one), and a
     * PDF's page count (0 otherwise).
     */
    public record Preview(MaterialFile file, Shown shown, byte[] picture, int width, int height, int pages) {

        static Preview without(MaterialFile file, Shown shown) {
            return new Preview(file, shown, null, 0, 0, 0);
        }
    }

    private final PhotoStore store;

    public PreviewMaterialFile(Workspace workspace) {
        this.store = workspace.photoStore();
    }

    public Preview run(MaterialFile file) {
        Path stored = store.file(file.sha256());
        if (MaterialContent.PDF.mediaType().equals(file.mediaType())) {
            if (!Files.isRegularFile(stored)) {
                return Preview.without(file, Shown.UNREADABLE);
            }
            PdfFirstPage.Rendered page = PdfFirstPage.render(stored, PAGE_PIXELS);
            if (!page.ok()) {
                return Preview.without(file, page.failure() == PdfFirstPage.Failure.ENCRYPTED ? Shown.PDF_ENCRYPTED : Shown.UNREADABLE);
            }
            return new Preview(file, Shown.PDF_PAGE, page.png(), page.width(), page.height(), page.pages());
        }
        if (MaterialContent.JPEG.mediaType().equals(file.mediaType()) || MaterialContent.PNG.mediaType().equals(file.mediaType())) {
            try {
                int[] size = size(stored);
                return new Preview(file, Shown.IMAGE, Files.readAllBytes(stored), size[0], size[1], 0);
            } catch (IOException e) {
                return Preview.without(file, Shown.UNREADABLE);
            }
        }
        return Preview.without(file, Shown.DOCUMENT);
    }

    /** A picture's width and height, read from its header: a screen scales a large photo down as it decodes it. */
    private static int[] size(Path picture) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(picture.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not a picture: " + picture);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
