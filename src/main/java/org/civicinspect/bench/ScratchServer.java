package org.civicinspect.bench;

import java.io.Console;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.ServerLogin;

/**
 * The PostgreSQL server {@code bench --db URL} runs on: signed in as the address's login (password from the user's
 * {@code .pgpass}, else typed on the terminal and held in memory for the run only), it makes scratch databases of
 * its own and drops every one of them when closed. The login needs CREATEDB.
 */
final class ScratchServer implements AutoCloseable {

    private static final int DEFAULT_PORT = 5432;

    private final URI server;
    private final String login;
    private final char[] password;
    private final String prefix = "civicinspect_bench_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> made = new ArrayList<>();

    private ScratchServer(URI server, String login, char[] password) {
        this.server = server;
        this.login = login;
        this.password = password;
    }

    /**
     * Signs in to the server the address names, refused in one sentence when it cannot be reached, turns the login
     * away, or the login may not create databases.
     */
    static ScratchServer signIn(String address) {
        URI uri = uri(address);
        String login = new ServerLogin(address, "", null).login().orElse(System.getProperty("user.name"));
        ScratchServer server = new ScratchServer(uri, login, null);
        try {
            server.requireCreateDb();
            return server;
        } catch (SQLException e) {
            Console console = System.console();
            if (!wantsPassword(e) || console == null) {
                throw refusal(e, address, login);
            }
            console.writer().print(Messages.get("cli.passwordPrompt", address, login));
            console.writer().flush();
            char[] typed = console.readPassword();
            if (typed == null || typed.length == 0) {
                throw refusal(e, address, login);
            }
            ScratchServer withPassword = new ScratchServer(uri, login, typed);
            try {
                withPassword.requireCreateDb();
                return withPassword;
            } catch (SQLException again) {
                Arrays.fill(typed, '\0');
                throw refusal(again, address, login);
            }
        }
    }

    /** Whether the server is this computer: the load workload is only ever run against one. */
    boolean onThisComputer() {
        return isThisComputer(server.getHost());
    }

    /** Whether the address names this computer (localhost, 127.0.0.1 or ::1), told without asking any name server. */
    static boolean onThisComputer(String address) {
        return isThisComputer(uri(address).getHost());
    }

    private static boolean isThisComputer(String host) {
        return host != null && List.of("localhost", "127.0.0.1", "::1", "[::1]").contains(host.toLowerCase(Locale.ROOT));
    }

    static String host(String address) {
        return uri(address).getHost();
    }

    String host() {
        return server.getHost();
    }

    /** A new, empty scratch database (sorting text by code points, as a workspace needs), signed in as this login. */
    ServerLogin create() {
        return create("template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
    }

    /** A new scratch database holding what {@code template} (a scratch database nobody is connected to) holds. */
    ServerLogin copyOf(ServerLogin template) {
        // FILE_COPY: the server copies the files and checkpoints, rather than writing the whole copy into its log for a
        // later checkpoint to flush while a timed run is going.
        return create(name(template) + " STRATEGY FILE_COPY");
    }

    /** Drops one scratch database now, with whoever is still connected to it. */
    void drop(ServerLogin database) {
        String name = name(database);
        try (Connection c = connect(maintenanceDatabase()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            made.remove(name);
        } catch (SQLException e) {
            throw new IllegalStateException("the bench could not drop its scratch database " + name, e);
        }
    }

    /** A plain connection to a scratch database, for the bare baselines. */
    Connection connect(ServerLogin database) throws SQLException {
        return connect(name(database));
    }

    /** Drops every scratch database this run made, and forgets a typed password. */
    @Override
    public void close() {
        for (String name : List.copyOf(made)) {
            try (Connection c = connect(maintenanceDatabase()); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                made.remove(name);
            } catch (SQLException e) {
                org.slf4j.LoggerFactory.getLogger(ScratchServer.class).warn("scratch database {} left on the server", name, e);
            }
        }
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private ServerLogin create(String template) {
        String name = prefix + "_" + made.size();
        try (Connection c = connect(maintenanceDatabase()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
            made.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("the bench could not create its scratch database " + name, e);
        }
        return new ServerLogin("postgresql://" + hostAndPort() + "/" + name, login, password);
    }

    private void requireCreateDb() throws SQLException {
        try (Connection c = connect(maintenanceDatabase());
             PreparedStatement ps = c.prepareStatement("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new RequestRefused("cli.bench.needsCreatedb", login, server.getHost());
            }
        }
    }

    private String maintenanceDatabase() {
        String path = server.getPath() == null ? "" : server.getPath().replaceFirst("^/", "");
        return path.isEmpty() ? "postgres" : path;
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", login);
        if (password != null && password.length > 0) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("ApplicationName", "CivicInspect bench");
        return DriverManager.getConnection("jdbc:postgresql://" + hostAndPort() + "/" + database, p);
    }

    private String hostAndPort() {
        return server.getHost() + ":" + (server.getPort() < 0 ? DEFAULT_PORT : server.getPort());
    }

    private static String name(ServerLogin database) {
        return URI.create(database.address()).getPath().replaceFirst("^/", "");
    }

    private static URI uri(String address) {
        return URI.create(address.startsWith("jdbc:") ? address.substring("jdbc:".length()) : address);
    }

    /** Wrong or missing password (SQLSTATE class 28), as pgjdbc reports it. */
    private static boolean wantsPassword(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("28") || state.equals("08004"));
    }

    private static RequestRefused refusal(SQLException e, String address, String login) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("08004") || e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("no password")) {
            return new RequestRefused("server.passwordNeeded", address, login);
        }
        if (state.startsWith("28")) {
            return new RequestRefused("server.signInRefused", address, login);
        }
        return new RequestRefused("server.unreachable", address);
    }
}
