package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 材料审核结果 worked by hand: each standard earns its points × its grade's coefficient, and the total row is the
 * materials part of the 综合得分, the figure {@code score composite} gives.
 */
class MaterialsReportOfAHandWorkedRoundTest {

    @TempDir Path temp;
    private Services office;
    private Round june;

    /** M1 4 points, M2 6, M3 5, M4 5, all material standards; scale A=1 B=0.8 C=0.6 D=0; default weights (材料 40). */
    @BeforeEach
    void roundWithFourMaterialStandards() throws Exception {
        Messages.use("zh");
        office = TestWorkspaces.open(temp.resolve("office"));
        office.importIndicatorWorkbook().run(new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("M1", "制度建设", "工作机制", "有创建工作方案", "材料审核", 4, "符合/不符合", "")
                .row("M2", "制度建设", "宣传", "网上申报宣传情况", "网上申报", 6, "符合/不符合", "")
                .row("M3", "制度建设", "统计", "有创建统计台账", "材料审核", 5, "符合/不符合", "")
                .row("M4", "制度建设", "督查", "有督查记录", "材料审核", 5, "符合/不符合", "")
                .save(temp, "体系.xlsx"), null, Progress.NONE);
        june = office.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
        office.setMaterialGradeScale().run(june.name(), List.of("A=1 B=0.8 C=0.6 D=0"));
    }

    /**
     * M1 A: 4 × 1 = 4; M2 B: 6 × 0.8 = 4.8; M3 退回: 5 × 0 = 0; M4 not reviewed, left out of both sums.
     * Σ得分 / Σ满分 = 8.8 / 15 = 58.67%, × 40 = 23.47.
     */
    @Test
    void eachStandardEarnsItsPointsTimesItsCoefficientAndTheTotalIsTheCompositesMaterialsPart() throws Exception {
        MaterialReview first = office.recordMaterialReview().run(june.name(), "M1", "A", "");
        office.recordMaterialReview().run(june.name(), "M2", "b", "缺宣传照片");
        office.recordMaterialReview().run(june.name(), "M3", "退回", "须加盖公章");
        String day = LocalDate.ofInstant(first.reviewedAt(), ZoneId.systemDefault()).toString();
        String reviewer = first.reviewer();

        Path out = temp.resolve("材料审核结果.xlsx");
        office.exportMaterialsReport().run(june.name(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(List.of("序号", "测评标准", "内容", "分值", "牵头单位", "审核等级", "得分", "审核意见", "审核人", "审核日期", "材料份数",
                    "材料类型", "提交单位", "自动检查提示"), cells(sheet.getRow(2)));
            assertEquals(List.of("M1", "4.00", "A（1）", "4.00", "", reviewer, day), gradeColumns(sheet.getRow(3)));
            assertEquals(List.of("M2", "6.00", "B（0.8）", "4.80", "缺宣传照片", reviewer, day), gradeColumns(sheet.getRow(4)));
            assertEquals(List.of("M3", "5.00", "退回", "0.00", "须加盖公章", reviewer, day), gradeColumns(sheet.getRow(5)));
            assertEquals(List.of("M4", "5.00", "未审核", "", "", "", ""), gradeColumns(sheet.getRow(6)));

            Row total = sheet.getRow(7);
            assertEquals("合计（已审核）", total.getCell(0).getStringCellValue());
            assertEquals(15.0, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(8.8, total.getCell(6).getNumericCellValue(), 1e-9);
            String working = total.getCell(7).getStringCellValue();
            assertEquals("材料审核：Σ得分 / Σ满分 = 8.8 / 15 = 58.67% × 40 = 23.47；", working.substring(0, working.indexOf('；') + 1));

            CompositeScore.Part composite = office.scoreComposite().run(ScoreComposite.Request.of(june.name())).score().part(CompositeScore.MATERIALS);
            assertEquals(composite.explanation(), working, "the same figure and working as score composite");
        }
    }

    /** 测评标准, 分值, 审核等级, 得分, 审核意见, 审核人, 审核日期 as shown. */
    private static List<String> gradeColumns(Row row) {
        List<String> all = cells(row);
        return List.of(all.get(1), all.get(3), all.get(5), all.get(6), all.get(7), all.get(8), all.get(9));
    }

    private static List<String> cells(Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 14; c++) {
            texts.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
        }
        return texts;
    }
}
