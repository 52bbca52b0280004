package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.excel.SupervisionWriter.Line;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 整改督办单: one sheet per responsible unit in the order given, then 逾期清单 with the longest overdue first, as of the
 * date given.
 */
class SupervisionWriterTest {

    private static final String ROUND = "2026年秋季测评";
    private static final LocalDate DUE = LocalDate.of(2026, 9, 15);
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 27);

    @TempDir Path temp;

    private static Line line(String unit, String site, Escalation colour, long overdueDays, boolean recurred) {
        return new Line(unit, "城东区", site, "01-01-01 路面干净，无垃圾、无积水", "垃圾桶满溢", DUE, colour, ProblemStatus.FIXING, overdueDays, recurred,
                0, null, null, null);
    }

    private static List<Line> lines() {
        return List.of(line("城东区城管局", "幸福公园", Escalation.RED, 12, true), line("城东区城管局", "东湖广场", Escalation.WHITE, 0, false),
                line("东湖街道办", "幸福社区", Escalation.YELLOW, 3, false), line("", "无主点位", Escalation.YELLOW, 3, false));
    }

    private Path write(List<Line> lines) throws Exception {
        return Xlsx.write(temp, "督办.xlsx", out -> assertEquals(lines.stream().map(Line::unit).distinct().count(),
                new SupervisionWriter().write(ROUND, Samples.SCOPE, AS_OF, lines, out), "returns how many units got a sheet"));
    }

    private Path picture(String name) throws Exception {
        Path file = temp.resolve(name);
        ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    @Test
    void writesOneSheetPerUnitInTheOrderGivenThenTheOverdueList() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            assertEquals(List.of("城东区城管局", "东湖街道办", "未填单位", "逾期清单"), Xlsx.sheetNames(workbook));
        }
    }

    @Test
    void aUnitsSheetCountsItsProblemsThenListsThemWithTheirDeadlineGradeAndStatus() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            XSSFSheet sheet = workbook.getSheet("城东区城管局");
            assertEquals(ROUND + " 整改督办单", text(sheet, "A1"));
            assertEquals("责任单位：城东区城管局　　截至 2026-09-27：未销号问题 2 个，逾期 1 个", text(sheet, "A2"));
            assertEquals(List.of("序号", "区县", "点位", "测评标准", "问题描述", "整改期限", "督办等级", "状态", "整改前", "整改后"), Xlsx.row(sheet, 3));
            assertEquals(List.of("1", "城东区", "幸福公园", "01-01-01 路面干净，无垃圾、无积水", "垃圾桶满溢（复发）", "2026-09-15", "红", "整改中", "", ""),
                    Xlsx.row(sheet, 4));
            assertEquals("垃圾桶满溢", text(sheet, "E5"), "only a recurring problem is marked so");
            assertEquals(2, number(sheet, "A5"));
            assertEquals(DateUtil.getExcelDate(DUE), number(sheet, "F4"), "the deadline is a date, not a text");
            assertTrue(text(sheet, "A7").startsWith("责任单位负责人（签字）"), "a blank row, then the signatures");
            assertEquals(List.of("A1:J1", "A2:J2", "A7:J7"), Xlsx.merged(sheet));
        }
    }

    @Test
    void aProblemRaisedInAnEarlierRoundSaysSoWithItsFailedRechecks() throws Exception {
        Line old = new Line("城东区城管局", "城东区", "幸福公园", "01-01-01 路面干净", "垃圾桶满溢", DUE, Escalation.RED, ProblemStatus.FIXING, 12, false, 2,
                "第1期", null, null);
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(old)))) {
            assertEquals("垃圾桶满溢（复查未通过 2 次；第1期立案）", text(workbook.getSheet("城东区城管局"), "E4"));
        }
    }

    @Test
    void theGradeCellIsFilledInItsColourAndRedIsBoldForBlackAndWhitePrint() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            assertEquals(IndexedColors.ROSE.getIndex(), Xlsx.cell(workbook.getSheet("城东区城管局"), "G4").getCellStyle().getFillForegroundColor());
            assertTrue(workbook.getFontAt(Xlsx.cell(workbook.getSheet("城东区城管局"), "G4").getCellStyle().getFontIndex()).getBold());
            assertEquals(FillPatternType.NO_FILL, Xlsx.cell(workbook.getSheet("城东区城管局"), "G5").getCellStyle().getFillPattern());
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(), Xlsx.cell(workbook.getSheet("东湖街道办"), "G4").getCellStyle().getFillForegroundColor());
            assertEquals(FillPatternType.NO_FILL, Xlsx.cell(workbook.getSheet("城东区城管局"), "F4").getCellStyle().getFillPattern(),
                    "only the grade cell");
        }
    }

    @Test
    void problemsOfNoUnitGoOnASheetForThem() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            assertEquals("责任单位：（未填）　　截至 2026-09-27：未销号问题 1 个，逾期 1 个", text(workbook.getSheet("未填单位"), "A2"));
        }
    }

    @Test
    void theOverdueListHasEveryOverdueProblemLongestOverdueFirstThenByUnit() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            XSSFSheet sheet = workbook.getSheet("逾期清单");
            assertEquals(ROUND + " 逾期清单", text(sheet, "A1"));
            assertEquals(List.of("序号", "责任单位", "区县", "点位", "测评标准", "整改期限", "逾期天数", "督办等级", "状态"), Xlsx.row(sheet, 2));
            assertEquals(List.of("1", "城东区城管局", "城东区", "幸福公园", "01-01-01 路面干净，无垃圾、无积水", "2026-09-15", "12", "红", "整改中"),
                    Xlsx.row(sheet, 3));
            assertEquals(List.of("", "东湖街道办"), List.of(Xlsx.shown(sheet, "B4"), text(sheet, "B5")), "equally overdue: by unit");
            assertEquals(4, sheet.getLastRowNum(), "three overdue problems; the one not overdue is left out");
            assertEquals(List.of(1.0, 12.0, 3.0), List.of(number(sheet, "A3"), number(sheet, "G3"), number(sheet, "G5")));
            assertEquals(DateUtil.getExcelDate(DUE), number(sheet, "F3"));
        }
    }

    @Test
    void noOverdueProblemsSaysSo() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(line("城东区城管局", "幸福公园", Escalation.WHITE, 0, false))))) {
            assertEquals("截至 2026-09-27 没有逾期的问题", text(workbook.getSheet("逾期清单"), "A3"));
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeWithItsHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            for (String name : List.of("城东区城管局", "逾期清单")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet), name);
            }
            assertEquals("3:3", Xlsx.repeatingRows(workbook.getSheet("城东区城管局")));
            assertEquals("2:2", Xlsx.repeatingRows(workbook.getSheet("逾期清单")));
        }
    }

    @Test
    void thePhotosBeforeAndAfterGoInTheirColumns() throws Exception {
        Line withPhotos = new Line("城东区城管局", "城东区", "幸福公园", "01-01-01 路面干净", "垃圾桶满溢", DUE, Escalation.WHITE, ProblemStatus.TO_RECHECK, 0,
                false, 0, null, picture("before.png"), picture("after.png"));
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(withPhotos)))) {
            XSSFSheet sheet = workbook.getSheet("城东区城管局");
            List<String> placed = sheet.getDrawingPatriarch().getShapes().stream().map(XSSFPicture.class::cast)
                    .map(p -> p.getClientAnchor().getRow1() + ":" + p.getClientAnchor().getCol1()).sorted().toList();
            assertEquals(List.of("3:8", "3:9"), placed, "row 4, columns I and J");
            assertTrue(sheet.getRow(3).getHeightInPoints() >= 66);
        }
    }

    @Test
    void sheetNamesAreLegalAndDifferEvenWhereUnitsDifferOnlyInCaseOrClashWithTheOverdueList() throws Exception {
        List<Line> clashing = List.of(line("Road Office", "a", Escalation.WHITE, 0, false), line("ROAD OFFICE", "b", Escalation.WHITE, 0, false),
                line("逾期清单", "c", Escalation.WHITE, 0, false), line("城管局/市容科[东区]", "d", Escalation.WHITE, 0, false));
        try (XSSFWorkbook workbook = Xlsx.open(write(clashing))) {
            assertEquals(List.of("Road Office", "ROAD OFFICE（2）", "逾期清单", "城管局_市容科_东区_", "逾期清单（2）"), Xlsx.sheetNames(workbook));
        }
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new SupervisionWriter().write(ROUND, Samples.SCOPE, AS_OF, lines(), out));
    }
}
