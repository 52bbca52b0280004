package org.civicinspect.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Everything that only SQLite understands, in one place: the connection settings of an embedded workspace, its
 * integrity check and its online copy. Repositories and migrations keep to SQL that PostgreSQL reads too.
 */
final class SqliteDialect {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteDialect() {
    }

    /** WAL, foreign keys, synchronous=FULL, a busy timeout, and write transactions that take the lock at once. */
    static SQLiteDataSource dataSource(Path database) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url(database));
        return dataSource;
    }

    /**
     * The same database for reading which migrations it has had: its transactions take no write lock until they write,
     * so a workspace whose schema is current opens while another program holds a write.
     */
    static SQLiteDataSource readingSource(Path database) {
        SQLiteDataSource dataSource = dataSource(database);
        dataSource.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED.name());
        return dataSource;
    }

    /** A plain connection to a database file that is not an open workspace (a backup being made or checked). */
    static Connection open(Path database) throws SQLException {
        return DriverManager.getConnection(url(database));
    }

    /** SQLite's own check of the file: "ok" when sound, else the first problem it names. */
    static String integrityCheck(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /**
     * Lets the connection keep up to {@code kibibytes} of database pages in memory for as long as it is open (SQLite's
     * own default is 2 MB); past that, a transaction spills the pages it changed into the log and reads them back.
     */
    static void cachePages(Connection c, int kibibytes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -" + kibibytes);
        }
    }

    /** A consistent copy of the live database in a new file, made while others may be reading and writing it. */
    static void copyInto(Connection c, Path target) throws SQLException {
        try (PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.execute();
        }
    }

    private static String url(Path database) {
        return "jdbc:sqlite:" + database;
    }
}
