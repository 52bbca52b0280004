package org.civicinspect.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apostrophe shows as typed. A text with placeholders is a {@link java.text.MessageFormat} pattern, where a single
 * apostrophe quotes what follows (the placeholders after it would show as "{0}") and two show one; a text without
 * placeholders is shown as it is, so there two would show as two.
 */
class ApostrophesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @ParameterizedTest
    @ValueSource(strings = {"/messages_en.properties", "/messages_zh_CN.properties"})
    void everyApostropheShowsOnce(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            boolean pattern = PLACEHOLDER.matcher(text).find();
            if (pattern ? text.replace("''", "").contains("'") : text.contains("''")) {
                wrong.add(key);
            }
        }
        wrong.sort(null);
        assertEquals(List.of(), wrong);
    }
}
