package org.civicinspect.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.LoggerFactory;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A data folder with its SQLite database ({@code workspace.db}: WAL, foreign keys, synchronous=FULL) and the
 * folders beside it. Opening migrates the schema; every write runs in one transaction.
 */
public final class Workspace {

    public static final String DATABASE_FILE = "workspace.db";

    private final Path folder;
    private final DataSource dataSource;
    private final Engine engine;
    private final String place;
    private final String login;
    private final PhotoStore photos;
    private final WorkspaceLock.Shared hold;
    private volatile Supplier<String> device = () -> null;
    private volatile AnchorFollower anchors;
    private final AnchorQueue anchoring = new AnchorQueue();
    private final AtomicLong entriesWrittenHere = new AtomicLong();
    /** Who signed in to the server, or null on this computer's workspace. */
    private final ServerLogin server;

    private Workspace(Path folder, DataSource dataSource, Engine engine, String place, ServerLogin server, String login,
                      WorkspaceLock.Shared hold, Function<Workspace, PhotoStore> photos) {
        this.folder = folder;
        this.server = server;
        this.dataSource = dataSource;
        this.engine = engine;
        this.place = place;
        this.login = login;
        this.hold = hold;
        this.photos = photos.apply(this);
        hold.settleBeforeAlone(anchoring::settle);
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
        return held(folder, "photos", hold -> open(folder, keepBackups, hold));
    }

    /**
     * Opens (creating or upgrading the schema as needed) a workspace whose database is on a PostgreSQL server, signed
     * in as the login's user; the folder keeps what stays on this computer. The server's database is backed up by
     * its owner, so an upgrade here makes no backup of its own.
     */
    public static Workspace open(Path folder, ServerLogin login) {
        return held(folder, PhotosOnServer.CACHE_FOLDER, hold -> {
            HikariDataSource pool = login.signIn();
            try {
                PostgresDialect.requireCodePointOrder(pool);
                if (!SchemaVersions.current(pool, Engine.POSTGRESQL)) {
                    Flyway flyway = migrations(pool, Engine.POSTGRESQL);
                    MigrationInfoService applied = flyway.info();
                    refuseNewer(Engine.POSTGRESQL, applied);
                    // Flyway's migrate takes its lock and reads the catalogue again even with nothing to do.
                    if (applied.pending().length > 0) {
                        SchemaVersions.migrated(Engine.POSTGRESQL, flyway.migrate());
                    }
                }
                return new Workspace(folder, pool, Engine.POSTGRESQL, login.address(), login, PostgresDialect.sessionUser(pool), hold,
                        workspace -> new PhotosOnServer(workspace, folder, login.jdbcUrl()));
            } catch (RuntimeException e) {
                RuntimeException failure = refusedOnOpening(pool, e);
                pool.close();
                throw failure;
            }
        });
    }

    /** A login given none of the group roles cannot even read which migrations the database has had. */
    private static RuntimeException refusedOnOpening(DataSource pool, RuntimeException failure) {
        try (Connection c = pool.getConnection()) {
            return Engine.POSTGRESQL.privilegeRefused(c, PostgresDialect.sessionUser(pool), failure).<RuntimeException>map(r -> r).orElse(failure);
        } catch (SQLException | RuntimeException e) {
            return failure;
        }
    }

    /**
     * Creates the folders beside the database (with {@code photos}, where the photos' files go) and holds the folder
     * while {@code opening} opens the database.
     */
    private static Workspace held(Path folder, String photos, Function<WorkspaceLock.Shared, Workspace> opening) {
        try {
            for (String sub : new String[] {photos, "backups", "keys", "logs"}) {
                Files.createDirectories(folder.resolve(sub));
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder, e);
        }
        WorkspaceLock.Shared hold = WorkspaceLock.share(folder, () -> Leftovers.clear(folder));
        try {
            return opening.apply(hold);
        } catch (RuntimeException e) {
            hold.close();
            throw e;
        }
    }

    private static Workspace open(Path folder, int keepBackups, WorkspaceLock.Shared hold) {
        // sqlite-jdbc unpacks its native library into java.io.tmpdir, which fails where /tmp is noexec; the user's cache
        // is used instead, never the workspace, which may be read-only.
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            DataFolder.nativeLibraries(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                    .ifPresent(dir -> System.setProperty("org.sqlite.tmpdir", dir.toString()));
        }
        Path database = folder.resolve(DATABASE_FILE);
        SQLiteDataSource dataSource = SqliteDialect.dataSource(database);
        boolean existing = Files.exists(database);
        if (existing && SchemaVersions.current(SqliteDialect.readingSource(database), Engine.SQLITE)) {
            return new Workspace(folder, dataSource, Engine.SQLITE, folder.toString(), null, null, hold, workspace -> new PhotoFolder(folder.resolve("photos")));
        }
        MigrationInfoService applied = existing ? migrations(SqliteDialect.readingSource(database), Engine.SQLITE).info() : null;
        if (existing) {
            refuseNewer(Engine.SQLITE, applied);
        }
        // An upgrade of an existing workspace starts from a backup, so a failed or unwanted upgrade loses nothing.
        if (existing && applied.pending().length > 0) {
            try {
                WorkspaceBackup.automatic(folder, "before-upgrade", Instant.now(), keepBackups);
            } catch (IOException e) {
                throw new StoreException("cannot back up the workspace before upgrading it", e);
            }
        }
        // Flyway's migrate takes the write lock even with nothing to do; a current schema is left alone.
        if (!existing || applied.pending().length > 0) {
            SchemaVersions.migrated(Engine.SQLITE, migrations(dataSource, Engine.SQLITE).migrate());
        }
        return new Workspace(folder, dataSource, Engine.SQLITE, folder.toString(), null, null, hold, workspace -> new PhotoFolder(folder.resolve("photos")));
    }

