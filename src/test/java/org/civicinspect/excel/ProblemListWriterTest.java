package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problem list prints where each problem stands, goes on in a new sheet when one is full, and never fails over a
 * photo it cannot read.
 */
class ProblemListWriterTest {

    @TempDir Path temp;

    private static List<ProblemListWriter.Problem> problems(int count, List<Path> photos) {
        List<ProblemListWriter.Problem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            problems.add(new ProblemListWriter.Problem("单位" + i / 40, "城东区", "东湖街道", "点位" + i, "主次干道", "01-01-0" + i % 9,
                    "路面干净", "问题" + i, LocalDate.of(2026, 12, 8), photos,
                    new ProblemListWriter.Standing(ProblemStatus.TO_FIX, Escalation.WHITE, false, 0, null)));
        }
        return problems;
    }

    @Test
    void aFullSheetGoesOnInANewSheetWithTheSameHeaderAndEveryProblemOnce() throws Exception {
        Path out = temp.resolve("problems.xlsx");
        try (OutputStream stream = Files.newOutputStream(out)) {
            new ProblemListWriter(50).write("问题清单", Samples.SCOPE, problems(200, List.of()), stream, Progress.NONE);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertTrue(workbook.getNumberOfSheets() >= 5);
            assertEquals("问题清单", workbook.getSheetName(0));
            assertEquals("问题清单（续1）", workbook.getSheetName(1));
            List<Integer> numbers = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertTrue(sheet.getLastRowNum() < 50, "no sheet holds more than its rows");
                assertEquals("序号", sheet.getRow(1).getCell(0).getStringCellValue());
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
                for (Row row : sheet) {
                    if (row.getRowNum() > 1 && row.getCell(0).getCellType() == CellType.NUMERIC) {
                        numbers.add((int) row.getCell(0).getNumericCellValue());
                        assertEquals("点位" + (numbers.size() - 1), row.getCell(3).getStringCellValue());
                    }
                }
            }
            assertEquals(200, numbers.size());
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i + 1, numbers.get(i));
            }
        }
    }

    @Test
    void aPhotoThatCannotBeReadIsLeftOut() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.jpg"), "not a picture");
        Path out = temp.resolve("problems.xlsx");
        try (OutputStream stream = Files.newOutputStream(out)) {
            new ProblemListWriter().write("问题清单", Samples.SCOPE, problems(3, List.of(broken, temp.resolve("missing.jpg"))), stream, Progress.NONE);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals(0, workbook.getAllPictures().size());
            assertEquals(1 + 1 + 3 + 1, workbook.getSheetAt(0).getLastRowNum(), "title, header, unit heading, 3 problems, count");
        }
    }

    @Test
    void eachRowSaysWhereItsProblemStandsAndAnUnreviewedFindingIsMarkedWithoutADeadline() throws Exception {
        LocalDate due = LocalDate.of(2026, 12, 8);
        List<ProblemListWriter.Problem> rows = List.of(
                new ProblemListWriter.Problem("单位", "城东区", "东湖街道", "东湖路", "主次干道", "01-01-01", "路面干净", "垃圾", LocalDate.of(2026, 12, 20),
                        List.of(), new ProblemListWriter.Standing(ProblemStatus.FIXING, Escalation.RED, true, 2, due)),
                new ProblemListWriter.Problem("单位", "城东区", "东湖街道", "柳岸巷", "背街小巷", "01-01-02", "无乱堆", "杂物", null, List.of(), null));
        Path out = temp.resolve("standing.xlsx");
        try (OutputStream stream = Files.newOutputStream(out)) {
            new ProblemListWriter().write("问题清单", Samples.SCOPE, rows, stream, Progress.NONE);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            assertEquals(List.of("整改期限", "督办等级", "整改状态", "整改情况", "照片"), List.of(header.getCell(7).getStringCellValue(),
                    header.getCell(8).getStringCellValue(), header.getCell(9).getStringCellValue(), header.getCell(10).getStringCellValue(),
                    header.getCell(11).getStringCellValue()));
            Row red = sheet.getRow(3);
            assertEquals(LocalDate.of(2026, 12, 20), red.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("红", red.getCell(8).getStringCellValue());
            assertTrue(workbook.getFontAt(red.getCell(8).getCellStyle().getFontIndex()).getBold(), "红 reads in black-and-white print");
            assertEquals("整改中", red.getCell(9).getStringCellValue());
            assertEquals("复发；复查未通过 2 次；期限由 2026-12-08 改为 2026-12-20", red.getCell(10).getStringCellValue());
            Row unreviewed = sheet.getRow(4);
            assertEquals(CellType.BLANK, unreviewed.getCell(7).getCellType(), "no problem yet, so no deadline");
            assertEquals("", unreviewed.getCell(8).getStringCellValue());
            assertEquals("待审核（未立案）", unreviewed.getCell(9).getStringCellValue());
        }
    }
}
