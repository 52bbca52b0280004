package org.civicinspect.service.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site importer meets the same truncated, foreign and hostile files as the indicator importer. */
class ImportSitesHostileFilesTest {

    @TempDir Path temp;
    private Services services;
    private Map<String, Long> before;

    @BeforeEach
    void workspaceWithSites() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        before = services.workspace().read(c -> c.sites().tableCounts());
    }

    private SheetProblem rejected(Path file) {
        SiteImportResult result = services.importSiteWorkbook().run(file, Progress.NONE);
        assertFalse(result.imported());
        assertEquals(before, services.workspace().read(c -> c.sites().tableCounts()));
        return result.errors().get(0);
    }

    @Test
    void textEmptyMissingTruncatedAndForeignFilesAreRefused() throws Exception {
        assertEquals("import.notWorkbook", rejected(Files.writeString(temp.resolve("a.xlsx"), "区县,点位名称\n城东区,东湖路")).messageKey());
        assertEquals("import.emptyFile", rejected(Files.write(temp.resolve("b.xlsx"), new byte[0])).messageKey());
        assertEquals("import.fileMissing", rejected(temp.resolve("none.xlsx")).messageKey());
        byte[] whole = Files.readAllBytes(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        assertEquals("import.damaged", rejected(Files.write(temp.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 3))).messageKey());
        Path zip = temp.resolve("zip.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("import.damaged", rejected(zip).messageKey());
    }

    @Test
    void anIndicatorWorkbookIsNoSiteList() {
        assertEquals("sites.noHeader", rejected(TestWorkspaces.sharedSample("indicators-sample.xlsx")).messageKey());
    }

    @Test
    void aSheetNamedAfterNoDistrictWithoutADistrictColumnIsRefused() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("点位名称", "点位类型").row("东湖路", "主次干道").save(temp, "nodistrict.xlsx");
        assertEquals("import.missingColumn", rejected(file).messageKey());
    }

    @Test
    void aHugeNumberInTheCoordinatesIsRefused() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("区县", "点位名称", "点位类型", "经度", "纬度")
                .row("城东区", "东湖路", "主次干道", 1e300, 30).save(temp, "huge.xlsx");
        assertEquals("sites.badCoordinate", rejected(file).messageKey());
    }
    @Test
    void aFormulaWithoutASavedValueIsRefusedNamingItsCell() throws Exception {
        Path file = temp.resolve("unsaved.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("点位清单");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("区县");
            header.createCell(1).setCellValue("点位名称");
            header.createCell(2).setCellValue("点位类型");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("城东区");
            row.createCell(1).setCellFormula("\"东湖\"&\"路\"");
            row.createCell(2).setCellValue("主次干道");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SiteImportResult result = services.importSiteWorkbook().run(file, Progress.NONE);
        assertEquals(1, result.errors().size(), result.errors().toString());
        SheetProblem problem = rejected(file);
        assertEquals("import.formulaWithoutValue", problem.messageKey());
        assertEquals("点位清单!B2", problem.location());
    }

    @Test
    void aHiddenSheetIsSkippedAndTheImportSaysSo() throws Exception {
        Path file = temp.resolve("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : List.of("点位清单", "撤销的点位")) {
                var sheet = workbook.createSheet(name);
                var header = sheet.createRow(0);
                header.createCell(0).setCellValue("区县");
                header.createCell(1).setCellValue("点位名称");
                header.createCell(2).setCellValue("点位类型");
                var row = sheet.createRow(1);
                row.createCell(0).setCellValue("城北区");
                row.createCell(1).setCellValue(name.equals("点位清单") ? "新开路" : "旧街");
                row.createCell(2).setCellValue("主次干道");
            }
            workbook.setSheetHidden(1, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SiteImportResult result = services.importSiteWorkbook().run(file, Progress.NONE);
        assertTrue(result.imported(), result.errors().toString());
        assertEquals(1, result.added());
        assertEquals(List.of(SheetProblem.at("撤销的点位", "", "import.hiddenSheetSkipped")), result.notes());
    }

    @Test
    void twoColumnsWithTheSameHeaderAreRefusedNamingBoth() throws Exception {
        Path file = new WorkbookBuilder().sheet("点位清单").row("区县", "点位名称", "点位类型", "点位名称")
                .row("城东区", "东湖路", "主次干道", "西湖路").save(temp, "twice.xlsx");
        SiteImportResult result = services.importSiteWorkbook().run(file, Progress.NONE);
        assertEquals(1, result.errors().size(), result.errors().toString());
        SheetProblem problem = rejected(file);
        assertEquals("import.duplicateHeader", problem.messageKey());
        assertEquals("点位清单!D1", problem.location());
        assertEquals(List.of("B", "点位名称", "D", "点位名称"), problem.args());
    }
}
