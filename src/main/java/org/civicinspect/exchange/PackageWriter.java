package org.civicinspect.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;

/**
 * Writes a package: the content entries, then the manifest that lists each one's size and SHA-256, then the
 * sender's signature of the manifest. The file appears under its name only when complete (and, with a passphrase,
 * only encrypted).
 */
public final class PackageWriter {

    /** What the manifest says of the package besides its entries. */
    public record Header(PackageKind kind, String packageId, java.time.Instant createdAt, long sequence, String senderRole,
                         String senderName, String roundId, String roundName, String teamId, String teamName) {
    }

    private record Pending(String name, byte[] bytes, Path file) {
    }

    private final List<Pending> entries = new ArrayList<>();
    private Manifest.Anchor auditAnchor;
    private int formatVersion = Manifest.WITHOUT_SURVEY;

    public PackageWriter json(String name, Object content) {
        entries.add(new Pending(name, PackageJson.write(content), null));
        return this;
    }

    public PackageWriter photo(String sha256, Path file) {
        entries.add(new Pending(PackageReader.PHOTO_PREFIX + sha256, null, file));
        return this;
    }

    /** A material file, carried as {@code files/SHA256} and stored like a photo (uncompressed). */
    public PackageWriter file(String sha256, Path file) {
        entries.add(new Pending(PackageReader.FILE_PREFIX + sha256, null, file));
        return this;
    }

    /** The package carries the survey: it is written in the format that programs older than the survey refuse. */
    public PackageWriter carryingTheSurvey() {
        this.formatVersion = Manifest.CURRENT_VERSION;
        return this;
    }

    /** The sender's signed audit anchor, carried in the manifest. */
    public PackageWriter auditAnchor(Manifest.Anchor anchor) {
        this.auditAnchor = anchor;
        return this;
    }

    /** Writes the signed package to {@code out}, encrypted when a passphrase is given; returns the manifest written. */
    public Manifest write(Path out, Header header, DeviceKey key, char[] passphrase) throws IOException {
        Path zip = Files.createTempFile(out.toAbsolutePath().getParent(), ".package-", ".zip");
        Path sealed = null;
        try {
            Manifest manifest;
            try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(zip))) {
                List<Manifest.Entry> listed = new ArrayList<>();
                for (Pending entry : entries) {
                    zos.putNextEntry(entry.file() == null ? new ZipEntry(entry.name()) : stored(entry.name(), entry.file()));
                    MessageDigest digest = Sha256.digest();
                    long bytes;
                    DigestOutputStream hashing = new DigestOutputStream(new UnclosedStream(zos), digest);
                    if (entry.file() == null) {
                        hashing.write(entry.bytes());
                        bytes = entry.bytes().length;
                    } else {
                        try (InputStream in = Files.newInputStream(entry.file())) {
                            bytes = in.transferTo(hashing);
                        }
                    }
                    zos.closeEntry();
                    listed.add(new Manifest.Entry(entry.name(), bytes, Sha256.hex(digest)));
                }
                manifest = new Manifest(Manifest.FORMAT, formatVersion, header.kind(), header.packageId(), header.createdAt(),
                        header.sequence(), new Manifest.Sender(header.senderRole(), Base64.getEncoder().encodeToString(key.publicKey().getEncoded()),
                        key.fingerprint(), header.senderName()), header.roundId(), header.roundName(), header.teamId(), header.teamName(), listed,
                        auditAnchor);
                byte[] manifestBytes = PackageJson.write(manifest);
                zos.putNextEntry(new ZipEntry(PackageReader.MANIFEST));
                zos.write(manifestBytes);
                zos.closeEntry();
                zos.putNextEntry(new ZipEntry(PackageReader.SIGNATURE));
                zos.write(Base64.getEncoder().encode(key.sign(manifestBytes)));
                zos.closeEntry();
            }
            Path finished = zip;
            if (passphrase != null && passphrase.length > 0) {
                sealed = Files.createTempFile(out.toAbsolutePath().getParent(), ".package-", ".sealed");
                PassphraseCipher.encrypt(zip, sealed, passphrase);
                finished = sealed;
            }
            Files.move(finished, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(zip);
            if (sealed != null) {
                Files.deleteIfExists(sealed);
            }
        }
    }

    /**
     * An entry for a file that goes in as it is, the ZIP way of storing (no deflate): photos and most material files are
     * compressed already, and a stored entry is read back straight into its array where a deflated one goes through a
     * buffer of its own and the inflater. Storing needs the size and CRC-32 before the bytes; should the file change
     * before they are copied, the zip refuses the entry.
     */
    private static ZipEntry stored(String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        long size;
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc.getValue());
        return entry;
    }

    /** Lets an entry be written through wrapping streams without closing the zip underneath. */
    private static final class UnclosedStream extends OutputStream {
        private final OutputStream target;

        UnclosedStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }
    }
}
