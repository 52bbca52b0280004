package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Days to fix the problems of particular standards, one rule per standard. */
class DeadlineRuleRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void set(String code, Integer days, java.time.Instant at, String by) {
        fx.write(tx -> {
            tx.deadlineRules().set(code, days, at, by);
            return null;
        });
    }

    private Map<String, Integer> all() {
        return fx.read(tx -> tx.deadlineRules().all());
    }

    @Test
    void noRulesUntilOneIsSet() {
        assertEquals(Map.of(), all());
    }

    @Test
    void rulesComeByStandardCode() {
        set("02-01-01", 3, NOW, "赵主任");
        set("01-01-10", 30, NOW, "赵主任");
        set("01-01-02", 7, NOW, "赵主任");
        assertEquals(List.of("01-01-02", "01-01-10", "02-01-01"), List.copyOf(all().keySet()));
        assertEquals(Map.of("01-01-02", 7, "01-01-10", 30, "02-01-01", 3), all());
    }

    @Test
    void settingTheSameRuleTwiceKeepsOneRowWithTheNewestValues() {
        set("01-01-01", 7, NOW, "赵主任");
        set("01-01-01", 14, NOW.plusMillis(1), "钱科长");
        assertEquals(Map.of("01-01-01", 14), all());
        assertEquals(List.of(List.of("14", NOW.plusMillis(1).toString(), "钱科长")), fx.rows("SELECT days, set_at, set_by FROM deadline_rule"));
    }

    @Test
    void settingNoDaysGoesBackToTheDefault() {
        set("01-01-01", 7, NOW, "赵主任");
        set("01-01-02", 3, NOW, "赵主任");
        set("01-01-01", null, NOW, "赵主任");
        assertEquals(Map.of("01-01-02", 3), all());
        set("09-09-09", null, null, null);
        assertEquals(Map.of("01-01-02", 3), all(), "removing a rule that is not there changes nothing");
    }
}
