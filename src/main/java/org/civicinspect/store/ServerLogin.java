package org.civicinspect.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A staff member signing in to the office's PostgreSQL server: the server's address and their own login. The
 * password lives in memory only; without one the driver looks in the user's {@code .pgpass}.
 *
 * @param address {@code postgresql://host:port/database}, as the user writes it
 * @param user    their PostgreSQL login, or empty for the one the address names ({@code postgresql://user@host/…})
 */
public record ServerLogin(String address, String user, char[] password) {

    // A write holds one connection while its audit anchor reads with another, and a few background jobs may run at once.
    static final int POOL_SIZE = 8;
    private static final int DEFAULT_PORT = 5432;

    /**
     * A password written into the address ({@code user:password@host}) is dropped here, before the address is kept,
     * shown or said in a refusal: it is never taken (the address may be saved in settings) and never printed.
     */
    public ServerLogin {
        address = withoutPassword(address);
    }

    private static String withoutPassword(String address) {
        if (address == null) {
            return null;
        }
        int scheme = address.indexOf("://");
        int at = address.indexOf('@', scheme + 3);
        int slash = address.indexOf('/', scheme + 3);
        if (scheme < 0 || at < 0 || slash >= 0 && slash < at) {
            return address;
        }
        int colon = address.indexOf(':', scheme + 3);
        return colon < 0 || colon > at ? address : address.substring(0, colon) + address.substring(at);
    }

    /** Whether the text names a PostgreSQL server rather than a folder: {@code postgresql://} or {@code postgres://}. */
    public static boolean namesServer(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://") || text.startsWith("jdbc:postgresql://"));
    }

    /** The login the address names ({@code user@}), else this one's; empty when neither names one. */
    public Optional<String> login() {
        if (user != null && !user.isBlank()) {
            return Optional.of(user);
        }
        // A password written into the address is never taken: the address may be saved in settings.
        String userInfo = uri().getUserInfo();
        String named = userInfo == null ? "" : userInfo.split(":", 2)[0];
        return named.isBlank() ? Optional.empty() : Optional.of(named);
    }

    /** The JDBC URL of the address: host, port and database, nothing else of it. */
    String jdbcUrl() {
        URI uri = uri();
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new IllegalArgumentException("a server address names a host and a database: " + address);
        }
        return "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort()) + "/" + database;
    }

    /**
     * A small pool of connections to the server, signed in as this login; refused as a {@link ServerSignInException}
     * when the server does not let it in for a reason the user can act on.
     */
    HikariDataSource signIn() {
        try {
            return pool();
        } catch (RuntimeException e) {
            throw ServerSignInException.of(e, address).orElseThrow(() -> e);
        }
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        login().ifPresent(config::setUsername);
        if (password != null && password.length > 0) {
            config.setPassword(new String(password));
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("civicinspect");
        config.addDataSourceProperty("ApplicationName", "CivicInspect");
        // Batches stay one statement a row (no reWriteBatchedInserts): a multi-row upsert refuses a batch that names
        // one row twice ("ON CONFLICT DO UPDATE command cannot affect row a second time"), which a merge may do.
        return new HikariDataSource(config);
    }

    private URI uri() {
        String text = address.startsWith("jdbc:") ? address.substring("jdbc:".length()) : address;
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a server address: " + address, e);
        }
    }
}
