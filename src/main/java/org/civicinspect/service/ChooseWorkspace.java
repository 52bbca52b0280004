package org.civicinspect.service;

import java.nio.file.Path;
import java.util.Optional;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.ServerRefusal;
import org.civicinspect.service.common.SettingsFile;
import org.civicinspect.store.ServerCollationException;
import org.civicinspect.store.ServerDatabase;
import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.ServerSignInException;

/**
 * Which workspace the desktop app works on: the one {@code --db} or CIVICINSPECT_DB names, else the one last chosen in
 * 设置, else the embedded one in the data folder. The choice is remembered in the data folder's
 * {@code settings.properties}: a folder, or a server's address with the login but never a password.
 */
public final class ChooseWorkspace {

    private static final String KEY = "workspace";

    /** What the server holds at the address checked: a workspace to open, or an empty database to set one up in. */
    public enum Found {
        WORKSPACE, EMPTY_DATABASE
    }

    private final Path home;
    private final SettingsFile settings;

    /** The choice kept in {@code home}, the data folder the program starts from ({@code --data}, CIVICINSPECT_HOME, …). */
    public ChooseWorkspace(Path home) {
        this.home = home;
        this.settings = new SettingsFile(home);
    }

    /** The data folder the program starts from, which keeps the choice. */
    public Path home() {
        return home;
    }

    /** The workspace to start on: {@code db} (from {@code --db}), else {@code environment} (CIVICINSPECT_DB), else the one remembered. */
    public WorkspaceAddress atStart(String db, String environment) {
        if (named(db) || named(environment)) {
            return WorkspaceAddress.of(db, environment, home);
        }
        return remembered();
    }

    /** The workspace last chosen in 设置; the embedded one in the data folder when none was. */
    public WorkspaceAddress remembered() {
        Optional<String> chosen = settings.get(KEY).filter(ChooseWorkspace::named);
        if (chosen.isEmpty()) {
            return WorkspaceAddress.embedded(home);
        }
        return ServerLogin.namesServer(chosen.get()) ? new WorkspaceAddress(home, chosen.get()) : WorkspaceAddress.embedded(Path.of(chosen.get()));
    }

    /** Keeps the workspace for the next start; the embedded one in the data folder is the default, kept as no choice. */
    public void remember(WorkspaceAddress workspace) {
        if (workspace.onServer()) {
            // The address is saved as the login and the server, whatever was written in it: never a password.
            settings.put(KEY, WorkspaceAddress.onServer(home, workspace.serverParts().orElseThrow()).server());
        } else if (workspace.folder().toAbsolutePath().normalize().equals(home.toAbsolutePath().normalize())) {
            settings.remove(KEY);
        } else {
            settings.put(KEY, workspace.folder().toAbsolutePath().normalize().toString());
        }
    }

    /**
     * Signs in to the server at {@code workspace} with {@code password} (null or empty: the user's {@code .pgpass}) and
     * looks at the database, changing nothing; refused in one sentence when the workspace cannot be worked in there.
     */
    public Found check(WorkspaceAddress workspace, char[] password) {
        boolean typed = password != null && password.length > 0;
        ServerLogin login = new ServerLogin(workspace.server(), "", typed ? password : null);
        String who = login.login().orElse(System.getProperty("user.name"));
        try {
            return switch (ServerDatabase.look(login)) {
                case WORKSPACE -> Found.WORKSPACE;
                case EMPTY -> Found.EMPTY_DATABASE;
                case NOT_A_WORKSPACE -> throw new RequestRefused("server.notAWorkspace", workspace.server());
                case NO_ROLE -> throw new RequestRefused("server.noRole", workspace.server(), who);
                case MAY_NOT_SET_UP -> throw new RequestRefused("server.mayNotSetUp", workspace.server(), who);
            };
        } catch (ServerSignInException e) {
            if (e.reason() == ServerSignInException.Reason.PASSWORD_NEEDED) {
                throw new RequestRefused("server.passwordToType", workspace.server(), who);
            }
            throw ServerRefusal.of(e, login);
        } catch (ServerCollationException e) {
            throw new RequestRefused("server.collation", workspace.server());
        }
    }

    private static boolean named(String where) {
        return where != null && !where.isBlank();
    }
}
