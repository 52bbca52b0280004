package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.civicinspect.i18n.Messages;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CityScore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** In English, counts agree with their nouns and the formulas the screens explain are in English too. */
class EnglishWordsTest {

    private static final java.util.regex.Pattern ONE_PLURAL = java.util.regex.Pattern.compile(
            "\\b1 (sites|problems|findings|standards|photos|conflicts|packages|answers|inspections|comments|rounds|days)\\b");
    private static final java.util.regex.Pattern MANY_SINGULAR = java.util.regex.Pattern.compile(
            "\\b[02] (site|problem|finding|standard|photo|conflict|package|answer|inspection|comment|round|day)\\b(?! type)");

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }

    @Test
    void oneSiteTwoSitesNoSites() {
        Messages.use("en");
        assertTrue(Messages.get("dashboard.headline", "90", "80", "88.4", 1, 1).endsWith("(1 site, 1 problem)"),
                Messages.get("dashboard.headline", "90", "80", "88.4", 1, 1));
        assertTrue(Messages.get("dashboard.headline", "90", "80", "88.4", 2, 0).endsWith("(2 sites, 0 problems)"));
        assertEquals("1 standard is still unanswered", Messages.get("inspection.unanswered", 1));
        assertEquals("3 standards are still unanswered", Messages.get("inspection.unanswered", 3));
        assertEquals("1,600 sites, 1 shown, 0 of them must-check", Messages.get("sites.summary", 1600, 1, 0));
    }

    @Test
    void everyEnglishCountFormatsForNoneOneAndMany() throws IOException {
        Properties english = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/messages_en.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Messages.use("en");
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).contains(",choice,")) {
                for (int n : new int[] {0, 1, 2}) {
                    String text = Messages.get(key, Collections.nCopies(10, (Object) n).toArray());
                    assertTrue(!text.contains("{") && !ONE_PLURAL.matcher(text).find() && !MANY_SINGULAR.matcher(text).find(), key + ": " + text);
                }
            }
        }
    }

    @Test
    void theFormulasOfTheScreensSpeakTheUsersLanguage() {
        Aggregate city = new Aggregate("全市", new BigDecimal("37.5"), new BigDecimal("50"), 16, 12, 3, 4, 0, List.of());
        CityScore total = new CityScore(city, List.of());
        assertEquals("得分率 = 37.5 / 50 = 75.00%；达标率 = 12 / 16 = 75.00%", Formulas.of(city));
        assertEquals(city.formula(), Formulas.of(city), "in Chinese the screens say what the reports say");
        Messages.use("en");
        assertEquals("score rate = 37.5 / 50 = 75.00%; compliance = 12 / 16 = 75.00%", Formulas.of(city));
        assertEquals("field score = 75.00 − 0 = 75.00 (no negative-list events)", Formulas.of(total));
    }
}
