package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of a workspace: a zip holding {@code workspace.db}, made by SQLite's {@code VACUUM INTO} (never a copy
 * of the live file) and compressed, its signed {@code audit-anchor}, and every photo as it is. Restoring checks the
 * copy before it replaces anything.
 */
public final class WorkspaceBackup {

    public static final String DATABASE_ENTRY = "workspace.db";
    public static final String PHOTOS_PREFIX = "photos/";
    /** A zip still being written, named so in the folder it is meant for. */
    static final String PARTIAL_PREFIX = ".backup-";
    /**
     * A backup in backups/ that work meant to be all or none makes first and deletes when it has finished or been
     * undone: found at the next start, it means the work was interrupted, and the workspace is put back from it.
     */
    public static final String UNDO_PREFIX = ".undo-";
    private static final long MAX_ENTRY_BYTES = 4L * 1024 * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final int STAMP_LENGTH = "yyyyMMdd-HHmmss-SSS".length();

    /** A backup that cannot be restored; the message key says why. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final transient List<Object> args;

        Unusable(String messageKey, Throwable cause, Object... args) {
            super(messageKey, cause);
            this.messageKey = messageKey;
            this.args = List.of(args);
        }

        public String messageKey() {
            return messageKey;
        }

        /** What the message names after the backup's file name. */
        public List<Object> args() {
            return args;
        }
    }

    private WorkspaceBackup() {
    }

    /** Writes a backup of the workspace's database and photos to {@code out}. */
    public static void create(Path folder, Path out) throws IOException {
        write(begin(folder, Set.of()), out);
    }

    /**
     * A backup begun: the audit anchor it carries and the photos it holds, fixed before its database is copied. Beginning
     * before a write places photos and finishing ({@link #made(Begun)}) while it runs leaves that write's photos out.
     */
    public record Begun(Path folder, Optional<String> anchor, List<Path> photos) {
    }

    /** Reads the anchor and lists the photos now in the workspace, but those {@code leftOut}. */
    public static Begun begin(Path folder, Set<Path> leftOut) throws IOException {
        // Read before the copy is made, so the copied chain holds at least the entry it names.
        Optional<String> anchor = AuditAnchor.read(folder).filter(AuditAnchor.Signed::readable).map(AuditAnchor.Signed::text);
        Path photos = folder.resolve("photos");
        Set<Path> left = leftOut.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<Path> listed = List.of();
        if (Files.isDirectory(photos)) {
            try (Stream<Path> files = Files.walk(photos)) {
                // Files whose names start with a dot are photos still being written (by a merge, say), not photos yet.
                listed = files.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && !left.contains(p.toAbsolutePath().normalize()))
                        .sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Begun(folder, anchor, listed);
    }

    private static void write(Begun begun, Path out) throws IOException {
        Path folder = begun.folder();
        Files.createDirectories(folder.resolve("backups"));
        Path temp = Files.createTempDirectory(folder.resolve("backups"), ".making-");
        Path copy = temp.resolve(DATABASE_ENTRY);
        try {
            try (Connection c = SqliteDialect.open(folder.resolve(Workspace.DATABASE_FILE))) {
                SqliteDialect.copyInto(c, copy);
            } catch (SQLException e) {
                throw new IOException("VACUUM INTO failed", e);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(out.toAbsolutePath().getParent(), PARTIAL_PREFIX, ".tmp");
            try {
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                    // Every merge makes one: the fastest level still shrinks a database several times, at a fraction of the time.
                    zip.setLevel(Deflater.BEST_SPEED);
                    add(zip, DATABASE_ENTRY, copy);
                    if (begun.anchor().isPresent()) {
                        zip.putNextEntry(new ZipEntry(AuditAnchor.FILE));
                        zip.write(begun.anchor().get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                    // Photos are JPEG or PNG, compressed already: deflating them again takes most of a backup's time and saves nothing.
                    zip.setLevel(Deflater.NO_COMPRESSION);
                    Path photos = folder.resolve("photos");
                    for (Path photo : begun.photos()) {
                        add(zip, PHOTOS_PREFIX + photos.relativize(photo).toString().replace('\\', '/'), photo);
                    }
                }
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } finally {
            deleteTree(temp);
        }
    }

    /** An automatic backup in the workspace's backups/ folder, named by its reason and time; keeps the newest {@code keep}. */
    public static Path automatic(Path folder, String reason, Instant now, int keep) throws IOException {
        return keepAutomatic(folder, made(folder), reason, now, keep);
    }

    /**
     * A backup made now but not yet kept: it sits in backups/ under a name of a backup still being written (so a
     * start after a crash clears it away) until {@link #keepAutomatic} keeps it or the caller deletes it.
     */
    public static Path made(Path folder) throws IOException {
        return made(begin(folder, Set.of()));
    }

    /** As {@link #made(Path)}, of a backup begun earlier: its database as it is now, the photos listed then. */
    public static Path made(Begun begun) throws IOException {
        Path out = begun.folder().resolve("backups").resolve(PARTIAL_PREFIX + "made-" + System.nanoTime() + ".zip");
        write(begun, out);
        return out;
    }

    /** Keeps a backup {@link #made} earlier as an automatic backup named by its reason and time; keeps the newest {@code keep}. */
    public static Path keepAutomatic(Path folder, Path made, String reason, Instant now, int keep) throws IOException {
        Path out = folder.resolve("backups").resolve("auto-" + reason + "-" + STAMP.format(now) + ".zip");
        Files.move(made, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Path> autos = automaticBackups(folder);
        for (Path old : autos.subList(Math.min(keep, autos.size()), autos.size())) {
            Files.deleteIfExists(old);
        }
        return out;
    }

    /** The automatic backups in backups/, newest first (by the time in their names, whatever their reason). */
    public static List<Path> automaticBackups(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("auto-") && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(WorkspaceBackup::stamp).reversed()).toList();
        }
    }

    /** When an automatic backup was made, from its name; empty for a file whose name does not say. */
    public static Optional<Instant> madeAt(Path backup) {
        try {
            return Optional.of(Instant.from(STAMP.parse(stamp(backup))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String stamp(Path backup) {
        String name = backup.getFileName().toString();
        int end = name.length() - ".zip".length();
        return name.substring(Math.max(0, end - STAMP_LENGTH), end);
    }

    /** Unpacks and checks a backup without touching the workspace. */
    public static void check(Path backup, Path folder) throws Unusable, IOException {
        Files.createDirectories(folder.resolve("backups"));
        Path temp = Files.createTempDirectory(folder.resolve("backups"), ".checking-");
        try {
            unpack(backup, temp);
            Path database = temp.resolve(DATABASE_ENTRY);
            if (!Files.isRegularFile(database)) {
                throw new Unusable("backup.noDatabase", null);
            }
            check(database);
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Keeps the workspace as it is before a restore: a proper backup when its database opens, else (a damaged
     * file, which nothing has open) the files themselves, moved aside. Returns where they went.
     */
    public static Path keepCurrent(Path folder, Instant now, int keep) throws IOException {
        Path live = folder.resolve(Workspace.DATABASE_FILE);
        Files.createDirectories(folder.resolve("backups"));
        if (!Files.exists(live)) {
            return folder.resolve("backups");
        }
        try {
            return automatic(folder, "before-restore", now, keep);
        } catch (IOException e) {
            Path aside = folder.resolve("backups").resolve("damaged-" + STAMP.format(now));
            Files.createDirectories(aside);
            for (String name : List.of(Workspace.DATABASE_FILE, Workspace.DATABASE_FILE + "-wal", Workspace.DATABASE_FILE + "-shm")) {
                if (Files.exists(folder.resolve(name))) {
                    Files.move(folder.resolve(name), aside.resolve(name));
                }
            }
            return aside;
        }
    }

    /**
     * An undo point for work that must be all or none: a backup under {@link #UNDO_PREFIX} in backups/. The work
     * deletes it when done; a program killed before that finds it at the next start and puts the workspace back.
     */
    public static Path undoPoint(Path folder) throws IOException {
        Path out = folder.resolve("backups").resolve(UNDO_PREFIX + System.nanoTime() + ".zip");
        create(folder, out);
        return out;
    }

    /**
     * Replaces the workspace's database with the backup's and adds its photos. The copy is unpacked and checked
     * (a zip of ours, safe entry names, a sound SQLite file with our schema) before anything is replaced. Each step
     * leaves a whole workspace, so a kill at any moment leaves the old one or the new one: the photos go in first
     * (each complete before it has its name, a damaged one replaced by the backup's good copy), then the old
     * database is checkpointed so it no longer needs its log, its audit anchor goes, then the new database takes its
     * name in one move.
     * The caller holds the folder alone ({@link WorkspaceLock#alone}).
     */
    public static void restore(Path folder, Path backup) throws Unusable, IOException {
        Files.createDirectories(folder.resolve("backups"));
        Path temp = Files.createTempDirectory(folder.resolve("backups"), ".restoring-");
        try {
            unpack(backup, temp);
            Path database = temp.resolve(DATABASE_ENTRY);
            if (!Files.isRegularFile(database)) {
                throw new Unusable("backup.noDatabase", null);
            }
            check(database);
            Path photos = temp.resolve("photos");
            if (Files.isDirectory(photos)) {
                PhotoFolder store = new PhotoFolder(folder.resolve("photos"));
                try (Stream<Path> files = Files.walk(photos)) {
                    for (Path photo : files.filter(Files::isRegularFile).toList()) {
                        String sha = photo.getFileName().toString();
                        // A photo the backup itself holds damaged is not let in, least of all over a good copy.
                        if (PhotoStore.isName(sha) && PhotoStore.matches(photo, sha)) {
                            store.keep(photo, sha);
                        }
                    }
                }
            }
            Path live = folder.resolve(Workspace.DATABASE_FILE);
            checkpoint(live);
            Files.deleteIfExists(folder.resolve(Workspace.DATABASE_FILE + "-wal"));
            Files.deleteIfExists(folder.resolve(Workspace.DATABASE_FILE + "-shm"));
            // The anchor is the old chain's: gone first, it cannot be taken for a cut in the new one. The restored chain's
            // anchor is the one the backup carried (a kill before it is in place, or a backup made before anchors were
            // carried, leaves none, and the next start anchors afresh, saying so in the log).
            AuditAnchor.forget(folder);
            Files.move(database, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path anchor = temp.resolve(AuditAnchor.FILE);
            if (Files.isRegularFile(anchor)) {
                Files.move(anchor, folder.resolve(AuditAnchor.FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteTree(temp);
        }
    }

    // Everything committed moves from the log into the database file, so removing the log loses nothing.
    private static void checkpoint(Path live) throws IOException {
        if (!Files.exists(live)) {
            return;
        }
        try (Connection c = SqliteDialect.open(live); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IOException("the workspace's log could not be written into its database", e);
        }
    }

    private static void unpack(Path backup, Path into) throws Unusable, IOException {
        if (!Files.isRegularFile(backup)) {
            throw new Unusable("backup.missing", null);
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            boolean any = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                any = true;
                String name = entry.getName();
                Path target = into.resolve(name).normalize();
                boolean ours = name.equals(DATABASE_ENTRY) || name.equals(AuditAnchor.FILE) || name.startsWith(PHOTOS_PREFIX);
                if (!ours || !target.startsWith(into) || name.contains("..") || name.startsWith("/") || name.contains("\\")) {
                    throw new Unusable("backup.foreignEntry", null);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    copyLimited(zip, out);
                }
            }
            if (!any) {
                throw new Unusable("backup.notBackup", null);
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new Unusable("backup.damaged", e);
        }
    }

    private static void copyLimited(InputStream in, OutputStream out) throws IOException, Unusable {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new Unusable("backup.tooLarge", null);
            }
            out.write(buffer, 0, n);
        }
    }

    private static void check(Path database) throws Unusable {
        try (Connection c = SqliteDialect.open(database); Statement s = c.createStatement()) {
            if (!"ok".equals(SqliteDialect.integrityCheck(c))) {
                throw new Unusable("backup.unsound", null);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    throw new Unusable("backup.notBackup", null);
                }
            }
        } catch (SQLException e) {
            throw new Unusable("backup.notBackup", e);
        }
        try {
            Workspace.refuseNewer(database);
        } catch (NewerWorkspaceException e) {
            throw new Unusable("backup.newerVersion", e, e.workspaceVersion(), e.programVersion());
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void deleteTree(Path folder) throws IOException {
        Leftovers.deleteTree(folder);
    }
}
