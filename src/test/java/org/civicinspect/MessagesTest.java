package org.civicinspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the bundles, and both languages have every key. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:Messages\\.get|SheetProblem\\.(?:at|ofFile))\\((?:[^\"()]*, )*\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z.]+)\"");

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(keys(Locale.SIMPLIFIED_CHINESE), keys(Locale.ENGLISH));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = keys(Locale.SIMPLIFIED_CHINESE);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {LITERAL_KEY, FXML_KEY}) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        if (!known.contains(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void chineseIsTheDefaultAndEnglishCanBeChosen() {
        Messages.use(null);
        assertEquals("指标体系", Messages.get("area.indicators"));
        Messages.use("en");
        assertEquals("Indicators", Messages.get("area.indicators"));
        assertTrue(Messages.get("row.pointsNotNumber", "两分").contains("两分"));
    }
}
