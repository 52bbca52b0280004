package org.civicinspect.store;

import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReportScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace made by every earlier schema version opens in today's app, upgraded, backed up first, its data intact. */
class UpgradeOldWorkspacesTest {

    @TempDir Path temp;

    private Services openFixture(int version) throws Exception {
        Path folder = temp.resolve("v" + version);
        Files.createDirectories(folder);
        Files.copy(Path.of("src/test/resources/fixtures/schema-v" + version + "/workspace.db"), folder.resolve(Workspace.DATABASE_FILE));
        Services services = TestWorkspaces.open(folder);
        int newest = services.workspace().read(c -> {
            try (var rs = c.connection().createStatement().executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
                return rs.getInt(1);
            }
        });
        assertTrue(newest >= 4, "upgraded to the newest schema, not " + newest);
        List<Path> backups = WorkspaceBackup.automaticBackups(folder);
        assertEquals(1, backups.size(), "one backup made before the upgrade");
        assertTrue(backups.get(0).getFileName().toString().startsWith("auto-before-upgrade-"));
        assertEquals("ok", services.workspace().read(Tx::integrityCheck));
        return services;
    }

    @Test
    void schemaOneKeepsItsIndicatorSet() throws Exception {
        Services services = openFixture(1);
        assertEquals(1, services.listIndicatorSets().sets().size());
        assertEquals(134, services.loadIndicatorSet().run("latest").orElseThrow().tree().standardCount());
        assertTrue(services.listSites().run(SiteFilter.ALL).isEmpty());
    }

    @Test
    void schemaTwoKeepsItsSitesPeopleAndDraw() throws Exception {
        Services services = openFixture(2);
        assertEquals(10, services.listSites().run(SiteFilter.ALL).size());
        assertEquals(2, services.listPeople().people().size());
        Round round = services.showRound().list().get(0);
        assertEquals("旧版本轮次", round.name());
        var drawn = services.showRound().run(round.id()).drawn();
        assertFalse(drawn.isEmpty());
        assertTrue(drawn.stream().allMatch(d -> "第一组".equals(d.team())));
    }

    @Test
    void schemaThreeKeepsItsFindingsAndScoresThemAsBefore() throws Exception {
        Services services = openFixture(3);
        Round round = services.showRound().list().get(0);
        // Its two sites were in progress: no published figure counts them yet, and their sheets keep every finding, scored.
        assertEquals(2, services.scoreRound().scope(round.id(), ReportScope.Counted.APPROVED).count(InspectionStatus.IN_PROGRESS));
        var scores = services.scoreRound().only(round.id(), ReportScope.Counted.APPROVED);
        assertEquals(0, scores.city().sites());
        var sheets = services.exportSiteReport().sheets(round, ReportScope.Counted.APPROVED);
        assertEquals(2, sheets.size());
        assertTrue(sheets.stream().allMatch(sheet -> sheet.standing().endsWith("未计入本轮统计")));
        assertTrue(sheets.stream().flatMap(sheet -> sheet.lines().stream()).anyMatch(l -> l.earned() != null && l.earned().compareTo(l.points()) < 0),
                "a failing finding still loses its points");
        assertEquals(0, scores.cityScore().deductions().signum(), "no negative-list events before there were any");
        Path out = temp.resolve("sites.xlsx");
        assertEquals(2, services.exportSiteReport().run(round.id(), ReportScope.Counted.APPROVED, out, Progress.NONE).sites());
        services.recordNegativeEvent().add(round.id(), round.start(), "09-03-01", "升级后记录的事件", java.math.BigDecimal.ONE);
        assertEquals(1, services.recordNegativeEvent().list(round.id()).size(), "the new table works on an upgraded workspace");
    }
}
