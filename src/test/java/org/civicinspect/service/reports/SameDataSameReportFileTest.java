package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report of a round exported twice from the same workspace, the clock moved on in between, is the same file byte for byte. */
class SameDataSameReportFileTest {

    @TempDir Path temp;

    /** A report of the round exported to a file. */
    private interface Export {
        void to(Path file) throws Exception;
    }

    @Test
    void exportingTheSameRoundTwiceGivesByteIdenticalWorkbooks() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 60, 2, 2, 6), Progress.NONE);
        Round round = services.showRound().list().get(0);
        ReportScope.Counted approved = ReportScope.Counted.APPROVED;
        Map<String, Export> reports = new LinkedHashMap<>();
        reports.put("bulletin", f -> services.exportBulletin().run(round.id(), approved, 3, f));
        reports.put("ranking", f -> services.exportRanking().run(round.id(), approved, 3, f));
        reports.put("standards", f -> services.exportStandardAnalysis().run(round.id(), approved, f));
        reports.put("problems", f -> services.exportProblemList().run(round.id(), approved, f, Progress.NONE));
        reports.put("sites", f -> services.exportSiteReport().run(round.id(), approved, f, Progress.NONE));
        reports.put("supervision", f -> services.exportSupervision().run(round.id(), f));
        reports.put("blank", f -> services.exportBlankChecklists().run(round.id(), f, Progress.NONE));
        for (Map.Entry<String, Export> report : reports.entrySet()) {
            report.getValue().to(temp.resolve(report.getKey() + "-1.xlsx"));
        }
        // Zip entries keep their time to two seconds, the document's creation time to one.
        Thread.sleep(2_100);
        for (Map.Entry<String, Export> report : reports.entrySet()) {
            Path first = temp.resolve(report.getKey() + "-1.xlsx");
            Path second = temp.resolve(report.getKey() + "-2.xlsx");
            report.getValue().to(second);
            assertTrue(Files.size(first) > 0, report.getKey());
            assertEquals(-1L, Files.mismatch(first, second), report.getKey() + ": the first byte that differs (-1: none)");
        }
    }
}
