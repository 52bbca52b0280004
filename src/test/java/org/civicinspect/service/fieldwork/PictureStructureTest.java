package org.civicinspect.service.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo is taken as a whole JPEG or PNG by its structure, from its start to its end, without decoding its pixels. */
class PictureStructureTest {

    @TempDir Path temp;

    @Test
    void wholeJpegsBaselineOrProgressiveAndWholePngsAreTaken() throws Exception {
        assertEquals("image/jpeg", type(jpeg(false)));
        assertEquals("image/jpeg", type(jpeg(true)));
        assertEquals("image/png", type(png()));
    }

    @Test
    void whatACameraAppendsAfterTheEndOfAPictureDoesNotMatter() throws Exception {
        byte[] whole = jpeg(false);
        byte[] trailer = "SEFT trailer of a phone".getBytes(StandardCharsets.US_ASCII);
        byte[] withTrailer = Arrays.copyOf(whole, whole.length + trailer.length);
        System.arraycopy(trailer, 0, withTrailer, whole.length, trailer.length);
        assertEquals("image/jpeg", type(withTrailer));
    }

    @Test
    void aJpegCutShortAnywhereIsDamaged() throws Exception {
        for (boolean progressive : new boolean[] {false, true}) {
            byte[] whole = jpeg(progressive);
            // In the header segments, in the middle of the coded data, and one byte before the end marker is whole.
            for (int length : new int[] {3, 40, whole.length / 2, whole.length - 1}) {
                assertEquals("photo.damaged", refused(Arrays.copyOf(whole, length)), "cut at " + length + " of " + whole.length);
            }
        }
    }

    @Test
    void aPngCutShortOrWithAChangedByteIsDamaged() throws Exception {
        byte[] whole = png();
        for (int length : new int[] {9, 20, whole.length / 2, whole.length - 1}) {
            assertEquals("photo.damaged", refused(Arrays.copyOf(whole, length)), "cut at " + length + " of " + whole.length);
        }
        byte[] changed = whole.clone();
        changed[whole.length / 2] ^= 0x01; // inside the image data: its chunk's checksum no longer agrees
        assertEquals("photo.damaged", refused(changed));
    }

    @Test
    void textAndOtherPictureFormatsAreNotPhotos() throws Exception {
        assertEquals("photo.unsupported", refused("这不是照片".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "gif", gif);
        assertEquals("photo.unsupported", refused(gif.toByteArray()));
    }

    @Test
    void aJpegClaimingMoreThanTwoHundredMillionPixelsIsTooLarge() throws Exception {
        byte[] bytes = jpeg(false);
        int frame = startOfFrame(bytes);
        // 20,000 × 20,000 = 400,000,000 pixels, written as the frame's height and width (big-endian, after length and precision).
        byte[] size = {(byte) (20_000 >> 8), (byte) (20_000 & 0xFF)};
        System.arraycopy(size, 0, bytes, frame + 5, 2);
        System.arraycopy(size, 0, bytes, frame + 7, 2);
        assertEquals("photo.tooLarge", refused(bytes));
    }

    /** The type of a picture read from a file, which a picture read already (a package's photo) must be given alike. */
    private String type(byte[] bytes) throws IOException {
        Path file = Files.write(temp.resolve("photo"), bytes);
        String type = AddPhoto.pictureType(file, "photo");
        assertEquals(type, AddPhoto.pictureType(bytes, "photo"), "in memory");
        return type;
    }

    private String refused(byte[] bytes) throws IOException {
        Path file = Files.write(temp.resolve("photo"), bytes);
        String key = assertThrows(RequestRefused.class, () -> AddPhoto.pictureType(file, "photo")).messageKey();
        assertEquals(key, assertThrows(RequestRefused.class, () -> AddPhoto.pictureType(bytes, "photo")).messageKey(), "in memory");
        return key;
    }

    private static int startOfFrame(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC2)) {
                return i;
            }
        }
        throw new IllegalStateException("no frame");
    }

    private static BufferedImage noise() {
        Random random = new Random(5);
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static byte[] jpeg(boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(noise(), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(noise(), "png", bytes);
        return bytes.toByteArray();
    }
}
