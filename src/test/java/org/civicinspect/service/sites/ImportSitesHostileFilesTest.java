package org.civicinspect.service.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
}
