package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.ScoringRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2|2", "2分|2", "2.5|2.5", "２|2", "３．５分|3.5", "' 3 分 '|3", "2.0|2"})
    void readsPointsAsPeopleWriteThem(String cell, String points) {
        assertEquals(new BigDecimal(points), ValueParsers.points(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"两分", "", "2-3", "约2分", "abc"})
    void refusesPointsThatAreNotANumber(String cell) {
        assertNull(ValueParsers.points(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "符合/不符合|BINARY|", "''|BINARY|", "是否符合|BINARY|",
        "ABC|GRADED|", "A/B/C/C#|GRADED|", "A、B、C档|GRADED|", "ａｂｃ|GRADED|",
        "按处扣分（每处1分）|DEDUCTION|1", "按处扣分(每处0.5分)|DEDUCTION|0.5", "每处扣2分|DEDUCTION|2", "按处扣分|DEDUCTION|1"})
    void readsEveryScoringMode(String cell, ScoringMode mode, String deduction) {
        ScoringRule rule = ValueParsers.scoring(cell, BigDecimal.ONE);
        assertEquals(mode, rule.mode());
        assertEquals(deduction == null ? null : new BigDecimal(deduction), rule.deductionPerOccurrence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"优良中差", "百分制", "看情况"})
    void refusesScoringItCannotRead(String cell) {
        assertNull(ValueParsers.scoring(cell, BigDecimal.ONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"是|true", "√|true", "Y|true", "''|false", "否|false", "×|false"})
    void readsNegativeListFlags(String cell, boolean flag) {
        assertEquals(flag, ValueParsers.flag(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-12-31|2026-12-31", "2026/9/1|2026-09-01", "2026.06.30|2026-06-30", "2026年6月30日|2026-06-30",
        "2026 年 6 月 3 日|2026-06-03", "２０２６－１２－３１|2026-12-31", "20261231|2026-12-31", "2026-12-31 00:00:00|2026-12-31"})
    void readsDatesAsPeopleWriteThem(String cell, LocalDate date) {
        assertEquals(date, ValueParsers.date(null, cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"46387|2026-12-31", "20261231|2026-12-31"})
    void readsADateCellAndADateTypedAsANumber(BigDecimal number, LocalDate date) {
        assertEquals(date, ValueParsers.date(number, number.toPlainString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "尽快", "12/31", "长期", "2026-12"})
    void refusesWhatIsNotADate(String cell) {
        assertNull(ValueParsers.date(null, cell));
    }
}
