package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.service.fieldwork.ExportSiteReport;
import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.Rounding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report of a demo round, opened back with POI: each number it prints is the engine's number. */
class ReportsAgreeWithTheEngineTest {

    @TempDir static Path temp;
    private static Services services;
    private static Round round;
    private static ScoreRound.Scored scored;

    @BeforeAll
    static void demoCity() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(4, 240, 3, 6, 21), Progress.NONE);
        round = services.showRound().list().get(1);
        String code = services.recordNegativeEvent().negativeListStandards(round.id()).get(0).code();
        services.recordNegativeEvent().add(round.id(), round.start(), code, "演示：食品安全事件", new BigDecimal("1.25"));
        scored = services.scoreRound().run(round.id(), ReportScope.Counted.APPROVED);
    }

    @Test
    void eachSiteSheetTotalsWhatTheEngineScoresForTheSite() throws Exception {
        Path out = temp.resolve("sites.xlsx");
        ExportSiteReport.Written written = services.exportSiteReport().run(round.id(), ReportScope.Counted.APPROVED, out, Progress.NONE);
        Map<String, Aggregate> bySite = scored.scores().bySite();
        assertEquals(bySite.size(), written.sites());
        Map<String, Aggregate> byName = new HashMap<>();
        bySite.forEach((id, a) -> byName.put(scored.scores().site(id).name() + "|" + scored.scores().site(id).district(), a));
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals(written.sites(), workbook.getNumberOfSheets());
            int pictures = 0;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                String site = sheet.getRow(3).getCell(1).getStringCellValue();
                String district = sheet.getRow(4).getCell(1).getStringCellValue().split(" ")[0];
                Row total = totalRow(sheet);
                Aggregate engine = byName.get(site + "|" + district);
                assertEquals(engine.possible().doubleValue(), total.getCell(2).getNumericCellValue(), 1e-9, site);
                assertEquals(engine.earned().doubleValue(), total.getCell(5).getNumericCellValue(), 1e-9, site);
                assertTrue(total.getCell(1).getStringCellValue().contains(Rounding.percent(engine.scoreRate()).toPlainString() + "%"));
                assertEquals(1, sheet.getSheetConditionalFormatting().getNumConditionalFormattings(), "failures are highlighted");
                assertTrue(sheet.getRepeatingRows() != null, "the header repeats on every printed page");
                assertTrue(sheet.getFitToPage());
                pictures += sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getShapes().size();
            }
            assertTrue(pictures > 0, "photos are embedded as thumbnails");
        }
    }

    private static Row totalRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && "合计".equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no 合计 row in " + sheet.getSheetName());
    }

    @Test
    void theProblemListHasARowPerFailingFindingWithItsProblemsDeadline() throws Exception {
        Path out = temp.resolve("problems.xlsx");
        int problems = services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, out, Progress.NONE);
        assertEquals(scored.scores().city().problems(), problems);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int rows = 0;
            Map<String, LocalDate> deadlines = new HashMap<>();
            services.listProblems().run(round.id(), org.civicinspect.service.rectification.ListProblems.Filter.ALL).problems()
                    .forEach(l -> deadlines.put(l.place().name() + "|" + l.problem().standardCode(), l.problem().deadline()));
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(0).getCellType() == CellType.NUMERIC) {
                    rows++;
                    assertEquals(rows, (int) row.getCell(0).getNumericCellValue());
                    String place = row.getCell(3).getStringCellValue() + "|" + row.getCell(5).getStringCellValue().split(" ")[0];
                    if (row.getCell(9).getStringCellValue().equals("待审核（未立案）")) {
                        assertEquals(CellType.BLANK, row.getCell(7).getCellType(), place);
                    } else {
                        assertEquals(deadlines.get(place), row.getCell(7).getLocalDateTimeCellValue().toLocalDate(), "the problem record's deadline: " + place);
                    }
                }
            }
            assertEquals(problems, rows);
            List<String> units = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(0).getCellType() == CellType.NUMERIC) {
                    String key = units.size() + "|" + row.getCell(1).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                            + row.getCell(3).getStringCellValue() + "|" + row.getCell(5).getStringCellValue().split(" ")[0];
                    keys.add(key);
                } else if (row.getCell(0).getStringCellValue().startsWith("责任单位：")) {
                    units.add(row.getCell(0).getStringCellValue());
                }
            }
            List<String> unitsSorted = new ArrayList<>(units);
            unitsSorted.sort(org.civicinspect.model.NaturalOrder.INSTANCE);
            assertEquals(unitsSorted, units, "units in natural order");
            java.util.Comparator<String> byGroupThenPlace = java.util.Comparator.comparingInt((String k) -> Integer.parseInt(k.split("\\|")[0]))
                    .thenComparing(k -> k.substring(k.indexOf('|') + 1));
            List<String> keysSorted = new ArrayList<>(keys);
            keysSorted.sort(byGroupThenPlace);
            assertEquals(keysSorted, keys, "within a unit: by district, street, site and standard");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertTrue(sheet.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void aCancelledProblemListLeavesNoFileAndStopsItsReader() throws Exception {
        Path out = temp.resolve("cancelled.xlsx");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, out, cancelled));
        assertTrue(Files.notExists(out));
        Thread.sleep(500);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("problem-list-reader") && t.isAlive()));
    }

    @Test
    void theRankingAndTheStandardsAnalysisPrintTheEnginesRates() throws Exception {
        Path ranking = temp.resolve("ranking.xlsx");
        services.exportRanking().run(round.id(), ReportScope.Counted.APPROVED, 2, ranking);
        try (XSSFWorkbook workbook = new XSSFWorkbook(ranking.toFile())) {
            for (Map.Entry<String, Map<String, Aggregate>> grouping : Map.of("区县排名", scored.scores().byDistrict(), "街道排名",
                    scored.scores().byStreet(), "责任单位排名", scored.scores().byResponsibleUnit()).entrySet()) {
                Sheet sheet = workbook.getSheet(grouping.getKey());
                assertEquals(grouping.getValue().size(), sheet.getLastRowNum() - 3);
                for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                    Aggregate engine = grouping.getValue().get(sheet.getRow(r).getCell(1).getStringCellValue());
                    assertEquals(Rounding.percent(engine.scoreRate()).doubleValue(), sheet.getRow(r).getCell(2).getNumericCellValue(), 1e-9);
                    assertEquals(Rounding.percent(engine.complianceRate()).doubleValue(), sheet.getRow(r).getCell(3).getNumericCellValue(), 1e-9);
                    assertEquals(engine.problems(), (int) sheet.getRow(r).getCell(4).getNumericCellValue());
                }
            }
        }
        Path standards = temp.resolve("standards.xlsx");
        services.exportStandardAnalysis().run(round.id(), ReportScope.Counted.APPROVED, standards);
        try (XSSFWorkbook workbook = new XSSFWorkbook(standards.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(scored.scores().byStandard().size(), sheet.getLastRowNum() - 3);
            double previous = -1;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Aggregate engine = scored.scores().byStandard().get(sheet.getRow(r).getCell(1).getStringCellValue());
                double rate = sheet.getRow(r).getCell(6).getNumericCellValue();
                assertEquals(Rounding.percent(engine.scoreRate()).doubleValue(), sheet.getRow(r).getCell(5).getNumericCellValue(), 1e-9);
                assertEquals(Rounding.percent(engine.complianceRate()).doubleValue(), rate, 1e-9);
                assertEquals(engine.sites(), (int) sheet.getRow(r).getCell(4).getNumericCellValue());
                assertTrue(rate >= previous, "weakest first");
                previous = rate;
            }
        }
    }

    @Test
    void theBulletinStatesTheCityTotalAfterTheNegativeListAndListsTheEvents() throws Exception {
        Path out = temp.resolve("bulletin.xlsx");
        services.exportBulletin().run(round.id(), ReportScope.Counted.APPROVED, 2, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals("通报", workbook.getSheetAt(0).getSheetName());
            Map<String, Double> facts = new HashMap<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0) != null && row.getCell(1) != null
                        && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    facts.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            var city = scored.scores().cityScore();
            assertEquals(Rounding.percent(city.field().scoreRate()).doubleValue(), facts.get("实地考察得分率"), 1e-9);
            assertEquals(1.25, facts.get("负面清单扣分"), 1e-9);
            assertEquals(Rounding.forDisplay(city.total()).doubleValue(), facts.get("实地考察得分"), 1e-9);
            assertEquals(Rounding.forDisplay(city.fieldPoints().subtract(new BigDecimal("1.25"))).doubleValue(), facts.get("实地考察得分"), 1e-9);
            assertEquals(Rounding.forDisplay(services.scoreComposite().run(new ScoreComposite.Request(round.id(), ReportScope.Counted.APPROVED,
                    List.of(), null, null, List.of(), List.of())).score().total()).doubleValue(), facts.get("综合得分"), 1e-9,
                    "the composite as score composite gives it");
            assertEquals(scored.scores().city().sites(), facts.get("测评点位").intValue());
            Sheet events = workbook.getSheet("负面清单");
            assertEquals("演示：食品安全事件", events.getRow(4).getCell(3).getStringCellValue());
            assertEquals("合计", events.getRow(5).getCell(0).getStringCellValue());
            assertEquals(1.25, events.getRow(5).getCell(4).getNumericCellValue(), 1e-9);
            for (String sheet : new String[] {"区县排名", "街道排名", "责任单位排名", "指标达标分析"}) {
                assertTrue(workbook.getSheet(sheet) != null, sheet);
            }
        }
    }

    /**
     * LibreOffice reads every report and prints the same numbers (its CSV of the first sheet). Skipped, not failed,
     * where LibreOffice is not installed.
     */
    @Test
    void libreOfficeReadsTheSameNumbers() throws Exception {
        Optional<Path> soffice = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).map(d -> Path.of(d, "soffice"))
                .filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        Path folder = Files.createDirectories(temp.resolve("lo"));
        services.exportSiteReport().run(round.id(), ReportScope.Counted.APPROVED, folder.resolve("sites.xlsx"), Progress.NONE);
        services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, folder.resolve("problems.xlsx"), Progress.NONE);
        services.exportRanking().run(round.id(), ReportScope.Counted.APPROVED, 2, folder.resolve("ranking.xlsx"));
        services.exportStandardAnalysis().run(round.id(), ReportScope.Counted.APPROVED, folder.resolve("standards.xlsx"));
        services.exportBulletin().run(round.id(), ReportScope.Counted.APPROVED, 2, folder.resolve("bulletin.xlsx"));
        List<String> command = new ArrayList<>(List.of(soffice.get().toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder.toString()));
        for (String name : List.of("sites", "problems", "ranking", "standards", "bulletin")) {
            command.add(folder.resolve(name + ".xlsx").toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "LibreOffice finished");

        String ranking = Files.readString(folder.resolve("ranking.csv"));
        scored.scores().byDistrict().forEach((district, a) ->
                assertTrue(ranking.contains("\"" + district + "\"," + Rounding.percent(a.scoreRate()).toPlainString() + ","), district + " in " + ranking));
        String standards = Files.readString(folder.resolve("standards.csv"));
        scored.scores().byStandard().forEach((code, a) ->
                assertTrue(standards.contains(Rounding.percent(a.complianceRate()).toPlainString()), code));
        String bulletin = Files.readString(folder.resolve("bulletin.csv"));
        assertTrue(bulletin.contains("\"实地考察得分\"," + Rounding.forDisplay(scored.scores().cityScore().total()).toPlainString()), bulletin);
        String problems = Files.readString(folder.resolve("problems.csv"));
        assertEquals(scored.scores().city().problems(), problems.lines().filter(l -> l.matches("^\\d+,.*")).count());
        String sites = Files.readString(folder.resolve("sites.csv"));
        assertTrue(sites.contains("合计"), sites);
    }
}
