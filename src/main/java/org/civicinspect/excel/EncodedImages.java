package org.civicinspect.excel;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures encoded into bytes in memory. Given a plain output stream, ImageIO buffers through a new file in the
 * temporary folder for every picture: thousands of files made and deleted for one report, and no picture at all when
 * that folder is full or cannot be written.
 */
public final class EncodedImages {

    private EncodedImages() {
    }

    /** The image in {@code format} ("jpg", "png"). */
    public static byte[] bytes(RenderedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, format, out)) {
                throw new IOException("no writer for " + format);
            }
        }
        return bytes.toByteArray();
    }
}
