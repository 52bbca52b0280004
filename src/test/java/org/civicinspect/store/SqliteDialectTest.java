package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite settings beyond those WorkspaceTest checks (WAL, foreign keys, synchronous=FULL): a busy timeout,
 * room in memory for a large write's pages, write transactions that take the write lock when they begin, readers that
 * a writer never blocks, and the online copy.
 */
class SqliteDialectTest {

    @TempDir Path temp;
    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection impatient(Path database) throws SQLException {
        Connection other = SqliteDialect.open(database);
        try (Statement s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
        }
        return other;
    }

    @Test
    void aConnectionWaitsTenSecondsForABusyDatabase() {
        assertEquals("10000", fx.read(tx -> query(tx.connection(), "PRAGMA busy_timeout")));
    }

    @Test
    void aLargeWriteKeepsSixtyFourMegabytesOfPagesInMemoryOnItsOwnConnectionOnly() {
        assertEquals("-65536", fx.write(tx -> {
            tx.expectLargeWrite();
            return query(tx.connection(), "PRAGMA cache_size");
        }));
        assertEquals("-2000", fx.write(tx -> query(tx.connection(), "PRAGMA cache_size")), "the next transaction has SQLite's default again");
    }

    @Test
    void aWriteTransactionTakesTheWriteLockBeforeItsFirstStatement() {
        fx.write(tx -> {
            try (Connection other = impatient(fx.workspace.database()); Statement s = other.createStatement()) {
                SQLException busy = assertThrows(SQLException.class,
                        () -> s.executeUpdate("INSERT INTO team (id, name) VALUES ('t', '第一组')"));
                assertTrue(busy.getMessage().contains("SQLITE_BUSY"), busy.getMessage());
            }
            return null;
        });
        assertEquals(0, fx.count("team"));
    }

    @Test
    void aReaderIsNotBlockedByAnOpenWriteTransaction() {
        fx.write(tx -> {
            tx.people().teamId("第一组");
            try (Connection other = impatient(fx.workspace.database())) {
                assertEquals("0", query(other, "SELECT COUNT(*) FROM team"), "the reader sees the last commit, not the open write");
            }
            return null;
        });
        assertEquals(1, fx.count("team"));
    }

    @Test
    void anOnlineCopyIsAWholeDatabaseWithTheSameRows() throws Exception {
        Path copy = temp.resolve("copy.db");
        fx.read(tx -> {
            SqliteDialect.copyInto(tx.connection(), copy);
            return null;
        });
        assertTrue(Files.size(copy) > 0);
        try (Connection c = SqliteDialect.open(copy)) {
            assertEquals("ok", SqliteDialect.integrityCheck(c));
            assertEquals("2", query(c, "SELECT COUNT(*) FROM site"));
            assertEquals("2", query(c, "SELECT COUNT(*) FROM evaluation_round"));
        }
    }

    @Test
    void theIntegrityCheckNamesTheFirstProblemOfADamagedFile() throws Exception {
        Path damaged = temp.resolve("damaged.db");
        fx.read(tx -> {
            SqliteDialect.copyInto(tx.connection(), damaged);
            return null;
        });
        byte[] bytes = Files.readAllBytes(damaged);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = pageSize * 2; i < pageSize * 3; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(damaged, bytes);
        String answer;
        try (Connection c = SqliteDialect.open(damaged)) {
            answer = SqliteDialect.integrityCheck(c);
        } catch (SQLException e) {
            answer = e.getMessage();
        }
        assertTrue(!answer.equals("ok"), answer);
    }
}
