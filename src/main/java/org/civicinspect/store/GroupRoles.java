package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.RoleGrant;
import org.civicinspect.model.ServerRole;

/**
 * The server's group roles (made by the PostgreSQL migration V15, which also holds their grants) and which staff
 * logins are given them. The roles belong to the server, not to one database: a login's role is the same in every
 * office workspace on that server.
 */
public final class GroupRoles {

    private final Connection c;
    private final String signedIn;

    GroupRoles(Connection c, String signedIn) {
        this.c = c;
        this.signedIn = signedIn;
    }

    /** The group role's name on the server. */
    static String name(ServerRole role) {
        return switch (role) {
            case OFFICE -> "civicinspect_office";
            case SUPERVISOR -> "civicinspect_supervisor";
            case ADMINISTRATOR -> "civicinspect_admin";
        };
    }

    /** Every login given one of the roles, by login; a login given more than one is listed with each. */
    public List<RoleGrant> granted() throws SQLException {
        List<RoleGrant> grants = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.rolname, g.rolname FROM pg_auth_members a"
                + " JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid"
                + " WHERE m.rolcanlogin AND g.rolname IN (?,?,?) ORDER BY m.rolname, g.rolname")) {
            bindNames(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grants.add(new RoleGrant(rs.getString(1), role(rs.getString(2)).orElseThrow()));
                }
            }
        }
        return grants;
    }

    /** Whether the server has a login of that name (a role that may sign in). */
    public boolean loginExists(String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Gives the login this role and takes away the others it was given, so that it holds one. An administrator is
     * given the role with the right to give it on, so that administrators can appoint each other.
     */
    public void give(String login, ServerRole role) throws SQLException {
        takeAway(login, role);
        if (granted().contains(new RoleGrant(login, role))) {
            return;
        }
        execute("SELECT format('GRANT %I TO %I" + (role == ServerRole.ADMINISTRATOR ? " WITH ADMIN OPTION" : "") + "', ?, ?)", name(role), login);
    }

    /** Takes away every role the login was given, but {@code kept} (null: all of them). */
    public void takeAway(String login, ServerRole kept) throws SQLException {
        for (RoleGrant grant : granted()) {
            if (grant.login().equals(login) && grant.role() != kept) {
                execute("SELECT format('REVOKE %I FROM %I', ?, ?)", name(grant.role()), login);
            }
        }
    }

    /** Runs the statement that the query writes with identifiers quoted by the server. */
    private void execute(String writing, String role, String login) throws SQLException {
        String statement;
        try (PreparedStatement ps = c.prepareStatement(writing)) {
            ps.setString(1, role);
            ps.setString(2, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                statement = rs.getString(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.execute();
        } catch (SQLException e) {
            if (refusedForPrivilege(e)) {
                throw new PrivilegeRefusedException(signedIn, ServerRole.ADMINISTRATOR, e);
            }
            throw e;
        }
    }

    /**
     * The refusal a failure stands for when the server refused it for want of a privilege (SQL state 42501), naming
     * the least role that would have been allowed when that can be told: our own triggers name it, and for a table's
     * grants it is the first role holding a privilege on the table that the login lacks.
     */
    static Optional<PrivilegeRefusedException> refusal(Connection c, String login, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PrivilegeRefusedException already) {
                return Optional.of(already);
            }
            if (t instanceof SQLException sql && refusedForPrivilege(sql)) {
                return Optional.of(new PrivilegeRefusedException(login, needed(c, String.valueOf(sql.getMessage())).orElse(null), failure));
            }
        }
        return Optional.empty();
    }

    private static boolean refusedForPrivilege(SQLException e) {
        return "42501".equals(e.getSQLState());
    }

    private static Optional<ServerRole> needed(Connection c, String message) {
        Optional<ServerRole> named = Arrays.stream(ServerRole.values()).filter(r -> message.contains(name(r))).findFirst();
        if (named.isPresent()) {
            return named;
        }
        // The server words its refusal in its own language, but the table it names is the table's own name.
        try {
            Optional<String> table = refusedTable(c, message);
            return table.isEmpty() ? Optional.empty() : leastRoleBeyondLogin(c, table.get());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> refusedTable(Connection c, String message) throws SQLException {
        String found = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (message.matches("(?s).*\\b" + java.util.regex.Pattern.quote(table) + "\\b.*") && (found == null || table.length() > found.length())) {
                    found = table;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<ServerRole> leastRoleBeyondLogin(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT g.r FROM unnest(ARRAY[?,?,?]) WITH ORDINALITY AS g(r, n)"
                + " WHERE NOT pg_has_role(session_user, g.r, 'MEMBER') AND (EXISTS (SELECT 1 FROM pg_attribute a,"
                + " unnest(ARRAY['SELECT', 'INSERT', 'UPDATE']) AS p(privilege)"
                + " WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped"
                + " AND has_column_privilege(g.r, a.attrelid, a.attnum, p.privilege)"
                + " AND NOT has_column_privilege(session_user, a.attrelid, a.attnum, p.privilege))"
                + " OR (has_table_privilege(g.r, ?::regclass, 'DELETE') AND NOT has_table_privilege(session_user, ?::regclass, 'DELETE')))"
                + " ORDER BY g.n LIMIT 1")) {
            bindNames(ps, 1);
            ps.setString(4, table);
            ps.setString(5, table);
            ps.setString(6, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? role(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void bindNames(PreparedStatement ps, int from) throws SQLException {
        for (ServerRole role : ServerRole.values()) {
            ps.setString(from + role.ordinal(), name(role));
        }
    }

    private static Optional<ServerRole> role(String name) {
        return Arrays.stream(ServerRole.values()).filter(r -> name(r).equals(name)).findFirst();
    }
}
