package org.civicinspect.gui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.WorkspaceOpener;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.WorkspaceAddress.ServerParts;
import org.civicinspect.service.common.RequestRefused;

/**
 * 设置 → 工作区: where the workspace is now, and a switch to a folder on this computer or to the office's server. A
 * server is checked first (signed in, and a workspace or an empty database there); the password typed is used for
 * that sign-in only and never kept. The app remembers the workspace it switched to for its next start.
 */
public final class WorkspaceChoiceViewModel {

    private static final int DEFAULT_PORT = 5432;

    private final ChooseWorkspace workspaces;
    private final WorkspaceAddress now;
    private final String nowLogin;
    private final JobState job;
    private final DialogService dialogs;
    private final WorkspaceOpener opener;
    private final BooleanProperty onServer = new SimpleBooleanProperty();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * The choice offered while the workspace {@code now} is open ({@code signedIn}: the login the server signed in,
     * else empty); {@code job} is the screen's status line.
     */
    public WorkspaceChoiceViewModel(ChooseWorkspace workspaces, WorkspaceAddress now, Optional<String> signedIn, JobState job,
                                    DialogService dialogs, WorkspaceOpener opener) {
        this.workspaces = workspaces;
        this.now = now;
        this.job = job;
        this.dialogs = dialogs;
        this.opener = opener;
        Optional<ServerParts> parts = now.serverParts();
        this.nowLogin = signedIn.or(() -> parts.map(ServerParts::login).filter(l -> !l.isBlank())).orElse(System.getProperty("user.name"));
        onServer.set(now.onServer());
        folder.set((now.onServer() ? workspaces.home() : now.folder()).toString());
        login.set(nowLogin);
        parts.ifPresent(p -> {
            host.set(p.host());
            port.set(String.valueOf(p.port()));
            database.set(p.database());
        });
    }

    /** Where the workspace is now, in one line. */
    public String nowText() {
        return now.serverParts()
                .map(p -> Messages.get("settings.workspace.nowServer", p.host() + ":" + p.port(), p.database(), nowLogin))
                .orElseGet(() -> Messages.get("settings.workspace.nowFolder", now.folder()));
    }

    /** Asks for a folder (an empty one makes a new workspace) and puts it in the folder's field. */
    public void chooseFolder() {
        dialogs.chooseFolder("settings.chooseWorkspace").ifPresent(chosen -> {
            folder.set(chosen.toString());
            onServer.set(false);
        });
    }

    /**
     * Switches to the workspace chosen: a folder opens at once; a server is checked first with {@code password} (empty:
     * the user's .pgpass), and an empty database is set up only when the user agrees. The caller may clear
     * {@code password} when this returns: it is copied for as long as the sign-in needs it.
     */
    public void switchWorkspace(char[] password) {
        problem.set("");
        if (!onServer.get()) {
            switchToFolder();
            return;
        }
        Optional<ServerParts> parts = serverParts();
        if (parts.isEmpty()) {
            return;
        }
        WorkspaceAddress chosen = WorkspaceAddress.onServer(workspaces.home(), parts.get());
        if (now.serverParts().equals(parts)) {
            say(Messages.get("settings.workspace.already"));
            return;
        }
        char[] kept = password.clone();
        job.run(Messages.get("settings.workspace.checking", chosen.server()), progress -> {
            try {
                return new Checked(workspaces.check(chosen, kept), null);
            } catch (RequestRefused refused) {
                Arrays.fill(kept, '\0');
                return new Checked(null, Messages.get(refused.messageKey(), refused.args()));
            }
        }, checked -> {
            try {
                if (checked.refusal() != null) {
                    problem.set(checked.refusal());
                    job.say(checked.refusal());
                    return;
                }
                String server = parts.get().host() + ":" + parts.get().port();
                if (checked.found() == ChooseWorkspace.Found.EMPTY_DATABASE && !dialogs.confirm(Messages.get("settings.workspace.setUpTitle"),
                        Messages.get("settings.workspace.setUp", parts.get().database(), server, parts.get().login()),
                        "settings.workspace.setUpYes", "dialog.cancel")) {
                    job.say(Messages.get("settings.workspace.notSwitched"));
                    return;
                }
                job.say(Messages.get("settings.workspace.opening", chosen.server()));
                opener.open(chosen, kept);
            } finally {
                Arrays.fill(kept, '\0');
            }
        });
    }

    /** What the check of a server found, or why it refused the server (one sentence). */
    private record Checked(ChooseWorkspace.Found found, String refusal) {
    }

    private void switchToFolder() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            say(Messages.get("settings.workspace.noFolder"));
            return;
        }
        WorkspaceAddress chosen = WorkspaceAddress.embedded(Path.of(text));
        if (!now.onServer() && now.folder().toAbsolutePath().normalize().equals(chosen.folder().toAbsolutePath().normalize())) {
            say(Messages.get("settings.workspace.already"));
            return;
        }
        job.say(Messages.get("settings.workspace.opening", chosen.folder()));
        opener.open(chosen, null);
    }

    /** The server's address as filled in; empty, with the status saying what is missing, when it is incomplete. */
    private Optional<ServerParts> serverParts() {
        String h = strip(host);
        String d = strip(database);
        String l = strip(login);
        if (h.isEmpty() || d.isEmpty() || l.isEmpty()) {
            say(Messages.get("settings.workspace.serverMissing"));
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(strip(port));
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65535) {
            say(Messages.get("settings.workspace.badPort", strip(port)));
            return Optional.empty();
        }
        return Optional.of(new ServerParts(h, number, d, l));
    }

    /** A problem with what was filled in: said beside the fields and in the status line. */
    private void say(String sentence) {
        problem.set(sentence);
        job.say(sentence);
    }

    private static String strip(StringProperty text) {
        return text.get() == null ? "" : text.get().strip();
    }

    /** Why the server checked last cannot be switched to, in one sentence; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the choice is the office's server (else a folder on this computer). */
    public BooleanProperty onServerProperty() {
        return onServer;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty loginProperty() {
        return login;
    }
}
