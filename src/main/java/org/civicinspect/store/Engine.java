package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The database a workspace lives in: the embedded SQLite file beside its folder (the default, and always on a field
 * laptop) or a shared PostgreSQL server. Both take the same Flyway history, the migrations both engines share and a
 * few of each engine's own where the SQL must differ; repositories keep to SQL both read, but for the few
 * expressions here.
 */
public enum Engine {
    SQLITE("sqlite", "SUM(rowid)"),
    POSTGRESQL("postgresql", "SUM(hashtext(id))");

    /** The advisory lock a PostgreSQL writer takes for its turn: any number of the program's own choosing. */
    private static final long WRITE_TURN_LOCK = 0x43495649L;
    /** The pages a large SQLite write may keep in memory: a merge of 40 teams' 36,000 findings adds some 15 MB of them. */
    private static final int LARGE_WRITE_CACHE_KIB = 64 * 1024;

    private final String migrationFolder;
    private final String rowIdentitySum;

    Engine(String migrationFolder, String rowIdentitySum) {
        this.migrationFolder = migrationFolder;
        this.rowIdentitySum = rowIdentitySum;
    }

    /** Flyway's locations for this engine: the shared migrations, then its own. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrationFolder};
    }

    /** The sum of the rows' identities (SQLite's row numbers, a hash of each id on PostgreSQL), which a row leaving changes. */
    String rowIdentitySum() {
        return rowIdentitySum;
    }

    /**
     * Makes this transaction the only writer until it ends, so that what it reads to decide is still so when it
     * commits, and its audit entries follow straight on from the last writer's. A SQLite write transaction already
     * took the database's one write lock when it began; on PostgreSQL other writers wait on an advisory lock.
     */
    void takeTheWriteTurn(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(" + WRITE_TURN_LOCK + ")")) {
                ps.execute();
            }
        }
    }

    /**
     * Readies a transaction for writing tens of thousands of rows: SQLite keeps the pages it changes in memory instead
     * of spilling them into its log and reading them back; a PostgreSQL server manages its own buffers.
     */
    void makeRoomForLargeWrite(Connection c) throws SQLException {
        if (this == SQLITE) {
            SqliteDialect.cachePages(c, LARGE_WRITE_CACHE_KIB);
        }
    }

    /**
     * What a failed piece of work stands for when the server refused it for want of a group role; never on SQLite,
     * which has no logins. {@code c} is the failed work's connection, its transaction rolled back.
     */
    java.util.Optional<PrivilegeRefusedException> privilegeRefused(Connection c, String login, Throwable failure) {
        return this == POSTGRESQL ? GroupRoles.refusal(c, login, failure) : java.util.Optional.empty();
    }

    /** The database's own check of what it holds: "ok" when sound, else the first problem it names. */
    String integrityCheck(Connection c) throws SQLException {
        // PostgreSQL checks its pages as it reads them and has no statement that checks a whole database.
        return this == SQLITE ? SqliteDialect.integrityCheck(c) : "ok";
    }
}