    private static Flyway migrations(DataSource dataSource, Engine engine) {
        return Flyway.configure().dataSource(dataSource).locations(engine.migrationLocations()).load();
    }

    /** Whether opening the workspace in the folder would upgrade its schema (an older program made it); changes nothing. */
    public static boolean needsUpgrade(Path folder) {
        Path database = folder.resolve(DATABASE_FILE);
        return Files.exists(database) && migrations(SqliteDialect.readingSource(database), Engine.SQLITE).info().pending().length > 0;
    }

    /** Refuses the database in a file (a backup being checked) when a newer program made it; changes nothing. */
    static void refuseNewer(Path database) {
        refuseNewer(Engine.SQLITE, migrations(SqliteDialect.readingSource(database), Engine.SQLITE).info());
    }

    // Flyway passes over applied migrations it does not know, so without this an older program would write to a newer schema.
    private static void refuseNewer(Engine engine, MigrationInfoService info) {
        MigrationInfo applied = info.current();
        MigrationVersion newestKnown = SchemaVersions.learn(engine, info);
        if (applied != null && newestKnown != null && applied.getVersion().compareTo(newestKnown) > 0) {
            throw new NewerWorkspaceException(applied.getVersion().getVersion(), newestKnown.getVersion());
        }
    }

    /** Names the device this workspace runs on (its key's fingerprint), written beside the person on every audit entry. */
    public void identifyDevice(Supplier<String> device) {
        this.device = device;
    }

    /**
     * Signs the audit anchor with the device key from now on, and brings the anchor to the chain's head (see
     * {@link AnchorFollower#start}). Until this is called, commits leave the anchor where it is.
     */
    public void sealAnchorsWith(AuditAnchor.Seal seal) {
        AnchorFollower follower = new AnchorFollower(folder, seal);
        try {
            // A log anchored afresh says so in itself: whoever deletes the anchor to hide a cut leaves this entry behind.
            // A staff computer new to a server's shared log has simply never anchored it, and has written nothing in it.
            if (AuditAnchor.read(folder).isEmpty()) {
                write(tx -> tx.audit().count() == 0 || onServer() && !tx.audit().writtenOn(device.get()) ? null : tx.audit().append(Instant.now().truncatedTo(ChronoUnit.MILLIS), "",
                        AuditLog.Action.ANCHOR, AuditAnchor.FILE, "missing; the log is anchored afresh at its end"));
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Workspace.class).warn("the missing audit anchor could not be recorded", e);
        }
        try (Connection connection = connect()) {
            follower.start(new Tx(connection, engine, device, login).audit());
        } catch (SQLException | RuntimeException e) {
            LoggerFactory.getLogger(Workspace.class).warn("the audit anchor was not brought up to date", e);
        }
        anchors = follower;
    }

    public Path folder() {
        return folder;
    }

    /** The photos' bytes, by SHA-256: files on an embedded workspace, in the database on a server; their rows are in each transaction's {@link Tx#photos()}. */
    public PhotoStore photoStore() {
        return photos;
    }

    /**
     * How many audit entries the writes made through this object have appended since it was opened. Every change is
     * in the log, so the log's length less this counts what everyone else (another program, another staff member on
     * the server) has changed.
     */
    public long entriesWrittenHere() {
        return entriesWrittenHere.get();
    }

    /** Whether the workspace's database is on a shared PostgreSQL server, where staff sign in with their own logins. */
    public boolean onServer() {
        return engine == Engine.POSTGRESQL;
    }

    /** The database login signed in on a server, which every audit entry written here names; empty on an embedded workspace. */
    public java.util.Optional<String> login() {
        return java.util.Optional.ofNullable(login);
    }

    /** Where the workspace's data is, as the user named it: the server's address, else the data folder. */
    public String place() {
        return place;
    }

    /** Writes the server's database whole, photos included, to a PostgreSQL archive ({@code pg_dump}). */
    public void dumpTo(Path out) {
        new ServerDump(serverLogin()).dump(out);
    }

