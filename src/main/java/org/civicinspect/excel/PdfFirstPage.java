package org.civicinspect.excel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first page of a PDF drawn as a picture for a preview, scaled so that its longer side is at most a given number of
 * pixels (never more than twice the page's size in points, so a stamp-sized page is not blown up into a blur). A PDF
 * that cannot be drawn is a value, not an exception: a preview tells the user why in a sentence.
 */
public final class PdfFirstPage {

    /** Why there is no picture: the PDF is locked with a password, or it cannot be read or drawn. */
    public enum Failure { ENCRYPTED, UNREADABLE }

    /** The page as PNG bytes with its size in pixels and the document's page count, or why there is none. */
    public record Rendered(byte[] png, int width, int height, int pages, Failure failure) {

        static Rendered failed(Failure failure) {
            return new Rendered(null, 0, 0, 0, failure);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PdfFirstPage.class);
    private static final float MAX_SCALE = 2f;

    private PdfFirstPage() {
    }

    public static Rendered render(Path pdf, int longestSide) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.isEncrypted()) {
                return Rendered.failed(Failure.ENCRYPTED);
            }
            if (document.getNumberOfPages() == 0) {
                return Rendered.failed(Failure.UNREADABLE);
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float longer = Math.max(box.getWidth(), box.getHeight());
            float scale = longer <= 0 ? 1f : Math.min(MAX_SCALE, longestSide / longer);
            BufferedImage page = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            return new Rendered(png(page), page.getWidth(), page.getHeight(), document.getNumberOfPages(), null);
        } catch (InvalidPasswordException e) {
            return Rendered.failed(Failure.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file with IOExceptions and, deep in a broken page, with runtime exceptions.
            LOG.warn("no preview of {}", pdf, e);
            return Rendered.failed(Failure.UNREADABLE);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            return EncodedImages.bytes(image, "png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
