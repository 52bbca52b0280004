package org.civicinspect.excel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Photo thumbnails embedded in a workbook, each photo added once however many rows show it. A photo that cannot be
 * read is left out and never fails the report.
 */
final class Thumbnails {

    private static final int WIDTH = 160;

    private final Workbook workbook;
    private final Map<Path, Integer> pictures = new HashMap<>();

    Thumbnails(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Places the photo in the cell at (row, column); false when the photo could not be read. */
    boolean place(Drawing<?> drawing, Path photo, int row, int column) {
        int picture = pictures.computeIfAbsent(photo, this::add);
        if (picture < 0) {
            return false;
        }
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(row);
        anchor.setCol2(column + 1);
        anchor.setRow2(row + 1);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
        drawing.createPicture(anchor, picture);
        return true;
    }

    private int add(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                return -1;
            }
            int width = Math.min(WIDTH, image.getWidth());
            int height = Math.max(1, image.getHeight() * width / image.getWidth());
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            return workbook.addPicture(EncodedImages.bytes(small, "jpg"), Workbook.PICTURE_TYPE_JPEG);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
