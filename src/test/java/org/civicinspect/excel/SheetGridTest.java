package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civicinspect.model.SheetProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import reads from a sheet: each cell's text as POI's usermodel gives it (the reading imports had before
 * they streamed .xlsx files), rows and cells as the file holds them, merged regions, hidden sheets and formulas
 * without a saved value.
 */
class SheetGridTest {

    @TempDir Path temp;

    @Test
    void readsEveryKindOfCellAsPoisUsermodelDoes() throws Exception {
        Path file = temp.resolve("kinds.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数据");
            Row values = sheet.createRow(0);
            values.createCell(0).setCellValue("文本");
            XSSFRichTextString rich = new XSSFRichTextString("红色加粗");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(2, 4, bold);
            values.createCell(1).setCellValue(rich);
            double[] numbers = {1.0, 0.1, -2.5, 1234567.0, 0.30000000000000004};
            for (int i = 0; i < numbers.length; i++) {
                values.createCell(2 + i).setCellValue(numbers[i]);
            }
            values.createCell(7).setCellValue(true);
            values.createCell(8).setCellValue(false);
            Row formulas = sheet.createRow(1);
            formulas.createCell(0).setCellFormula("1+1");
            formulas.createCell(1).setCellFormula("\"甲\"&\"乙\"");
            formulas.createCell(2).setCellFormula("1>0");
            formulas.createCell(3).setCellFormula("1/0");
            formulas.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
            formulas.createCell(5).setCellStyle(workbook.createCellStyle());
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            formulas.createCell(6).setCellValue(LocalDate.of(2026, 1, 2));
            formulas.getCell(6).setCellStyle(date);
            sheet.createRow(3).createCell(0).setCellValue("合并");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A4:B5"));
            workbook.createSheet("隐藏").createRow(0).createCell(0).setCellValue("旧表");
            workbook.createSheet("深藏");
            workbook.setSheetHidden(1, true);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(workbook, file);
        }

