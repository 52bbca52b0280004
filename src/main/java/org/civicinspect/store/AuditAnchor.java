package org.civicinspect.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The head of the audit chain, kept in a small file beside the database ({@value #FILE}) and renewed after every
 * commit that appends entries. The chain alone cannot show that its last entries were removed, or that it was
 * rewritten with every hash recomputed; compared with this anchor it can. The anchor is not signed: whoever can
 * write the data folder can rewrite it together with the database.
 */
public final class AuditAnchor {

    public static final String FILE = "audit-anchor";
    private static final String FORMAT = "civicinspect audit anchor 1";

    private AuditAnchor() {
    }

    public static Optional<AuditLog.Head> read(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(FORMAT)) {
                return Optional.of(new AuditLog.Head(-1, ""));
            }
            return Optional.of(new AuditLog.Head(Long.parseLong(lines.get(1).strip()), lines.get(2).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(new AuditLog.Head(-1, ""));
        }
    }

    /**
     * Moves the anchor to the chain's head, unless the chain no longer reaches the entry anchored before: then the
     * anchor stays, so that what happened to the chain is still seen by {@code verify}.
     */
    static void follow(Path folder, AuditLog log) throws java.sql.SQLException {
        Optional<AuditLog.Head> anchored = read(folder);
        if (anchored.isPresent() && !log.reaches(anchored.get())) {
            return;
        }
        write(folder, log.head());
    }

    /** Forgets the anchor, for a database put in place whole (a restore): the next commit anchors its chain. */
    public static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }

    private static void write(Path folder, AuditLog.Head head) {
        try {
            Path temp = Files.createTempFile(folder, ".anchor-", ".tmp");
            Files.writeString(temp, FORMAT + "\n" + head.entries() + "\n" + head.hash() + "\n", StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write the audit anchor in " + folder, e);
        }
    }
}
