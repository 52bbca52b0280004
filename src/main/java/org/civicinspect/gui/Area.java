package org.civicinspect.gui;

/** The areas of the main window, in the order of the navigation. */
public enum Area {
    DASHBOARD("mdi2v-view-dashboard-outline", true),
    INDICATORS("mdi2f-format-list-checks", true),
    SITES("mdi2m-map-marker-multiple", true),
    PEOPLE("mdi2a-account-group-outline", true),
    ROUNDS("mdi2c-calendar-check", true),
    SCORING("mdi2c-clipboard-check-outline", true),
    REVIEW("mdi2s-source-merge", true),
    RECTIFICATION("mdi2a-alarm-light-outline", true),
    REPORTS("mdi2f-file-excel-outline", true),
    SETTINGS("mdi2c-cog-outline", true);

    private final String icon;
    private final boolean built;

    Area(String icon, boolean built) {
        this.icon = icon;
        this.built = built;
    }

    public String icon() {
        return icon;
    }

    public boolean built() {
        return built;
    }

    public String titleKey() {
        return "area." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String plannedKey() {
        return titleKey() + ".planned";
    }
}
