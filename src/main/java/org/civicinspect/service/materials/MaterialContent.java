package org.civicinspect.service.materials;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicinspect.excel.OfficeFileCheck;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.AddPhoto;

/**
 * The accepted kinds of material file, and the check that a file is one of them by its content, not its name: its first
 * bytes (magic numbers), then the extension, then the whole of it as its kind is read (a picture's structure, a PDF's end
 * and trailer, an Office file opened with POI). Each refusal is one sentence naming the file.
 */
public enum MaterialContent {
    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", "docx"),
    DOC("application/msword", "Word 97-2003 (.doc)", "doc"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)", "xlsx"),
    XLS("application/vnd.ms-excel", "Excel 97-2003 (.xls)", "xls");

    /** Larger files are refused unread: a scanned 规范文件 of a hundred pages stays well below. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_MEGABYTES = (int) (MAX_BYTES / (1024 * 1024));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /**
     * A PDF ends with {@code %%EOF} within its last 1,024 bytes (ISO 32000-1 §7.5.5); its last trailer (or cross-reference
     * stream dictionary) sits in its tail and carries {@code /Encrypt} when the document is encrypted (§7.6.1).
     */
    private static final int PDF_END = 1024;
    private static final int PDF_TAIL = 64 * 1024;
    private static final java.util.regex.Pattern ENCRYPT_KEY = java.util.regex.Pattern.compile("/Encrypt(?![A-Za-z])");

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    MaterialContent(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The kind of an accepted file, checked whole; refuses, naming the file by {@code name}, one that is missing, empty,
     * larger than 50 MB, of none of the accepted kinds, whose extension says another kind, encrypted, a zip bomb, cut
     * short or otherwise unreadable.
     */
    public static MaterialContent check(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new RequestRefused("materials.file.missing", name);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new RequestRefused("materials.file.empty", name);
            }
            if (size > MAX_BYTES) {
                throw new RequestRefused("materials.file.tooLarge", name, MAX_MEGABYTES);
            }
            MaterialContent kind = kindOf(file, name);
            String extension = extension(name);
            Optional<MaterialContent> named = Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
            if (named.isEmpty()) {
                throw new RequestRefused("materials.file.badExtension", name, kind.label);
            }
            if (named.get() != kind) {
                throw new RequestRefused("materials.file.extensionDisagrees", name, "." + extension, kind.label);
            }
            kind.checkWhole(file, name, size);
            return kind;
        } catch (IOException e) {
            throw new RequestRefused("materials.file.unreadable", name);
        }
    }

    private static MaterialContent kindOf(Path file, String name) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, read, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(head, read, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(head, read, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(head, read, ZIP_MAGIC)) {
            return office(OfficeFileCheck.ofZip(file), name);
        }
        if (startsWith(head, read, OLE2_MAGIC)) {
            return office(OfficeFileCheck.ofCompoundFile(file), name);
        }
        throw new RequestRefused("materials.file.notAccepted", name);
    }

    private static MaterialContent office(OfficeFileCheck.Verdict verdict, String name) {
        switch (verdict.problem()) {
            case ENCRYPTED -> throw new RequestRefused("materials.file.encrypted", name);
            case ZIP_BOMB -> throw new RequestRefused("materials.file.zipBomb", name);
            case UNREADABLE -> throw new RequestRefused("materials.file.unreadable", name);
            case NONE -> {
                // Whole: the kind says what it holds.
            }
        }
        return switch (verdict.kind()) {
            case DOCX -> DOCX;
            case XLSX -> XLSX;
            case DOC -> DOC;
            case XLS -> XLS;
            case NONE -> throw new RequestRefused("materials.file.notAccepted", name);
        };
    }

    private void checkWhole(Path file, String name, long size) throws IOException {
        switch (this) {
            case PDF -> checkPdf(file, name, size);
            case JPEG, PNG -> {
                try {
                    AddPhoto.pictureType(file, name);
                } catch (RequestRefused notWhole) {
                    throw new RequestRefused("materials.file.unreadable", name);
                }
            }
            default -> {
                // Office files were opened whole when their kind was found.
            }
        }
    }

    private static void checkPdf(Path file, String name, long size) throws IOException {
        int tailLength = (int) Math.min(size, PDF_TAIL);
        ByteBuffer tail = ByteBuffer.allocate(tailLength);
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(size - tailLength);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // Reads the whole tail.
            }
        }
        String text = new String(tail.array(), StandardCharsets.ISO_8859_1);
        if (!text.substring(Math.max(0, text.length() - PDF_END)).contains("%%EOF")) {
            throw new RequestRefused("materials.file.unreadable", name);
        }
        if (ENCRYPT_KEY.matcher(text).find()) {
            throw new RequestRefused("materials.file.encrypted", name);
        }
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        return read >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
