package org.civicinspect.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.ServerLogin;

/**
 * Where a workspace is: an embedded one in a data folder, or one on the office's PostgreSQL server, whose data folder
 * then keeps only what stays on this computer (preferences, keys, logs).
 *
 * @param folder the data folder
 * @param server the server's address {@code postgresql://host:port/database}, or null for the embedded workspace
 */
public record WorkspaceAddress(Path folder, String server) {

    /**
     * From {@code --db} (else the CIVICINSPECT_DB variable): a server's address or a data folder; and {@code --data}
     * (else the default data folder) for the folder when the workspace is on a server or {@code --db} is not given.
     */
    public static WorkspaceAddress of(String db, String environment, Path data) {
        String where = db != null && !db.isBlank() ? db.strip() : environment != null && !environment.isBlank() ? environment.strip() : null;
        if (where != null && ServerLogin.namesServer(where)) {
            return new WorkspaceAddress(Services.dataFolder(data), where);
        }
        return new WorkspaceAddress(Services.dataFolder(where == null ? data : Path.of(where)), null);
    }

    /** The embedded workspace in that data folder. */
    public static WorkspaceAddress embedded(Path folder) {
        return new WorkspaceAddress(folder, null);
    }

    /**
     * The workspace on a server as a user names it in parts ({@code postgresql://login@host:port/database}), with
     * {@code folder} keeping what stays on this computer.
     */
    public static WorkspaceAddress onServer(Path folder, ServerParts parts) {
        try {
            return new WorkspaceAddress(folder, new URI("postgresql", parts.login(), parts.host(), parts.port(), "/" + parts.database(), null, null).toString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a server address: " + parts, e);
        }
    }

    /** A server's address in the parts a user fills in; port 5432 when the address names none. */
    public record ServerParts(String host, int port, String database, String login) {
    }

    /** The parts of the server's address, when the workspace is on a server. */
    public Optional<ServerParts> serverParts() {
        if (!onServer()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(server.startsWith("jdbc:") ? server.substring("jdbc:".length()) : server);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(new ServerParts(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", ""), login().orElse("")));
    }

    public boolean onServer() {
        return server != null;
    }

    /**
     * Opens the workspace; on a server, signed in with {@code password}, or when it is null with the user's
     * {@code .pgpass}. Refused in one sentence when it may not be opened.
     */
    public Services open(Clock clock, char[] password) {
        return onServer() ? Services.open(folder, new ServerLogin(server, "", password), clock) : Services.open(folder, clock);
    }

    /** The login the server's address names ({@code postgresql://user@host/…}), if it names one. */
    public Optional<String> login() {
        return onServer() ? new ServerLogin(server, "", null).login() : Optional.empty();
    }

    /** Whether the server turned the login away for want of the right password: asking for one may let them in. */
    public static boolean wantsPassword(RequestRefused refused) {
        return refused.messageKey().equals("server.passwordNeeded") || refused.messageKey().equals("server.signInRefused");
    }

    /** What to call it in a message: the server's address, else the folder. */
    @Override
    public String toString() {
        return onServer() ? server : folder.toString();
    }
}
