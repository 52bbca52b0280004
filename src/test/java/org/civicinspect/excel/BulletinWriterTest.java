package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.excel.BulletinWriter.Bulletin;
import org.civicinspect.excel.BulletinWriter.Event;
import org.civicinspect.excel.BulletinWriter.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 通报: the summary as it is read out, then the rankings, the standards analysis and the negative-list events. */
class BulletinWriterTest {

    private static final String ROUND = "2026年秋季测评";
    private static final String SUBTITLE = "2026-09-01 至 2026-09-03";

    @TempDir Path temp;

    private static List<Fact> facts() {
        return List.of(new Fact("测评时间", "2026-09-01 至 2026-09-03", ""), new Fact("测评点位", 33, "个"),
                new Fact("实地考察得分率", new BigDecimal("86.42"), "%"), new Fact("负面清单扣分", new BigDecimal("1.5"), "分（2 件）"));
    }

    private static List<Event> events() {
        return List.of(new Event(LocalDate.of(2026, 9, 2), "09-03-01", "未发生重大安全生产事故", "某工地脚手架坍塌", new BigDecimal("1")),
                new Event(LocalDate.of(2026, 9, 3), "09-03-01", "未发生重大安全生产事故", "某餐馆燃气泄漏", new BigDecimal("0.5")));
    }

    private static Bulletin bulletin(List<Event> events) {
        return new Bulletin(ROUND, facts(), List.of(RankingWorkbookWriterTest.districts(), RankingWorkbookWriterTest.units()),
                StandardAnalysisWriterTest.lines(), 2, events);
    }

    private Path write(Bulletin bulletin) throws Exception {
        return Xlsx.write(temp, "通报.xlsx", out -> new BulletinWriter().write(bulletin, Samples.SCOPE, SUBTITLE, out));
    }

    /** The 1-based number of the first row whose first cell reads so. */
    private static int rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(Xlsx.shown(sheet, "A" + (row.getRowNum() + 1)))) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }

    @Test
    void theSummaryComesFirstThenTheRankingsTheAnalysisAndTheEvents() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            assertEquals(List.of("通报", "区县排名", "责任单位排名", "指标达标分析", "负面清单"), Xlsx.sheetNames(workbook));
            assertEquals(ROUND + " 区县排名", text(workbook.getSheet("区县排名"), "A1"));
            assertEquals(ROUND + " 指标达标分析", text(workbook.getSheet("指标达标分析"), "A1"));
            for (String name : Xlsx.sheetNames(workbook)) {
                assertEquals(ScopeText.heading(Samples.SCOPE), text(workbook.getSheet(name), "A2"), name + " states the scope under its title");
            }
        }
    }

    @Test
    void theFactsAreLabelledWithNumbersStoredAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            assertEquals(ROUND + " 测评情况通报", text(sheet, "A1"));
            int first = rowOf(sheet, "一、总体情况") + 1;
            assertEquals(List.of("测评时间", "2026-09-01 至 2026-09-03", ""), Xlsx.row(sheet, first));
            assertEquals(33, number(sheet, "B" + (first + 1)));
            assertEquals(86.42, number(sheet, "B" + (first + 2)));
            assertEquals("0.00", Xlsx.format(sheet, "B" + (first + 2)));
            assertEquals(List.of("负面清单扣分", "1.50", "分（2 件）"), Xlsx.row(sheet, first + 3));
            assertTrue(Xlsx.merged(sheet).contains("C" + first + ":F" + first), "the unit runs to the right edge");
        }
    }

    @Test
    void theRedAndBlackListsTakeOnlyTheMarkedLinesOfEveryRanking() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "二、红黑榜") + 1;
            assertEquals(List.of("类别", "名称", "得分率(%)", "排名", "较上期(百分点)", "榜单"), Xlsx.row(sheet, header));
            assertEquals(List.of("区县", "城东区", "92.50", "1", "1.25", "红榜"), Xlsx.row(sheet, header + 1));
            assertEquals(List.of("区县", "城西区", "70.05", "3", "-4.10", "黑榜"), Xlsx.row(sheet, header + 2));
            assertEquals(List.of("责任单位", "城东区城管局", "90.00", "1", "—", "红榜"), Xlsx.row(sheet, header + 3));
            assertEquals(70.05, number(sheet, "C" + (header + 2)));
            assertEquals(3, number(sheet, "D" + (header + 2)));
            assertEquals(header + 5, rowOf(sheet, "三、达标率最低的测评标准"), "one blank row after the lists");
        }
    }

    @Test
    void theWeakestStandardsAreCutToTheNumberAskedFor() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "三、达标率最低的测评标准") + 1;
            assertEquals(List.of("编码", "测评标准", "达标率(%)", "问题数", "测评点位数", ""), Xlsx.row(sheet, header));
            assertEquals(List.of("01-02-01", "无占道经营、店外经营", "37.50", "5", "8", ""), Xlsx.row(sheet, header + 1));
            assertEquals("01-01-02", text(sheet, "A" + (header + 2)));
            assertEquals(header + 4, rowOf(sheet, "四、负面清单"), "two lines of three");
        }
    }

    @Test
    void theSummaryCountsTheEventsAndTheEventsSheetListsThemWithTheirTotal() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet summary = workbook.getSheet("通报");
            assertEquals("本期发生负面清单事件 2 件，详见“负面清单”表。", text(summary, "A" + (rowOf(summary, "四、负面清单") + 1)));
            XSSFSheet sheet = workbook.getSheet("负面清单");
            assertEquals(ROUND + " 负面清单事件", text(sheet, "A1"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(sheet, "A2"));
            assertEquals(List.of("日期", "编码", "测评标准", "事件描述", "扣分"), Xlsx.row(sheet, 4));
            assertEquals(List.of("2026-09-02", "09-03-01", "未发生重大安全生产事故", "某工地脚手架坍塌", "1.00"), Xlsx.row(sheet, 5));
            assertEquals(DateUtil.getExcelDate(LocalDate.of(2026, 9, 3)), number(sheet, "A6"), "a date, not a text");
            assertEquals(List.of("合计", "", "", "", "1.50"), Xlsx.row(sheet, 7));
            assertEquals(1.5, number(sheet, "E7"));
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet));
        }
    }

    @Test
    void aRoundWithoutEventsSaysSoAndTotalsZero() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(List.of())))) {
            XSSFSheet summary = workbook.getSheet("通报");
            assertEquals("本期未发生负面清单事件。", text(summary, "A" + (rowOf(summary, "四、负面清单") + 1)));
            assertEquals(0, number(workbook.getSheet("负面清单"), "E5"));
        }
    }

    @Test
    void theSummaryPrintsOnA4Portrait() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            assertEquals("A4 portrait fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertTrue(Xlsx.merged(sheet).contains("A1:F1"));
        }
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new BulletinWriter().write(bulletin(events()), Samples.SCOPE, SUBTITLE, out));
    }
}
