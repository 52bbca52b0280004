package org.civicinspect.excel;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What an Office file holds, judged by opening it with POI: a Word or Excel document (Office Open XML, a zip, or the
 * older OLE2 compound file), and whether it is encrypted, a zip bomb (POI's {@link ZipSecureFile} limits on each entry's
 * inflate ratio and size) or unreadable. Only for files whose first bytes say zip or OLE2.
 */
public final class OfficeFileCheck {

    /** The kind of document inside; {@code NONE} for a container that holds neither a Word nor an Excel document. */
    public enum Kind { DOCX, XLSX, DOC, XLS, NONE }

    /** What is wrong with the file, if anything. */
    public enum Problem { NONE, ENCRYPTED, ZIP_BOMB, UNREADABLE }

    /** The verdict on a file; {@code detail} is POI's word on a problem, for the log and the message. */
    public record Verdict(Kind kind, Problem problem, String detail) {
        static Verdict fine(Kind kind) {
            return new Verdict(kind, Problem.NONE, "");
        }
    }

    /** [MS-DOC] FibBase: the flags at offset 10 of the WordDocument stream; fEncrypted is bit 8. */
    private static final int FIB_FLAGS = 10;
    private static final int F_ENCRYPTED = 0x0100;

    private OfficeFileCheck() {
    }

    /** A zip container: a .docx or .xlsx package, every entry read through POI's zip-bomb limits. */
    public static Verdict ofZip(Path file) {
        Set<String> names;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            names = new java.util.HashSet<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                names.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Verdict(Kind.NONE, isBomb(e) ? Problem.ZIP_BOMB : Problem.UNREADABLE, String.valueOf(e.getMessage()));
        }
        Kind kind = names.contains("word/document.xml") ? Kind.DOCX : names.contains("xl/workbook.xml") ? Kind.XLSX : Kind.NONE;
        if (kind == Kind.NONE) {
            return Verdict.fine(kind);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()) {
                return new Verdict(kind, Problem.UNREADABLE, "no main document part");
            }
            return Verdict.fine(kind);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            return new Verdict(kind, isBomb(e) ? Problem.ZIP_BOMB : Problem.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    /**
     * An OLE2 compound file: an encrypted Office Open XML package (its EncryptionInfo stream), a Word 97–2003 document
     * (encrypted when its FIB says so) or an Excel 97–2003 workbook (opened with HSSF, which refuses an encrypted one).
     */
    public static Verdict ofCompoundFile(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return new Verdict(Kind.NONE, Problem.ENCRYPTED, "EncryptionInfo");
            }
            if (root.hasEntry("WordDocument")) {
                return wordDocument(root);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                try (HSSFWorkbook ignored = new HSSFWorkbook(root, false)) {
                    return Verdict.fine(Kind.XLS);
                } catch (EncryptedDocumentException e) {
                    return new Verdict(Kind.XLS, Problem.ENCRYPTED, String.valueOf(e.getMessage()));
                }
            }
            return Verdict.fine(Kind.NONE);
        } catch (IOException | RuntimeException e) {
            return new Verdict(Kind.NONE, Problem.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    private static Verdict wordDocument(DirectoryNode root) throws IOException {
        byte[] fib = new byte[FIB_FLAGS + 2];
        try (DocumentInputStream in = root.createDocumentInputStream("WordDocument")) {
            in.readFully(fib);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            throw new EOFException("WordDocument stream is shorter than its header");
        }
        int flags = ByteBuffer.wrap(fib).order(ByteOrder.LITTLE_ENDIAN).getShort(FIB_FLAGS) & 0xFFFF;
        return (flags & F_ENCRYPTED) != 0 ? new Verdict(Kind.DOC, Problem.ENCRYPTED, "fEncrypted") : Verdict.fine(Kind.DOC);
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")) {
                return true;
            }
        }
        return false;
    }
}
