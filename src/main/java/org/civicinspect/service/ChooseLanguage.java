package org.civicinspect.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The user's language (zh or en), kept in the data folder's {@code settings.properties}. */
public final class ChooseLanguage {

    public static final String FILE = "settings.properties";
    private static final String KEY = "language";

    private final Path file;

    public ChooseLanguage(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** The saved language, or null when none was chosen. */
    public String saved() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            return null;
        }
        return properties.getProperty(KEY);
    }

    public void choose(String language) {
        Properties properties = new Properties();
        properties.setProperty(KEY, language);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "CivicInspect settings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
