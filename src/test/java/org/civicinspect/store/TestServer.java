package org.civicinspect.store;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the store suite runs on as well as SQLite. The run on it is asked for with the system
 * property {@code civicinspect.test.engine=postgresql} (the build sets it when {@code CIVICINSPECT_TEST_PG} names a
 * server: {@code postgresql://user:password@host:port/database}, a superuser of a server kept for tests); asked for and
 * not reachable, every test fails rather than skips.
 */
public final class TestServer {

    private static final String ADDRESS = "CIVICINSPECT_TEST_PG";
    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";

    private TestServer() {
    }

    /**
     * Whether this run is the suite's run on PostgreSQL. The first call writes the test server's password into a
     * password file of this run that the driver reads, as a user's {@code .pgpass}, so that signing in by address
     * alone works as it does for staff.
     */
    public static synchronized boolean inUse() {
        boolean inUse = "postgresql".equals(System.getProperty("civicinspect.test.engine"));
        if (inUse && System.getProperty(PASSWORD_FILE) == null) {
            System.setProperty(PASSWORD_FILE, passwordFile().toString());
        }
        return inUse;
    }

    private static java.nio.file.Path passwordFile() {
        URI server = server();
        String[] user = server.getUserInfo().split(":", 2);
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("civicinspect-test", ".pgpass",
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            java.nio.file.Files.writeString(file, server.getHost() + ":" + port(server) + ":*:" + user[0] + ":" + (user.length > 1 ? user[1] : "") + "\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new, empty database of that name on the test server (dropped first when a run before left it). */
    public static ServerLogin emptyDatabase(String name) {
        return copyOf(name, null);
    }

    /** A new database of that name holding what {@code template} holds (no one may be connected to the template). */
    public static ServerLogin copyOf(String name, String template) {
        return created(name, template == null ? "template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" : template);
    }

    /** A new, empty database of that name that sorts text as Chinese readers expect, not by code points. */
    public static ServerLogin sortedAsChinese(String name) {
        return created(name, "template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C'");
    }

    /** A login to the database of that name as it is, made by one of the methods above. */
    public static ServerLogin login(String name) {
        URI server = server();
        String[] user = server.getUserInfo().split(":", 2);
        return new ServerLogin("postgresql://" + server.getHost() + ":" + port(server) + "/" + name, user[0],
                user.length > 1 ? user[1].toCharArray() : null);
    }

    private static ServerLogin created(String name, String template) {
        URI server = server();
        try (Connection c = DriverManager.getConnection(jdbc(server, path(server)), credentials(server)); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            // PostgreSQL 15 copies a template through the write-ahead log unless told to copy its files; on a test
            // server that does not wait for the disk, copying the files is the quicker of the two.
            String strategy = c.getMetaData().getDatabaseMajorVersion() >= 15 ? " STRATEGY FILE_COPY" : "";
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template + strategy);
        } catch (SQLException e) {
            throw new IllegalStateException("the test server " + server.getHost() + " could not make the database " + name, e);
        }
        return login(name);
    }

    /** Ends every other session connected to the database of that name. */
    static void disconnectAll(String name) {
        try (Connection c = DriverManager.getConnection(jdbc(server(), path(server())), credentials(server()));
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, name);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("the test server could not let go of the sessions of " + name, e);
        }
    }

    /** A plain connection to the database of that name, as the test server's superuser. */
    static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(jdbc(server(), name), credentials(server()));
    }

    /** Drops the database of that name, with whoever is still connected to it. */
    public static void drop(String name) {
        URI server = server();
        try (Connection c = DriverManager.getConnection(jdbc(server, path(server)), credentials(server)); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("the test server " + server.getHost() + " could not drop the database " + name, e);
        }
    }

    /**
     * A login of that name on the test server, as the server's owner makes one for a staff member: no superuser, no
     * role of ours until one is given (made anew when a run before left it). Dropped by {@link #dropLogin}.
     */
    public static ServerLogin staffLogin(String database, String login, String password) {
        superuserDoes("DROP ROLE IF EXISTS " + login, "CREATE ROLE " + login + " LOGIN PASSWORD '" + password + "'");
        return new ServerLogin(login(database).address(), login, password.toCharArray());
    }

    /** Gives a login one of the group roles (civicinspect_office …) as the server's superuser. */
    public static void grant(String groupRole, String login) {
        superuserDoes("GRANT " + groupRole + " TO " + login);
    }

    public static void dropLogin(String login) {
        superuserDoes("DROP ROLE IF EXISTS " + login);
    }

    private static void superuserDoes(String... statements) {
        URI server = server();
        try (Connection c = DriverManager.getConnection(jdbc(server, path(server)), credentials(server)); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test server could not " + String.join("; ", statements), e);
        }
    }

    /** A workspace whose database is a new, empty one on the test server, with its local folder in {@code folder}. */
    public static Workspace openEmpty(Path folder, String name) {
        return Workspace.open(folder, emptyDatabase(name));
    }

    private static URI server() {
        String address = System.getenv(ADDRESS);
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("the suite runs on PostgreSQL but " + ADDRESS + " names no server");
        }
        return URI.create(address);
    }

    private static String path(URI server) {
        return server.getPath().replaceFirst("^/", "");
    }

    private static String jdbc(URI server, String database) {
        return "jdbc:postgresql://" + server.getHost() + ":" + port(server) + "/" + database;
    }

    private static int port(URI server) {
        return server.getPort() < 0 ? 5432 : server.getPort();
    }

    private static Properties credentials(URI server) {
        Properties p = new Properties();
        String[] user = server.getUserInfo().split(":", 2);
        p.setProperty("user", user[0]);
        if (user.length > 1) {
            p.setProperty("password", user[1]);
        }
        return p;
    }
}
