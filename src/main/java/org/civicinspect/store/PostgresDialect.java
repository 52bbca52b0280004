package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** What only PostgreSQL needs of an office workspace on a server, in one place, as {@link SqliteDialect} is for SQLite. */
final class PostgresDialect {

    private PostgresDialect() {
    }

    /**
     * Refuses a database that sorts text by a language's rules: lists and reports order names as SQLite does (by
     * their characters' code points), and the same round must give the same sheets on either engine. The database is
     * created with {@code LC_COLLATE 'C'}.
     */
    static void requireCodePointOrder(DataSource dataSource) {
        // Asked of the sorting itself, not of the database's settings, which name it differently by version and provider.
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 'B' < 'a' AND '东' < '城'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new ServerCollationException();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read how the server's database sorts text", e);
        }
    }

    /** The login the server signed this pool in as: the one every audit entry written through it names. */
    static String sessionUser(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT session_user");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read which login the server signed in", e);
        }
    }
}
