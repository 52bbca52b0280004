package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.excel.ProblemListWriter;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportProblemListTest {

    @TempDir Path temp;

    @Test
    void everyFailingFindingIsARowGroupedByUnitWithItsPhotoEmbedded() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        Round round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        List<DrawnSite> drawn = services.assignTeams().run(round.id(), List.of()).drawn();
        Path png = temp.resolve("p.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String sha = services.addPhoto().run(png);
        int failing = 0;
        for (DrawnSite site : drawn) {
            for (Standard s : services.openInspection().run(round.id(), site.site().id()).standards()) {
                if (s.scoring().mode() == ScoringMode.BINARY && failing < 3) {
                    services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(), Answer.notMet(),
                            "问题" + failing, failing == 0 ? List.of(sha) : List.of(), "张伟"));
                    failing++;
                } else {
                    services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(), Answer.notApplicable(),
                            "", List.of(), "张伟"));
                }
            }
        }
        List<ProblemListWriter.Problem> problems = services.exportProblemList().problems(round.id());
        assertEquals(3, problems.size());
        Path out = temp.resolve("problems.xlsx");
        assertEquals(3, services.exportProblemList().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, out, Progress.NONE));
        assertTrue(Files.size(out) < 200_000, "thumbnails, not full photos");
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            long units = problems.stream().map(ProblemListWriter.Problem::unit).distinct().count();
            assertEquals(2 + 3 + 2 * units, sheet.getLastRowNum(), "title, scope, header, and per unit a heading, its problems and a count");
            assertEquals(1, sheet.getDrawingPatriarch().getShapes().size());
            assertTrue(sheet.getRow(3).getCell(0).getStringCellValue().startsWith("责任单位："));
            assertTrue(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue().startsWith("小计："));
            assertEquals(1, workbook.getAllPictures().size());
        }
    }
}
