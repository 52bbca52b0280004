package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.excel.StandardAnalysisWriter;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportStandardAnalysisTest {

    @TempDir Path temp;

    @Test
    void listsEveryCheckedStandardWeakestFirstWithItsFrequentProblems() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 150, 2, 4, 11), Progress.NONE);
        Round round = services.showRound().list().get(0);
        ScoreRound.Scored scored = services.scoreRound().run(round.id(), ReportScope.Counted.APPROVED);
        List<StandardAnalysisWriter.Line> lines = services.exportStandardAnalysis().lines(scored);
        assertEquals(scored.scores().byStandard().size(), lines.size());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).complianceRate().compareTo(lines.get(i).complianceRate()) <= 0);
        }
        assertTrue(lines.stream().anyMatch(l -> l.problems() > 0 && !l.frequentProblems().isEmpty()));
        assertTrue(lines.stream().filter(l -> l.problems() == 0).allMatch(l -> l.frequentProblems().isEmpty()));

        Path out = temp.resolve("standards.xlsx");
        assertEquals(lines.size(), services.exportStandardAnalysis().run(round.id(), ReportScope.Counted.APPROVED, out).lines());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(lines.size() + 3, sheet.getLastRowNum());
            assertEquals(lines.get(0).code(), sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals(0, lines.get(0).complianceRate().compareTo(BigDecimal.valueOf(sheet.getRow(4).getCell(6).getNumericCellValue())));
        }
    }
}
