package org.civicinspect.gui;

/** The areas of the main window, in the order of the navigation. */
public enum Area {
    DASHBOARD("mdi2v-view-dashboard-outline"),
    INDICATORS("mdi2f-format-list-checks"),
    SITES("mdi2m-map-marker-multiple"),
    PEOPLE("mdi2a-account-group-outline"),
    ROUNDS("mdi2c-calendar-check"),
    SCORING("mdi2c-clipboard-check-outline"),
    SURVEY("mdi2c-comment-question-outline"),
    REVIEW("mdi2s-source-merge"),
    TASKS("mdi2c-clipboard-list-outline"),
    RECTIFICATION("mdi2a-alarm-light-outline"),
    REPORTS("mdi2f-file-excel-outline"),
    SETTINGS("mdi2c-cog-outline");

    private final String icon;

    Area(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    public String titleKey() {
        return "area." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
