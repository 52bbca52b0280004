package org.civicinspect.service.materials;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Material files built in the test, whole and hostile: each kind a unit might file, and each kind that must be refused. */
final class MaterialSamples {

    private final Path folder;

    MaterialSamples(Path folder) {
        this.folder = folder;
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** A one-page PDF with its cross-reference table and trailer; {@code trailerExtra} goes into the trailer dictionary. */
    static byte[] pdf(String text, String trailerExtra) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n% " + text + "\n";
        return (body + "xref\n0 4\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R " + trailerExtra + ">>\nstartxref\n"
                + body.length() + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("统计").createRow(0).createCell(0).setCellValue(text);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xls(String text, String password) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("统计").createRow(0).createCell(0).setCellValue(text);
            wb.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * A Word 97–2003 file as far as a reader looks first: a compound file with a WordDocument stream whose FIB starts with
     * wIdent 0xA5EC and carries fEncrypted (0x0100 of the flags at offset 10) when asked.
     */
    static byte[] doc(boolean encrypted) throws IOException {
        ByteBuffer fib = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        fib.putShort(0, (short) 0xA5EC).putShort(2, (short) 0x00C1).putShort(10, (short) (encrypted ? 0x0100 : 0));
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(fib.array()), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** An Office Open XML package encrypted with a password (ECMA-376 standard encryption), as Office saves it. */
    static byte[] encryptedOoxml(byte[] plain) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("机密");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The package with one more entry of {@code zeros} zero bytes: it deflates a thousandfold, far past POI's inflate-ratio limit. */
    static byte[] withZeros(byte[] zip, String entry, int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(entry));
            byte[] block = new byte[64 * 1024];
            for (int written = 0; written < zeros; written += block.length) {
                z.write(block);
            }
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] zipOf(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** The start of an ELF executable (Linux): its magic, class, data and version bytes, then a header's worth of zeros. */
    static byte[] elf() {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        return elf;
    }

    /** The start of a PE executable (Windows): the MZ header and its DOS stub message. */
    static byte[] pe() {
        return ("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** A file of {@code size} bytes that takes no room on disk: a refusal by size must not read it. */
    Path sparse(String name, long size) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }
}
