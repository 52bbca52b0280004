package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 任务分解 progress beside the field figure: a material standard's review grade in the round and a survey standard's
 * score rate, on {@link HandWorkedSurvey} with its two material standards. 第1期 has the survey; 第2期 has none.
 *
 * <pre>
 * standard  method    lead    第1期 materials   第1期 survey                          第2期
 * HJ-01     实地考察  城管局  —                 —                                     — / —
 * 09-01-01  问卷调查  宣传部  —                 Q1 3 / 5 = 60.00%                      — (no survey)
 * 09-01-02  问卷调查  宣传部  —                 Q11 3 / 5 = 60.00%                     — (no survey)
 * 09-01-09  问卷调查  宣传部  —                 — (no question names it)               —
 * ZZ-01     材料审核  文明办  部分 (reviewed)   —                                     未审核 (reviews are per round)
 * ZZ-02     网上申报  文明办  未审核            —                                     未审核
 * </pre>
 */
class TaskProgressWithMaterialsAndSurveyTest {

    @TempDir static Path temp;
    private static Services services;

    @BeforeAll
    static void surveyedCityWithMaterialsAndATaskBreakdown() throws Exception {
        services = HandWorkedSurvey.build(temp.resolve("ws"), temp, true);
        for (String unit : List.of("城管局", "宣传部", "文明办")) {
            services.saveUnit().run(ResponsibleUnit.named(unit));
        }
        Path tasks = new WorkbookBuilder().sheet("任务分解表")
                .row("测评标准编号", "牵头单位", "配合单位", "完成时限")
                .row("HJ-01", "城管局", "", "")
                .row("09-01-01", "宣传部", "", "")
                .row("09-01-02", "宣传部", "", "")
                .row("09-01-09", "宣传部", "", "")
                .row("ZZ-01", "文明办", "城管局", "")
                .row("ZZ-02", "文明办", "", "")
                .save(temp, "任务分解.xlsx");
        services.importTaskWorkbook().run("latest", tasks);
        services.recordMaterialReview().run(HandWorkedSurvey.ROUND, "ZZ-01", "部分", "缺少年度计划");
    }

    private static List<List<String>> progress(String round) {
        return services.showTaskProgress().run(round, ReportScope.Counted.APPROVED).standards().stream()
                .map(s -> List.of(s.task().standardCode(), s.materialsText(), s.surveyText())).toList();
    }

    @Test
    void materialStandardsShowTheirGradeAndSurveyStandardsTheirCityScoreRateWorkedOutByHand() {
        assertEquals(List.of(
                List.of("HJ-01", "—", "—"),
                List.of("09-01-01", "—", "60.00%"),
                List.of("09-01-02", "—", "60.00%"),
                List.of("09-01-09", "—", "—"),
                List.of("ZZ-01", "部分（0.5）", "—"),
                List.of("ZZ-02", "未审核", "—")), progress(HandWorkedSurvey.ROUND));
    }

    @Test
    void aRoundWithoutSurveyOrReviewsShowsNoSurveyRateAndItsMaterialsUngraded() {
        assertEquals(List.of(
                List.of("HJ-01", "—", "—"),
                List.of("09-01-01", "—", "—"),
                List.of("09-01-02", "—", "—"),
                List.of("09-01-09", "—", "—"),
                List.of("ZZ-01", "未审核", "—"),
                List.of("ZZ-02", "未审核", "—")), progress(HandWorkedSurvey.WITHOUT_SURVEY));
    }

    @Test
    void theReportAndAUnitsListShowTheSameFigures() throws Exception {
        Path out = temp.resolve("任务分解推进表.xlsx");
        services.exportTaskProgress().run(HandWorkedSurvey.ROUND, ReportScope.Counted.APPROVED, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("问卷调查得分率", "材料审核"), cells(sheet.getRow(3)));
            assertTrue(sheet.getRow(3).getHeightInPoints() >= 2 * 14f, "问卷调查得分率 wraps in its column rather than being cut");
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().contains("材料审核 = 本轮审核等级（系数）：完整（1）/部分（0.5）/缺失（0）/退回（0）"),
                    sheet.getRow(2).getCell(0).getStringCellValue());
            Row material = sheet.getRow(8);
            assertEquals(List.of("—", "—", "材料审核"), List.of(material.getCell(6).getStringCellValue(), material.getCell(7).getStringCellValue(),
                    material.getCell(8).getStringCellValue()), "a material standard is not judged at sites: no field figure");
            assertEquals(List.of(List.of("—", "—"), List.of("60.00%", "—"), List.of("60.00%", "—"), List.of("—", "—"), List.of("—", "部分（0.5）"),
                    List.of("—", "未审核")), List.of(cells(sheet.getRow(4)), cells(sheet.getRow(5)), cells(sheet.getRow(6)), cells(sheet.getRow(7)),
                    cells(sheet.getRow(8)), cells(sheet.getRow(9))));
        }
        assertEquals(List.of(List.of("HJ-01", "—", "—"), List.of("ZZ-01", "部分（0.5）", "—")),
                services.showTaskProgress().ofUnit("城管局", HandWorkedSurvey.ROUND, ReportScope.Counted.APPROVED).standards().stream()
                        .map(s -> List.of(s.task().standardCode(), s.materialsText(), s.surveyText())).toList());
    }

    /** The survey and materials columns. */
    private static List<String> cells(Row row) {
        return List.of(row.getCell(9).getStringCellValue(), row.getCell(10).getStringCellValue());
    }
}
