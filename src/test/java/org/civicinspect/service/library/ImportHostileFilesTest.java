package org.civicinspect.service.library;

import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SheetProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated, foreign, malformed and hostile files: one clear problem each, and the workspace unchanged. */
class ImportHostileFilesTest {

    @TempDir Path temp;
    private Services services;
    private Map<String, Long> before;

    @BeforeEach
    void workspaceWithTheSample() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        before = TestWorkspaces.counts(services);
    }

    private SheetProblem rejected(Path file) {
        IndicatorImportResult result = services.importIndicatorWorkbook().run(file, null, Progress.NONE);
        assertEquals(IndicatorImportResult.Outcome.REJECTED, result.outcome());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(before, TestWorkspaces.counts(services));
        return result.errors().get(0);
    }

    private Path validWorkbook(String name) throws Exception {
        return new WorkbookBuilder().sheet("Sheet1")
                .row("测评项目", "测评内容", "测评标准", "分值", "适用点位")
                .row("公共环境", "环境卫生", "路面干净", 2, "公园")
                .save(temp, name);
    }

    @Test
    void aTextFileIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(temp.resolve("list.xlsx"), "测评项目,测评内容\n公共环境,环境卫生\n");
        SheetProblem problem = rejected(file);
        assertEquals("import.notWorkbook", problem.messageKey());
        assertEquals(List.of("list.xlsx"), problem.args());
    }

    @Test
    void aPictureIsNotAWorkbook() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("import.notWorkbook", rejected(Files.write(temp.resolve("photo.xlsx"), png)).messageKey());
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        assertEquals("import.emptyFile", rejected(Files.write(temp.resolve("empty.xlsx"), new byte[0])).messageKey());
    }

    @Test
    void aMissingFileSaysSo() {
        assertEquals("import.fileMissing", rejected(temp.resolve("nowhere.xlsx")).messageKey());
    }

    @Test
    void aWorkbookWithoutSheetsSaysSo() throws Exception {
        Path file = temp.resolve("nosheets.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        assertEquals("import.noSheets", rejected(file).messageKey());
    }

    @Test
    void aWorkbookWithoutARecognisableHeaderNamesItsSheets() throws Exception {
        Path file = new WorkbookBuilder().sheet("名单").row("姓名", "电话").row("张三", "123")
                .sheet("其他").row("随便写的内容").save(temp, "people.xlsx");
        SheetProblem problem = rejected(file);
        assertEquals("import.noHeader", problem.messageKey());
        assertEquals(List.of("名单、其他"), problem.args());
    }

    @Test
    void aHeaderBelowRowFifteenIsNotLookedFor() throws Exception {
        WorkbookBuilder builder = new WorkbookBuilder().sheet("Sheet1");
        for (int i = 0; i < 15; i++) {
            builder.row("说明文字第" + i + "行");
        }
        Path file = builder.row("测评项目", "测评内容", "测评标准", "分值", "适用点位")
                .row("公共环境", "环境卫生", "路面干净", 2, "公园").save(temp, "deep.xlsx");
        assertEquals("import.noHeader", rejected(file).messageKey());
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(validWorkbook("whole.xlsx"));
        Path file = Files.write(temp.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertEquals("import.damaged", rejected(file).messageKey());
    }

    @Test
    void aZipThatIsNoWorkbookIsDamaged() throws Exception {
        Path file = temp.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("import.damaged", rejected(file).messageKey());
    }

    @Test
    void aPasswordProtectedWorkbookAsksToRemoveThePassword() throws Exception {
        Path plain = validWorkbook("plain.xlsx");
        Path file = temp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("import.encrypted", rejected(file).messageKey());
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsMemory() throws Exception {
        Path valid = validWorkbook("valid.xlsx");
        Path file = temp.resolve("bomb.xlsx");
        try (ZipFile source = new ZipFile(valid.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Enumeration<? extends ZipEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int afterDeclaration = xml.indexOf("?>") + 2;
                        zip.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                        zip.write("<!--".getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 64; i++) {
                            zip.write(spaces);
                        }
                        zip.write("-->".getBytes(StandardCharsets.UTF_8));
                        zip.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                }
                zip.closeEntry();
            }
        }
        assertTrue(Files.size(file) < 1_000_000);
        assertEquals("import.zipBomb", rejected(file).messageKey());
    }

    @Test
    void anOldXlsWorkbookIsRead() throws Exception {
        Path file = new WorkbookBuilder(new HSSFWorkbook()).sheet("实地考察")
                .row("XX市测评标准（旧版）")
                .row("序号", "测评项目", "测评内容", "测评标准", "分值", "适用点位")
                .row(1, "公共环境", "环境卫生", "路面干净", 2, "公园、广场")
                .row(2, null, null, "垃圾桶完好", "1分", "公园")
                .merge("B3:B4").merge("C3:C4")
                .save(temp, "old.xls");
        IndicatorImportResult result = services.importIndicatorWorkbook().run(file, null, Progress.NONE);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome(), result.errors().toString());
        assertEquals(2, result.tree().standardCount());
        assertEquals(List.of("公园", "广场"), result.tree().siteTypes());
    }

    @Test
    void aWordFileSavedAsXlsIsNoExcelWorkbook() throws Exception {
        Path file = temp.resolve("letter.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("import.notExcelOle", rejected(file).messageKey());
    }

    @Test
    void unreadableFilesNeverThrow() throws Exception {
        ByteArrayOutputStream garbage = new ByteArrayOutputStream();
        garbage.write(new byte[] {'P', 'K', 3, 4});
        garbage.write(new byte[2048]);
        assertEquals("import.damaged", rejected(Files.write(temp.resolve("garbage.xlsx"), garbage.toByteArray())).messageKey());
    }

    @Test
    void aFormulaWithoutASavedValueIsRefusedNamingItsCell() throws Exception {
        Path file = withPointsFormulaInF7(false, "unsaved.xlsx");
        SheetProblem problem = rejected(file);
        assertEquals("import.formulaWithoutValue", problem.messageKey());
        assertEquals("测评体系!F7", problem.location());
        assertEquals(List.of(0), problem.args());
    }

    @Test
    void aFormulaWithASavedValueIsReadByThatValue() throws Exception {
        Path file = withPointsFormulaInF7(true, "saved.xlsx");
        IndicatorImportResult result = services.importIndicatorWorkbook().run(file, null, Progress.NONE);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome(), result.errors().toString());
        // =1+1 saved as 2
        assertEquals(0, new java.math.BigDecimal("2").compareTo(result.tree().standards().toList().get(5).points()));
    }

    /** Six standards in rows 2 to 7 of 测评体系; the last one's 分值 (F7) is the formula =1+1. */
    private Path withPointsFormulaInF7(boolean saveItsValue, String name) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("测评体系");
            String[] header = {"测评项目", "测评内容", "测评标准", "测评方法", "适用点位", "分值"};
            var headerRow = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= 6; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("公共环境");
                row.createCell(1).setCellValue("环境卫生");
                row.createCell(2).setCellValue("标准" + r);
                row.createCell(3).setCellValue("实地考察");
                row.createCell(4).setCellValue("公园");
                if (r < 6) {
                    row.createCell(5).setCellValue(1);
                } else {
                    row.createCell(5).setCellFormula("1+1");
                }
            }
            if (saveItsValue) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            Path file = temp.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    @Test
    void aHiddenSheetIsSkippedAndTheImportSaysSo() throws Exception {
        Path file = temp.resolve("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : List.of("Sheet1", "旧版")) {
                var sheet = workbook.createSheet(name);
                var header = sheet.createRow(0);
                String[] cells = {"测评项目", "测评内容", "测评标准", "分值", "适用点位"};
                for (int c = 0; c < cells.length; c++) {
                    header.createCell(c).setCellValue(cells[c]);
                }
                var row = sheet.createRow(1);
                String[] values = {"公共环境", "环境卫生", name.equals("旧版") ? "旧标准" : "路面干净", "2", "公园"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.setSheetHidden(1, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        IndicatorImportResult result = services.importIndicatorWorkbook().run(file, null, Progress.NONE);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome(), result.errors().toString());
        assertEquals(1, result.tree().standardCount());
        assertEquals(List.of(SheetProblem.at("旧版", "", "import.hiddenSheetSkipped")), result.notes());
    }

    @Test
    void twoColumnsWithTheSameHeaderAreRefusedNamingBoth() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1")
                .row("测评项目", "测评内容", "测评标准", "分值", "适用点位", "分值（分）")
                .row("公共环境", "环境卫生", "路面干净", 2, "公园", 3)
                .save(temp, "twice.xlsx");
        SheetProblem problem = rejected(file);
        assertEquals("import.duplicateHeader", problem.messageKey());
        assertEquals("Sheet1!F1", problem.location());
        assertEquals(List.of("D", "分值", "F", "分值（分）"), problem.args());
    }

    @Test
    void aCancelledImportStopsAndChangesNothing() throws Exception {
        Path big = temp.resolve("big.xlsx");
        org.civicinspect.bench.SyntheticIndicatorWorkbook.write(big, 400, 10, 1);
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
        Progress cancelAfterFirstUpdate = new Progress() {
            @Override
            public void update(long done, long total) {
                seen.set(done);
            }

            @Override
            public boolean isCancelled() {
                return seen.get() > 0;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> services.importIndicatorWorkbook().run(big, null, cancelAfterFirstUpdate));
        assertEquals(before, TestWorkspaces.counts(services));
    }
}
