package org.civicinspect.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.civicinspect.model.ServerRole;

/**
 * What a database on the office's server is to a staff login about to work in it, read before the workspace is opened
 * there and changing nothing. A login the server does not let in is refused as opening is ({@link ServerSignInException}),
 * and a database that sorts text by a language's rules as well ({@link ServerCollationException}).
 */
public enum ServerDatabase {
    /** A CivicInspect workspace that the login may open: it holds one of the group roles, or owns the tables. */
    WORKSPACE,
    /** An empty database in which the login may set a workspace up (its tables, and the group roles if missing). */
    EMPTY,
    /** A database holding tables that are not a CivicInspect workspace's. */
    NOT_A_WORKSPACE,
    /** A CivicInspect workspace, but the login holds none of its group roles. */
    NO_ROLE,
    /** An empty database in which the login may not make tables, or the group roles the server lacks. */
    MAY_NOT_SET_UP;

    /** Signs the login in and looks at the database. */
    public static ServerDatabase look(ServerLogin login) {
        try (HikariDataSource pool = login.signIn()) {
            PostgresDialect.requireCodePointOrder(pool);
            try (Connection c = pool.getConnection()) {
                return look(c);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read what the database " + login.address() + " holds", e);
        }
    }

    private static ServerDatabase look(Connection c) throws SQLException {
        // pg_class, unlike information_schema, lists the tables a login has no privilege on too.
        boolean anyTable = holds(c, "SELECT EXISTS (SELECT 1 FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE t.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                + " AND n.nspname NOT LIKE 'pg\\_%')");
        if (!anyTable) {
            return holds(c, "SELECT has_schema_privilege(current_schema(), 'CREATE') AND (r.rolsuper OR r.rolcreaterole"
                    + " OR (SELECT count(*) FROM pg_roles WHERE rolname IN " + groupRoles() + ") = 3)"
                    + " FROM pg_roles r WHERE r.rolname = session_user") ? EMPTY : MAY_NOT_SET_UP;
        }
        if (!holds(c, "SELECT to_regclass(quote_ident(current_schema()) || '.flyway_schema_history') IS NOT NULL")) {
            return NOT_A_WORKSPACE;
        }
        return holds(c, "SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass(quote_ident(current_schema())"
                + " || '.flyway_schema_history')), 'MEMBER') OR EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname IN " + groupRoles()
                + " AND pg_has_role(session_user, g.oid, 'MEMBER'))") ? WORKSPACE : NO_ROLE;
    }

    private static String groupRoles() {
        return Arrays.stream(ServerRole.values()).map(r -> "'" + GroupRoles.name(r) + "'").reduce((a, b) -> a + ", " + b)
                .map(list -> "(" + list + ")").orElseThrow();
    }

    private static boolean holds(Connection c, String query) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
