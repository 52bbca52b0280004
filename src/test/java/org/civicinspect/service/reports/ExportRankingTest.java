package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Rounding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking bulletin of a demo city, opened back with POI. */
class ExportRankingTest {

    @TempDir Path temp;

    @Test
    void ranksDistrictsStreetsAndUnitsWithRedAndBlackLists() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(4, 200, 3, 6, 3), Progress.NONE);
        Round newest = services.showRound().list().get(1);
        Path out = temp.resolve("ranking.xlsx");
        services.exportRanking().run(newest.id(), ReportScope.Counted.APPROVED, 2, out);
        ScoreRound.Scored scored = services.scoreRound().run(newest.id(), ReportScope.Counted.APPROVED);
        assertTrue(scored.previousRound().isPresent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals(List.of("区县排名", "街道排名", "责任单位排名"),
                    List.of(workbook.getSheetAt(0).getSheetName(), workbook.getSheetAt(1).getSheetName(), workbook.getSheetAt(2).getSheetName()));
            Sheet districts = workbook.getSheetAt(0);
            List<Double> rates = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            for (int r = 4; r <= districts.getLastRowNum(); r++) {
                Row row = districts.getRow(r);
                rates.add(row.getCell(2).getNumericCellValue());
                marks.add(row.getCell(8).getStringCellValue());
                String district = row.getCell(1).getStringCellValue();
                assertEquals(Rounding.percent(scored.scores().byDistrict().get(district).scoreRate()).doubleValue(),
                        row.getCell(2).getNumericCellValue(), 1e-9);
            }
            assertEquals(scored.scores().byDistrict().size(), rates.size());
            List<Double> sorted = new ArrayList<>(rates);
            sorted.sort((a, b) -> Double.compare(b, a));
            assertEquals(sorted, rates);
            assertEquals(List.of("红榜", "红榜"), marks.subList(0, 2));
            assertEquals(List.of("黑榜", "黑榜"), marks.subList(marks.size() - 2, marks.size()));
        }
    }
}
