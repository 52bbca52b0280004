package org.civicinspect.service.workspace;

import org.civicinspect.service.common.SettingsFile;
import java.nio.file.Path;

/** The user's language (zh or en), kept in the data folder's {@code settings.properties}. */
public final class ChooseLanguage {

    public static final String FILE = SettingsFile.FILE;
    private static final String KEY = "language";

    private final SettingsFile settings;

    public ChooseLanguage(Path dataFolder) {
        this.settings = new SettingsFile(dataFolder);
    }

    /** The saved language, or null when none was chosen. */
    public String saved() {
        return settings.get(KEY).orElse(null);
    }

    public void choose(String language) {
        settings.put(KEY, language);
    }
}
