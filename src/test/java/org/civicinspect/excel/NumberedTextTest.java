package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1）地面无垃圾|1|地面无垃圾",
        "(2)垃圾桶完好|2|垃圾桶完好",
        "（3）公厕干净|3|公厕干净",
        "4. 无乱贴乱画|4|无乱贴乱画",
        "5、无占道经营|5|无占道经营",
        "一、公共环境|1|公共环境",
        "（十二）社区治理|12|社区治理",
        "①设置公平秤|1|设置公平秤"})
    void localNumberOrdersButIsNotACode(String cell, int number, String text) {
        NumberedText parsed = NumberedText.parse(cell);
        assertNull(parsed.code());
        assertEquals(number, parsed.localNumber());
        assertEquals(text, parsed.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ⅲ-57 无障碍设施|Ⅲ-57|无障碍设施",
        "Ⅲ-57无障碍设施|Ⅲ-57|无障碍设施",
        "景点-01-02 游客服务中心|景点-01-02|游客服务中心",
        "1.2.3 盲道连续|1.2.3|盲道连续",
        "A1 路面干净|A1|路面干净"})
    void codeAtTheStartOfTheTextIsTheStandardsCode(String cell, String code, String text) {
        NumberedText parsed = NumberedText.parse(cell);
        assertEquals(code, parsed.code());
        assertEquals(text, parsed.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3.5米以内无垃圾",
        "10米范围内无堆放",
        "A级景区设置游客中心",
        "公园-广场周边整洁"})
    void textThatMerelyStartsWithANumberIsLeftWhole(String cell) {
        NumberedText parsed = NumberedText.parse(cell);
        assertNull(parsed.code());
        assertNull(parsed.localNumber());
        assertEquals(cell, parsed.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|1", "（2）|2", "３|3", "4.|4"})
    void wholeNumbersInACodeColumnAreLocalNumbers(String cell, int number) {
        NumberedText parsed = NumberedText.parseCodeCell(cell);
        assertNull(parsed.code());
        assertEquals(number, parsed.localNumber());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"01-02-03|01-02-03", "Ⅲ-57|Ⅲ-57", "1.1|1.1", "ＳＣ-０１|SC-01"})
    void otherValuesInACodeColumnAreCodes(String cell, String code) {
        assertEquals(code, NumberedText.parseCodeCell(cell).code());
    }
}
