package org.civicinspect.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The head of the audit chain, signed with the device key, kept in a small file beside the database ({@value #FILE})
 * and renewed after every commit that appends entries. The chain alone cannot show that its last entries were
 * removed, or that it was rewritten with every hash recomputed; compared with this anchor it can, and the signature
 * shows that the anchor itself was written by this device. Backups and packages carry a copy, so a chain cut or
 * rewritten together with the anchor here still disagrees with the copies held elsewhere.
 */
public final class AuditAnchor {

    public static final String FILE = "audit-anchor";
    private static final String FORMAT = "civicinspect audit anchor 2";
    /** Anchors written before they were signed: read, and reported as unsigned. */
    private static final String UNSIGNED_FORMAT = "civicinspect audit anchor 1";

    /** Signs anchors and checks signatures: the device key, which {@code store} cannot reach itself. */
    public interface Seal {
        /** This device's public key (X.509, Base64). */
        String publicKey();

        /** This device's signature of the bytes (Base64). */
        String sign(byte[] data);

        /** Whether {@code signature} is the signature of {@code data} by {@code publicKey}. */
        boolean holds(String publicKey, byte[] data, String signature);
    }

    /**
     * An anchor: the head it names, and the public key and signature over {@link #signedBytes()} (both empty for an
     * unsigned anchor). A head of -1 entries is an anchor that could not be read.
     */
    public record Signed(AuditLog.Head head, String publicKey, String signature) {

        public boolean readable() {
            return head.entries() >= 0;
        }

        public boolean signed() {
            return !signature.isEmpty();
        }

        /** What the signature covers: the format, the count and the hash, one a line. */
        public byte[] signedBytes() {
            return (FORMAT + "\n" + head.entries() + "\n" + head.hash() + "\n").getBytes(StandardCharsets.UTF_8);
        }

        /** The anchor as its file holds it. */
        public String text() {
            return new String(signedBytes(), StandardCharsets.UTF_8) + publicKey + "\n" + signature + "\n";
        }

        /** Whether this device signed it and the signature holds. */
        public boolean sealedBy(Seal seal) {
            return signed() && seal.publicKey().equals(publicKey) && seal.holds(publicKey, signedBytes(), signature);
        }

        /** Whether the key it names signed it: true of a whole anchor from any device, false of one changed since. */
        public boolean holds(Seal seal) {
            return signed() && seal.holds(publicKey, signedBytes(), signature);
        }
    }

    private static final Signed UNREADABLE = new Signed(new AuditLog.Head(-1, ""), "", "");

    private AuditAnchor() {
    }

    /** The anchor beside the database; empty when there is none. */
    public static Optional<Signed> read(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.of(UNREADABLE);
        }
    }

    /** An anchor from its text (a file, a backup's entry); unreadable text gives an anchor of -1 entries. */
    public static Signed parse(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        try {
            if (lines.size() >= 5 && lines.get(0).equals(FORMAT)) {
                return new Signed(new AuditLog.Head(Long.parseLong(lines.get(1)), lines.get(2)), lines.get(3), lines.get(4));
            }
            if (lines.size() >= 3 && lines.get(0).equals(UNSIGNED_FORMAT)) {
                return new Signed(new AuditLog.Head(Long.parseLong(lines.get(1)), lines.get(2)), "", "");
            }
        } catch (NumberFormatException e) {
            return UNREADABLE;
        }
        return UNREADABLE;
    }

    /**
     * The anchor a backup carries, empty when it carries none (a backup made before anchors were carried).
     * Read no further than a few kilobytes: an anchor is five short lines.
     */
    public static Optional<Signed> inBackup(Path backup) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry(FILE);
            if (entry == null) {
                return Optional.empty();
            }
            try (java.io.InputStream in = zip.getInputStream(entry)) {
                return Optional.of(parse(new String(in.readNBytes(8 * 1024), StandardCharsets.UTF_8)));
            }
        }
    }

    /** The head signed by this device. */
    public static Signed seal(AuditLog.Head head, Seal seal) {
        Signed unsigned = new Signed(head, seal.publicKey(), "");
        return new Signed(head, seal.publicKey(), seal.sign(unsigned.signedBytes()));
    }

    /**
     * After a restore: the backup's anchor, when its signature holds (whichever device signed it, as when the backup
     * was made on another computer) and the restored chain holds the entry it names, is signed again by this device.
     * Any other is left as it came, for {@code verify} to report. A restore trusts the backup it is given.
     */
    public static void adoptRestored(Path folder, Seal seal) throws IOException {
        Optional<Signed> anchor = read(folder);
        if (anchor.isEmpty() || !anchor.get().holds(seal) || anchor.get().sealedBy(seal)) {
            return;
        }
        try (Connection c = SqliteDialect.open(folder.resolve(Workspace.DATABASE_FILE))) {
            if (new AuditLog(c, () -> null, null).reaches(anchor.get().head())) {
                write(folder, seal(anchor.get().head(), seal));
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the restored audit log", e);
        }
    }

    /** Forgets the anchor, for a database put in place whole from a backup that carried none: the next start anchors its chain. */
    public static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }

    /**
     * Puts the anchor in place, by a temporary file moved over the old one. Not synced to the disk: a power cut can
     * only leave the anchor before (behind the chain by the entries since, which still link up to it) or, where the
     * file system writes a rename before the data it names, an empty file that {@code verify} reports as unreadable.
     */
    static void write(Path folder, Signed anchor) {
        try {
            Path temp = Files.createTempFile(folder, ".anchor-", ".tmp");
            try {
                Files.writeString(temp, anchor.text(), StandardCharsets.UTF_8);
                Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write the audit anchor in " + folder, e);
        }
    }
}
