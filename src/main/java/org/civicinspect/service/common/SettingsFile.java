package org.civicinspect.service.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** The data folder's {@code settings.properties}: small choices of the user, each kept beside the others. */
public final class SettingsFile {

    public static final String FILE = "settings.properties";

    private final Path file;

    public SettingsFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The saved value; empty when there is none or the file cannot be read. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    public void put(String key, String value) {
        putAll(java.util.Map.of(key, value));
    }

    /** Saves the values together: the file holds all of them or, if writing fails, none. */
    public void putAll(java.util.Map<String, String> values) {
        Properties properties = load();
        values.forEach(properties::setProperty);
        store(properties);
    }

    /** Takes the saved value away, so that the default applies again. */
    public void remove(String key) {
        Properties properties = load();
        if (properties.remove(key) != null) {
            store(properties);
        }
    }

    private void store(Properties properties) {
        try {
            AtomicFile.write(file, out -> {
                try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    properties.store(writer, "CivicInspect settings");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return properties;
    }
}
