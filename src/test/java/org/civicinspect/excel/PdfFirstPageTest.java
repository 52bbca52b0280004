package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first page of a PDF drawn for a preview: scaled to fit, and a sentence's worth of reason when it cannot be drawn. */
class PdfFirstPageTest {

    @TempDir Path temp;

    /** An A4 portrait PDF of {@code pages} pages, the first one with a black square in its top left corner. */
    private Path a4(String name, int pages, String password) throws Exception {
        Path file = temp.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(0))) {
                content.addRect(0, PDRectangle.A4.getHeight() - 100, 100, 100);
                content.fill();
            }
            if (password != null) {
                document.protect(new StandardProtectionPolicy(password, password, new AccessPermission()));
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void drawsTheFirstPageWithItsLongerSideFittedAndSaysHowManyPagesThereAre() throws Exception {
        PdfFirstPage.Rendered page = PdfFirstPage.render(a4("制度.pdf", 3, null), 600);

        assertTrue(page.ok());
        assertEquals(3, page.pages());
        assertEquals(600, page.height(), "A4 is taller than wide: its height is fitted");
        assertEquals(424, page.width(), 1, "and the width keeps the page's proportions (210 ÷ 297 × 600)");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(page.png()));
        assertEquals(page.width(), png.getWidth());
        assertEquals(0xFF000000, png.getRGB(10, 10), "the square drawn in the top left corner");
        assertEquals(0xFFFFFFFF, png.getRGB(png.getWidth() - 10, png.getHeight() - 10), "the rest of the page is white");
    }

    @Test
    void drawsThePageInMemoryWhenTheTemporaryFolderCannotBeWritten() throws Exception {
        Path pdf = a4("制度.pdf", 1, null);

        PdfFirstPage.Rendered page = ThumbnailsTest.withoutATemporaryFolder(() -> PdfFirstPage.render(pdf, 300));

        assertTrue(page.ok());
        assertEquals(300, ImageIO.read(new ByteArrayInputStream(page.png())).getHeight());
    }

    @Test
    void aSmallPageIsNotBlownUpBeyondTwiceItsSize() throws Exception {
        Path file = temp.resolve("小.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(new PDRectangle(100, 50)));
            document.save(file.toFile());
        }
        PdfFirstPage.Rendered page = PdfFirstPage.render(file, 1200);
        assertEquals(200, page.width());
        assertEquals(100, page.height());
    }

    @Test
    void anEncryptedPdfIsToldApartFromADamagedOne() throws Exception {
        PdfFirstPage.Rendered locked = PdfFirstPage.render(a4("加密.pdf", 1, "机密"), 600);
        assertFalse(locked.ok());
        assertEquals(PdfFirstPage.Failure.ENCRYPTED, locked.failure());

        Path damaged = Files.write(temp.resolve("损坏.pdf"), "%PDF-1.4\nnothing a reader can use\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(PdfFirstPage.Failure.UNREADABLE, PdfFirstPage.render(damaged, 600).failure());

        Path cut = temp.resolve("截断.pdf");
        byte[] whole = Files.readAllBytes(a4("完整.pdf", 1, null));
        Files.write(cut, java.util.Arrays.copyOf(whole, 40));
        assertEquals(PdfFirstPage.Failure.UNREADABLE, PdfFirstPage.render(cut, 600).failure());
    }
}