    /** Refuses a file that is not a workspace's PostgreSQL archive ({@link ServerBackupException}), changing nothing. */
    public static void checkArchive(Path archive) {
        ServerDump.check(archive);
    }

    /**
     * Replaces everything in the server's database with what the archive holds, all or nothing, and records who did it
     * at the end of the restored audit log. This computer's anchor moves to that entry: the chain it named before is
     * gone by design. Every other computer's anchor still names it, so their {@code verify} says the log was changed.
     */
    public void restoreFrom(Path archive, Instant at, String actor) {
        ServerDump.check(archive);
        settleAnchor();
        new ServerDump(serverLogin()).restore(archive);
        // Connections that prepared statements on the tables replaced would find them gone: each is renewed once it is free.
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        write(tx -> tx.audit().append(at, actor, AuditLog.Action.RESTORE, archive.getFileName().toString(),
                "the database was replaced by this archive"));
        AnchorFollower follower = anchors;
        if (follower != null) {
            settleAnchor();
            read(tx -> {
                follower.adopt(tx.audit().head());
                return null;
            });
        }
    }

    private ServerLogin serverLogin() {
        if (server == null) {
            throw new IllegalStateException("the workspace in " + folder + " is not on a server");
        }
        return server;
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
        anchoring.close();
        if (dataSource instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Workspace.class).warn("the connection pool did not close cleanly", e);
            }
        }
        hold.close();
    }

    public <T> T read(SqlWork<T> work) {
        hold.enter();
        try (Connection connection = connect()) {
            return readOn(connection, work);
        } catch (SQLException e) {
            throw new StoreException("reading the workspace failed", e);
        } finally {
            hold.leave();
        }
    }

    private <T> T readOn(Connection connection, SqlWork<T> work) throws SQLException {
        try {
            return work.run(new Tx(connection, engine, device, login));
        } catch (SQLException | RuntimeException e) {
            throwIfRefusedForPrivilege(connection, e);
            throw e;
        }
    }

    /**
     * A connection kept for many short reads one after another, as checking a batch of packages makes: opening a
     * connection (its pragmas, and the schema parsed again on its first statement) costs more than most of those reads.
     * Each read enters the workspace as {@link #read} does and sees what was committed before it; the connection is
     * opened on the first read. Not for use by two threads at once; close it when the batch is done.
     */
    public KeptReader keepReader() {
        return new KeptReader();
    }

    /** See {@link #keepReader()}. */
    public final class KeptReader implements AutoCloseable {

        private Connection connection;

        private KeptReader() {
        }

        public <T> T read(SqlWork<T> work) {
            hold.enter();
            try {
                if (connection == null) {
                    connection = connect();
                }
                return readOn(connection, work);
            } catch (SQLException e) {
                throw new StoreException("reading the workspace failed", e);
            } finally {
                hold.leave();
            }
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LoggerFactory.getLogger(Workspace.class).warn("a kept connection did not close cleanly", e);
                }
                connection = null;
            }
        }
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        hold.enter();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                engine.takeTheWriteTurn(connection);
                Tx tx = new Tx(connection, engine, device, login);
                T result = work.run(tx);
                connection.commit();
                if (tx.appendedAudit()) {
                    entriesWrittenHere.addAndGet(tx.audit().appendedHead().entries() - tx.audit().appendedTo().entries());
                    anchor(tx.audit());
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throwIfRefusedForPrivilege(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("writing the workspace failed", e);
        } finally {
            hold.leave();
        }
    }

    /** Has the audit anchor moved to the head just committed, on the anchor's own thread (see {@link AnchorQueue}). */
    private void anchor(AuditLog committed) {
        AnchorFollower follower = anchors;
        if (follower == null) {
            return;
        }
        anchoring.committed(follower, committed.appendedTo(), committed.appendedHead(), head -> {
            try (Connection connection = connect()) {
                return new Tx(connection, engine, device, login).audit().reaches(head);
            }
        });
    }

    /** Returns once the audit anchor has followed every commit made here before: before reading, carrying or replacing it. */
    public void settleAnchor() {
        anchoring.settle();
    }

    /**
     * Settles the anchors of every workspace this process has open, for whoever is about to remove data folders that
     * were never closed (a test harness clearing its temporary folders): no anchor is written into them afterwards.
     */
    public static void settleAnchorsOfThisProcess() {
        AnchorQueue.settleAll();
    }

    /**
     * Throws a {@link PrivilegeRefusedException} in place of the failure when the server refused the work for want of
     * a group role; otherwise the caller throws the failure as it is.
     */
    private void throwIfRefusedForPrivilege(Connection connection, Exception failure) {
        engine.privilegeRefused(connection, login, failure).ifPresent(refused -> {
            throw refused;
        });
    }

    /** Runs the work in a transaction that is always rolled back: what a write would do, without doing it. */
    public <T> T rehearse(SqlWork<T> work) {
        hold.enter();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                return work.run(new Tx(connection, engine, device, login));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throwIfRefusedForPrivilege(connection, e);
                throw e;
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