        WorkbookSheets read = WorkbookFiles.read(file);
        assertSameAsUsermodel(file, read);
        SheetGrid grid = read.sheets().get(0);
        assertEquals(List.of(
                "1:文本|红色加粗|#1|#0.1|#-2.5|#1234567|#0.3|是|否",
                "2:#2|甲乙|是||||#46024",
                "4:合并"), cells(grid));
        assertEquals("合并", grid.raw(3, 1));
        assertEquals("合并", grid.raw(4, 1), "a merged cell in a row the file does not hold");
        assertEquals(new BigDecimal("0.1"), grid.number(0, 3));
        assertEquals(List.of(false, true, true), read.sheets().stream().map(SheetGrid::hidden).toList());
        assertEquals(List.of("数据", "隐藏", "深藏"), read.names());
    }

    @Test
    void readsInlineStringsAsPoisUsermodelDoes() throws Exception {
        Path file = temp.resolve("inline.xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try {
            Row row = workbook.createSheet("流式").createRow(0);
            row.createCell(0).setCellValue("行内文本");
            row.createCell(1).setCellValue(" 前后有空格 ");
            row.createCell(2).setCellValue(3.0);
            write(workbook, file);
        } finally {
            workbook.close();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sheet.contains("t=\"inlineStr\""), sheet);
        }
        WorkbookSheets read = WorkbookFiles.read(file);
        assertSameAsUsermodel(file, read);
        assertEquals(List.of("1:行内文本| 前后有空格 |#3"), cells(read.sheets().get(0)));
        assertEquals("前后有空格", read.sheets().get(0).text(0, 1));
    }

    @Test
    void richTextRunsPhoneticGuidesAndEscapedCharactersReadAsExcelShowsThem() throws Exception {
        Path file = new HandWrittenXlsx()
                .sharedStrings("<si><r><t>红色</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 加粗</t></r></si>"
                        + "<si><t>东京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
                        + "<si><t>第一行_x000D_第二行</t></si>")
                .sheet("文本", "<sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"D1\" t=\"inlineStr\"><is><r><t>行</t></r><r><rPr><i/></rPr><t>内</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>ぎょう</t></rPh></is></c>"
                        + "<c r=\"E1\" t=\"str\"><f>\"公式\"</f><v>公式_x000A_文本</v></c>"
                        + "<c r=\"F1\" t=\"s\"><v>7</v></c>"
                        + "</row></sheetData>")
                .save(temp, "text.xlsx");
        WorkbookSheets read = WorkbookFiles.read(file);
        assertSameAsUsermodel(file, read);
        assertEquals(List.of("1:红色 加粗|东京|第一行\r第二行|行内|公式\n文本|"), cells(read.sheets().get(0)));
    }

    @Test
    void rowsAndCellsWithoutAReferenceFollowTheOneBefore() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("无引用", "<sheetData>"
                        + "<row><c t=\"inlineStr\"><is><t>甲</t></is></c><c><v>2</v></c></row>"
                        + "<row r=\"4\"><c r=\"C4\"><v>3</v></c><c><v>4.50</v></c></row>"
                        + "<row><c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"e\"><v>#REF!</v></c><c><v></v></c></row>"
                        + "</sheetData>")
                .save(temp, "norefs.xlsx");
        WorkbookSheets read = WorkbookFiles.read(file);
        assertSameAsUsermodel(file, read);
        assertEquals(List.of("1:甲|#2", "4:||#3|#4.5", "5:是|否||#0"), cells(read.sheets().get(0)));
    }

    @Test
    void blankRowsAndCellsAreHeldAsTheFileHoldsThem() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("空白", "<sheetData><row r=\"1\"/>"
                        + "<row r=\"3\"><c r=\"B3\" s=\"0\"/><c r=\"D3\" s=\"0\"/></row>"
                        + "<row r=\"5\"><c r=\"A5\" s=\"0\"/><c r=\"C5\" t=\"inlineStr\"><is><t>值</t></is></c></row>"
                        + "</sheetData>")
                .sheet("空表", "<sheetData/>")
                .save(temp, "blank.xlsx");
        WorkbookSheets read = WorkbookFiles.read(file);
        assertSameAsUsermodel(file, read);
        SheetGrid grid = read.sheets().get(0);
        assertEquals(List.of("1:", "3:|||", "5:||值"), cells(grid));
        assertTrue(grid.anyRow());
        assertEquals(4, grid.lastRow());
        assertTrue(grid.hasRow(0));
        assertFalse(grid.hasRow(1));
        assertEquals(3, grid.lastColumn(2));
        assertEquals("", grid.firstText(2));
        assertEquals("值", grid.firstText(4));
        SheetGrid empty = read.sheets().get(1);
        assertFalse(empty.anyRow());
        assertEquals(-1, empty.lastRow());
    }

    @Test
    void aFormulaWithoutASavedValueIsNamedFirstInSheetOrderWithTheOthersCounted() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("计算", "<sheetData>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>\"x\"</f></c><c r=\"B3\"><f>2</f><v>2</v></c></row>"
                        + "<row r=\"2\"><c r=\"C2\"><f>1+1</f></c></row>"
                        + "<row r=\"4\"><c r=\"D4\"><f>B3*2</f><v></v></c></row>"
                        + "</sheetData>")
                .save(temp, "unsaved.xlsx");
        SheetGrid grid = WorkbookFiles.read(file).sheets().get(0);
        assertEquals(List.of(SheetProblem.at("计算", "C2", "import.formulaWithoutValue", 1)), grid.formulasWithoutValue());
        assertEquals("", grid.raw(1, 2));
        assertEquals("2", grid.raw(2, 1));
    }

    @Test
    void anOldXlsReadsAsTheSameGridAsAnXlsx() throws Exception {
        Path xls = temp.resolve("old.xls");
        Path xlsx = temp.resolve("new.xlsx");
        try (Workbook old = new HSSFWorkbook(); Workbook current = new XSSFWorkbook()) {
            fill(old);
            fill(current);
            write(old, xls);
            write(current, xlsx);
        }
        WorkbookSheets fromXls = WorkbookFiles.read(xls);
        WorkbookSheets fromXlsx = WorkbookFiles.read(xlsx);
        assertEquals(dump(fromXlsx), dump(fromXls));
        assertEquals("合并", fromXls.sheets().get(0).raw(2, 1));
        assertEquals(List.of("1:测评项目|#2|#0.5|是|#3|文本公式", "3:合并"), cells(fromXls.sheets().get(0)));
    }

    @Test
    void aWordDocumentNamedXlsxIsDamaged() throws Exception {
        Path file = temp.resolve("letter.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("测评标准");
            document.write(out);
        }
        UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));
        assertEquals(SheetProblem.ofFile("import.damaged", "letter.xlsx"), e.problem());
    }

    @Test
    void aDateWrittenAsTextReadsAsWritten() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("日期", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"d\"><v>2026-01-02T00:00:00</v></c></row></sheetData>")
                .save(temp, "date.xlsx");
        assertEquals(List.of("1:2026-01-02T00:00:00"), cells(WorkbookFiles.read(file).sheets().get(0)));
    }

    @Test
    void aNumberCellHoldingNoNumberIsDamaged() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("Sheet1", "<sheetData><row r=\"1\"><c r=\"A1\"><v>两分</v></c></row></sheetData>")
                .save(temp, "nan.xlsx");
        UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));
        assertEquals("import.damaged", e.problem().messageKey());
    }

    @Test
    void aCellBeyondTheLastColumnExcelHasIsDamaged() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("Sheet1", "<sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData>")
                .save(temp, "wide.xlsx");
        UnreadableWorkbookException e = assertThrows(UnreadableWorkbookException.class, () -> WorkbookFiles.read(file));
        assertEquals("import.damaged", e.problem().messageKey());
    }

    private static void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("测评体系");
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue("测评项目");
        row.createCell(1).setCellValue(2.0);
        row.createCell(2).setCellValue(0.5);
        row.createCell(3).setCellValue(true);
        row.createCell(4).setCellFormula("B1+1");
        row.createCell(5).setCellFormula("\"文本\"&\"公式\"");
        sheet.createRow(2).createCell(0).setCellValue("合并");
        sheet.addMergedRegion(CellRangeAddress.valueOf("A3:B3"));
        workbook.createSheet("旧版").createRow(0).createCell(0).setCellValue("旧");
        workbook.setSheetHidden(1, true);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    /** The streamed read of an .xlsx against POI's usermodel read of the same file, sheet by sheet. */
    private static void assertSameAsUsermodel(Path file, WorkbookSheets streamed) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            assertEquals(dump(UsermodelSheets.read(workbook)), dump(streamed));
        }
    }

    private static List<String> dump(WorkbookSheets workbook) {
        List<String> lines = new ArrayList<>();
        for (SheetGrid grid : workbook.sheets()) {
            lines.add(grid.name() + (grid.hidden() ? " (hidden)" : "") + " rows=" + grid.anyRow() + " last=" + grid.lastRow());
            lines.addAll(cells(grid));
        }
        return lines;
    }

    /** Each row the sheet holds as "row:cell|cell|…", with # before a number. */
    private static List<String> cells(SheetGrid grid) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r <= grid.lastRow(); r++) {
            if (!grid.hasRow(r)) {
                continue;
            }
            StringBuilder line = new StringBuilder((r + 1) + ":");
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                line.append(c == 0 ? "" : "|").append(grid.number(r, c) != null ? "#" : "").append(grid.raw(r, c));
            }
            rows.add(line.toString());
        }
        return rows;
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
