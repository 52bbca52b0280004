package org.civicinspect.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

/**
 * A data folder with its SQLite database ({@code workspace.db}: WAL, foreign keys, synchronous=FULL) and the
 * folders beside it. Opening migrates the schema; every write runs in one transaction.
 */
public final class Workspace {

    public static final String DATABASE_FILE = "workspace.db";

    private final Path folder;
    private final SQLiteDataSource dataSource;
    private final PhotoStore photos;
    private final WorkspaceLock.Shared hold;
    private volatile Supplier<String> device = () -> null;

    private Workspace(Path folder, SQLiteDataSource dataSource, WorkspaceLock.Shared hold) {
        this.folder = folder;
        this.dataSource = dataSource;
        this.hold = hold;
        this.photos = new PhotoStore(folder.resolve("photos"));
    }

    /** Opens the workspace, keeping the newest 10 automatic backups when an upgrade makes one. */
    public static Workspace open(Path folder) {
        return open(folder, 10);
    }

    /**
     * Opens (creating or upgrading as needed) the workspace; an upgrade first backs it up, keeping the newest
     * {@code keepBackups}. The workspace holds its folder until {@link #close}: refused while a restore runs there
     * ({@link WorkspaceBusyException}); when it is the only program there, it first clears what a killed one left.
     */
    public static Workspace open(Path folder, int keepBackups) {
        try {
            for (String sub : new String[] {"photos", "backups", "keys", "logs", "native"}) {
                Files.createDirectories(folder.resolve(sub));
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder, e);
        }
        WorkspaceLock.Shared hold = WorkspaceLock.share(folder, () -> Leftovers.clear(folder));
        try {
            return open(folder, keepBackups, hold);
        } catch (RuntimeException e) {
            hold.close();
            throw e;
        }
    }

    private static Workspace open(Path folder, int keepBackups, WorkspaceLock.Shared hold) {
        // sqlite-jdbc unpacks its native library into java.io.tmpdir, which fails where /tmp is noexec.
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            System.setProperty("org.sqlite.tmpdir", folder.resolve("native").toString());
        }
        SQLiteDataSource dataSource = SqliteDialect.dataSource(folder.resolve(DATABASE_FILE));
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        boolean existing = Files.exists(folder.resolve(DATABASE_FILE));
        if (existing) {
            refuseNewer(flyway.info());
        }
        // An upgrade of an existing workspace starts from a backup, so a failed or unwanted upgrade loses nothing.
        if (existing && flyway.info().pending().length > 0) {
            try {
                WorkspaceBackup.automatic(folder, "before-upgrade", Instant.now(), keepBackups);
            } catch (IOException e) {
                throw new StoreException("cannot back up the workspace before upgrading it", e);
            }
        }
        flyway.migrate();
        Workspace workspace = new Workspace(folder, dataSource, hold);
        if (AuditAnchor.read(folder).isEmpty()) {
            workspace.anchor();
        }
        return workspace;
    }

    /** Refuses the database in a file (a backup being checked) when a newer program made it; changes nothing. */
    static void refuseNewer(Path database) {
        refuseNewer(Flyway.configure().dataSource(SqliteDialect.dataSource(database)).locations("classpath:db/migration").load().info());
    }

    // Flyway passes over applied migrations it does not know, so without this an older program would write to a newer schema.
    private static void refuseNewer(MigrationInfoService info) {
        MigrationInfo applied = info.current();
        MigrationVersion newestKnown = Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (applied != null && newestKnown != null && applied.getVersion().compareTo(newestKnown) > 0) {
            throw new NewerWorkspaceException(applied.getVersion().getVersion(), newestKnown.getVersion());
        }
    }

    /** Names the device this workspace runs on (its key's fingerprint), written beside the person on every audit entry. */
    public void identifyDevice(Supplier<String> device) {
        this.device = device;
    }

    public Path folder() {
        return folder;
    }

    /** The photo files of this workspace, by SHA-256; their rows are in each transaction's {@link Tx#photos()}. */
    public PhotoStore photoStore() {
        return photos;
    }

    public Path database() {
        return folder.resolve(DATABASE_FILE);
    }

    /** A new connection with the workspace's settings; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Gives the folder back: a restore may replace the workspace once no program has it open. */
    public void close() {
        hold.close();
    }

    public <T> T read(SqlWork<T> work) {
        hold.enter();
        try (Connection connection = connect()) {
            return work.run(new Tx(connection, device));
        } catch (SQLException e) {
            throw new StoreException("reading the workspace failed", e);
        } finally {
            hold.leave();
        }
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        hold.enter();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                Tx tx = new Tx(connection, device);
                T result = work.run(tx);
                connection.commit();
                if (tx.appendedAudit()) {
                    anchor();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("writing the workspace failed", e);
        } finally {
            hold.leave();
        }
    }

    /**
     * Moves the audit anchor to the head just committed. A failure here is not the write's: it is committed, and
     * {@code verify} accepts entries after the anchored one, so the anchor only lags until the next commit.
     */
    private void anchor() {
        try (Connection connection = connect()) {
            AuditAnchor.follow(folder, new Tx(connection, device).audit());
        } catch (SQLException | StoreException e) {
            org.slf4j.LoggerFactory.getLogger(Workspace.class).warn("the audit anchor was not renewed", e);
        }
    }

    /** Runs the work in a transaction that is always rolled back: what a write would do, without doing it. */
    public <T> T rehearse(SqlWork<T> work) {
        hold.enter();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                return work.run(new Tx(connection, device));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the workspace failed", e);
        } finally {
            hold.leave();
        }
    }
}
