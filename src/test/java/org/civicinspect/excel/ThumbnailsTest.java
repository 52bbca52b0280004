package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photo thumbnails in a report: made in memory, so a temporary folder that is full or gone costs no photo. */
class ThumbnailsTest {

    @TempDir Path temp;

    @Test
    void aPhotoIsShrunkAndPlacedEvenWhenTheTemporaryFolderCannotBeWritten() throws Exception {
        BufferedImage picture = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Path photo = temp.resolve("photo.jpg");
        ImageIO.write(picture, "jpg", photo.toFile());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet();

            boolean placed = withoutATemporaryFolder(() -> new Thumbnails(workbook).place(sheet.createDrawingPatriarch(), photo, 0, 0));

            assertTrue(placed);
            assertEquals(1, workbook.getAllPictures().size());
            BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(workbook.getAllPictures().get(0).getData()));
            assertEquals(160, small.getWidth(), "shrunk to the thumbnail's width");
            assertEquals(120, small.getHeight(), "keeping its proportions");
        }
    }

    /** Runs {@code work} with image encoding pointed at a temporary folder that no longer exists, as on a full or locked disk. */
    static <T> T withoutATemporaryFolder(java.util.concurrent.Callable<T> work) throws Exception {
        File before = ImageIO.getCacheDirectory();
        Path gone = Files.createTempDirectory("gone");
        ImageIO.setCacheDirectory(gone.toFile());
        Files.delete(gone);
        try {
            return work.call();
        } finally {
            ImageIO.setCacheDirectory(before);
        }
    }
}
