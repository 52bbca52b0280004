package org.civicinspect.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Where SQLite's native library is unpacked: this user's cache folder for the program, never a workspace (which may
     * be read-only, or copied to other computers); empty when it cannot be made, leaving sqlite-jdbc's own choice.
     */
    public static Optional<Path> nativeLibraries(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path cache;
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            cache = (local != null ? Path.of(local) : Path.of(userHome, "AppData", "Local")).resolve("CivicInspect");
        } else if (os.contains("mac")) {
            cache = Path.of(userHome, "Library", "Caches", "CivicInspect");
        } else {
            String xdg = env.get("XDG_CACHE_HOME");
            cache = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache")).resolve("civicinspect");
        }
        try {
            return Optional.of(Files.createDirectories(cache.resolve("native")));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
