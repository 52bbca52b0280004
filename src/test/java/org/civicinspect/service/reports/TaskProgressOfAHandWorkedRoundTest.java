package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each unit's standards with their field 达标率 in a round, worked out by hand on {@link HandWorkedCity}'s first round
 * (all approved). 城管局 leads HJ-01 and HJ-02 and supports ZX-01; 交通局 leads HJ-03; 园林局 leads ZX-01.
 *
 * <pre>
 * HJ-01 路面干净 (4 分, 每处扣 1 分; 达标 = 无扣分)
 *   东湖路 3处 ✗  新桥路 0处 ✓  西山路 0处 ✓  东湖公园 0处 ✓  西山公园 1处 ✗  北湖公园 不适用 (not scored)
 *   达标率 = 3 / 5 = 60.00%
 * HJ-02 设施完好 (符合/不符合)
 *   东湖路 ✓  新桥路 ✓  西山路 ✗  东湖公园 ✓  西山公园 ✓  北湖公园 不适用
 *   达标率 = 4 / 5 = 80.00%
 * ZX-01 秩序良好 (A/B/C/C#; 达标 = A)
 *   东湖公园 C ✗  西山公园 A ✓  北湖公园 不适用
 *   达标率 = 1 / 2 = 50.00%
 * </pre>
 */
class TaskProgressOfAHandWorkedRoundTest {

    @TempDir static Path temp;
    private static Services services;

    @BeforeAll
    static void cityWithATaskBreakdown() throws Exception {
        services = HandWorkedCity.build(temp.resolve("ws"), temp);
        for (String unit : List.of("城管局", "交通局", "园林局")) {
            services.saveUnit().run(ResponsibleUnit.named(unit));
        }
        Path tasks = new WorkbookBuilder().sheet("任务分解表")
                .row("测评标准编号", "牵头单位", "配合单位", "完成时限")
                .row("HJ-01", "城管局", "", "2026-12-31")
                .row("HJ-02", "城管局", "交通局", "")
                .row("HJ-03", "交通局", "", "")
                .row("ZX-01", "园林局", "城管局", "2026-11-30")
                .save(temp, "任务分解.xlsx");
        services.importTaskWorkbook().run("latest", tasks);
    }

    private static BigDecimal rate(ShowTaskProgress.StandardProgress s) {
        return Rounding.percent(s.field().orElseThrow().complianceRate());
    }

    @Test
    void aUnitSeesTheStandardsItLeadsAndSupportsWithTheirFieldRateWorkedOutByHand() {
        ShowTaskProgress.Progress progress = services.showTaskProgress().ofUnit("城管局", HandWorkedCity.FIRST, ReportScope.Counted.APPROVED);
        List<ShowTaskProgress.StandardProgress> standards = progress.standards();
        assertEquals(List.of("HJ-01", "HJ-02", "ZX-01"), standards.stream().map(s -> s.task().standardCode()).toList());
        assertEquals(List.of("路面干净", "设施完好", "秩序良好"), standards.stream().map(ShowTaskProgress.StandardProgress::standardText).toList());
        assertEquals(List.of(3, 4, 1), standards.stream().map(s -> s.field().orElseThrow().fullyMet()).toList());
        assertEquals(List.of(5, 5, 2), standards.stream().map(s -> s.field().orElseThrow().scored()).toList());
        assertEquals(List.of(new BigDecimal("60.00"), new BigDecimal("80.00"), new BigDecimal("50.00")),
                standards.stream().map(TaskProgressOfAHandWorkedRoundTest::rate).toList());
        assertEquals(LocalDate.of(2026, 12, 31), standards.get(0).task().due());
        assertEquals(progress.scored().scores().byStandard().get("HJ-01"), standards.get(0).field().orElseThrow(),
                "the very figure the round's scoring gives, not a second computation");
    }

    @Test
    void aUnitWithNothingAssignedHasNoStandards() {
        assertEquals(List.of(), services.showTaskProgress().ofUnit("卫健委", HandWorkedCity.FIRST, ReportScope.Counted.APPROVED).standards());
    }

    @Test
    void theReportListsTheWholeBreakdownWithFieldRatesAndTheRoundsScope() throws Exception {
        Path out = temp.resolve("任务分解推进表.xlsx");
        ShowTaskProgress.Progress progress = services.exportTaskProgress().run(HandWorkedCity.FIRST, ReportScope.Counted.APPROVED, out);
        assertEquals(4, progress.standards().size());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("第1期 任务分解推进表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("统计范围：计入已审核通过点位 6 个（未计入：待审核 0 个、进行中 0 个、已退回 0 个、未开始 0 个）　数据截至 ",
                    sheet.getRow(1).getCell(0).getStringCellValue().replaceAll("数据截至 .*", "数据截至 "), "the scope line other reports state");
            assertEquals(List.of("HJ-01", "路面干净", "城管局", "", "2026-12-31", "60", "达标 3 / 计分 5", "—", "—"), row(sheet.getRow(4)));
            assertEquals(List.of("HJ-02", "设施完好", "城管局", "交通局", "", "80", "达标 4 / 计分 5", "—", "—"), row(sheet.getRow(5)));
            assertEquals(List.of("HJ-03", "无乱张贴", "交通局", "", "", "100", "达标 3 / 计分 3", "—", "—"), row(sheet.getRow(6)),
                    "HJ-03 is judged on the three roads only, all met");
            assertEquals(List.of("ZX-01", "秩序良好", "园林局", "城管局", "2026-11-30", "50", "达标 1 / 计分 2", "—", "—"), row(sheet.getRow(7)));
            assertNull(sheet.getRow(8));
        }
    }

    @Test
    void theLookBackNamesEachStandardsLeadAndSupportingUnitsFromTheBreakdown() throws Exception {
        Path out = temp.resolve("回头望.xlsx");
        ExportLookback.Written written = services.exportLookback().run(HandWorkedCity.FIRST, ReportScope.Counted.APPROVED, out);
        // 第1期 loses field points on HJ-01 (东湖路 3处, 西山公园 1处), HJ-02 (西山路) and ZX-01 (东湖公园 C); HJ-03 is all met.
        Map<String, List<String>> units = new TreeMap<>();
        written.lines().forEach(l -> units.put(l.code(), List.of(l.leadUnit(), l.supportingUnits())));
        assertEquals(Map.of("HJ-01", List.of("城管局", ""), "HJ-02", List.of("城管局", "交通局"), "ZX-01", List.of("园林局", "城管局")), units);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheet("回头望");
            assertEquals(List.of("牵头单位", "配合单位"), List.of(sheet.getRow(3).getCell(11).getStringCellValue(),
                    sheet.getRow(3).getCell(12).getStringCellValue()));
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(units.get(row.getCell(2).getStringCellValue()),
                        List.of(row.getCell(11).getStringCellValue(), row.getCell(12).getStringCellValue()), "row " + (r + 1));
            }
        }
    }

    /** Code, text, lead, supporting, due, field 达标率, its working, survey, materials. */
    private static List<String> row(Row row) {
        var due = row.getCell(5);
        return List.of(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue(),
                row.getCell(4).getStringCellValue(),
                due.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? due.getLocalDateTimeCellValue().toLocalDate().toString() : "",
                new BigDecimal(String.valueOf(row.getCell(7).getNumericCellValue())).stripTrailingZeros().toPlainString(),
                row.getCell(8).getStringCellValue(), row.getCell(9).getStringCellValue(), row.getCell(10).getStringCellValue());
    }
}
