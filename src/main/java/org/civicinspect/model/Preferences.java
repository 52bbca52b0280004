package org.civicinspect.model;

/**
 * The choices a workspace's users make once and keep: its role (null until chosen on the first start), how many
 * districts, streets and units the red and black lists name, how many days before a deadline a problem turns
 * yellow, and how many automatic backups are kept.
 */
public record Preferences(WorkspaceRole role, int listSize, int warnDays, int keepBackups) {

    public static final Preferences DEFAULT = new Preferences(null, 3, 3, 10);

    public static final int MAX_LIST_SIZE = 20;
    public static final int MAX_WARN_DAYS = 60;
    public static final int MAX_KEEP_BACKUPS = 100;

    public boolean sensible() {
        return listSize >= 1 && listSize <= MAX_LIST_SIZE && warnDays >= 0 && warnDays <= MAX_WARN_DAYS && keepBackups >= 1
                && keepBackups <= MAX_KEEP_BACKUPS;
    }
}
