package org.civicinspect.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives: {@code --data DIR}, else {@code CIVICINSPECT_HOME}, else the platform's
 * convention for application data (docs/design.md §6).
 */
public final class DataFolder {

    public static final String ENV_HOME = "CIVICINSPECT_HOME";

    private DataFolder() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming")).resolve("CivicInspect");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CivicInspect");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share")).resolve("civicinspect");
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
