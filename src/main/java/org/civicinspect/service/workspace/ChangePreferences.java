package org.civicinspect.service.workspace;

import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SettingsFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.WorkspaceRole;

/** The workspace's {@link Preferences}, kept in its {@code settings.properties}; a value that cannot be read is the default. */
public final class ChangePreferences {

    private static final String ROLE = "role";
    private static final String LIST_SIZE = "honours.size";
    private static final String WARN_DAYS = "escalation.warnDays";
    private static final String KEEP_BACKUPS = "backups.keep";

    private final SettingsFile settings;
    private final boolean onServer;

    public ChangePreferences(Path dataFolder) {
        this(dataFolder, false);
    }

    /**
     * The preferences of a workspace whose data folder is {@code dataFolder}. A workspace on a server ({@code onServer})
     * is always the office's: once a role is kept in the folder (its first start keeps one), it reads as
     * {@link WorkspaceRole#OFFICE} whatever the folder's settings say, and saving never changes the role kept there.
     */
    public ChangePreferences(Path dataFolder, boolean onServer) {
        this.settings = new SettingsFile(dataFolder);
        this.onServer = onServer;
    }

    /**
     * Whether the role stays whatever is chosen: the office's on a server, and a unit's once the workspace took in a
     * unit task package (it holds nothing an office or a field laptop works with).
     */
    public boolean roleFixed() {
        return onServer || kept() == WorkspaceRole.UNIT;
    }

    private WorkspaceRole kept() {
        return settings.get(ROLE).flatMap(ChangePreferences::role).orElse(null);
    }

    public Preferences current() {
        Preferences d = Preferences.DEFAULT;
        WorkspaceRole kept = settings.get(ROLE).flatMap(ChangePreferences::role).orElse(null);
        WorkspaceRole role = onServer && kept != null ? WorkspaceRole.OFFICE : kept;
        Preferences read = new Preferences(role, number(LIST_SIZE, d.listSize()), number(WARN_DAYS, d.warnDays()),
                number(KEEP_BACKUPS, d.keepBackups()));
        return read.sensible() ? read : new Preferences(role, d.listSize(), d.warnDays(), d.keepBackups());
    }

    public void save(Preferences preferences) {
        if (!preferences.sensible()) {
            throw new RequestRefused("settings.notSensible", Preferences.MAX_LIST_SIZE, Preferences.MAX_WARN_DAYS,
                    Preferences.MAX_KEEP_BACKUPS);
        }
        Map<String, String> values = new HashMap<>(Map.of(LIST_SIZE, String.valueOf(preferences.listSize()),
                WARN_DAYS, String.valueOf(preferences.warnDays()), KEEP_BACKUPS, String.valueOf(preferences.keepBackups())));
        if (preferences.role() != null && !onServer && kept() != WorkspaceRole.UNIT) {
            values.put(ROLE, preferences.role().name());
        } else if (onServer && settings.get(ROLE).flatMap(ChangePreferences::role).isEmpty()) {
            values.put(ROLE, WorkspaceRole.OFFICE.name());
        }
        settings.putAll(values);
    }

    /**
     * Keeps {@code role} as the workspace's when none is chosen yet: what the workspace holds already says which it is.
     * A workspace on a server keeps the office's, as {@link #save} does there.
     */
    public void roleUnlessChosen(WorkspaceRole role) {
        Preferences now = current();
        if (now.role() == null) {
            save(new Preferences(role, now.listSize(), now.warnDays(), now.keepBackups()));
        }
    }

    private int number(String key, int fallback) {
        try {
            return settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Optional<WorkspaceRole> role(String text) {
        try {
            return Optional.of(WorkspaceRole.valueOf(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
