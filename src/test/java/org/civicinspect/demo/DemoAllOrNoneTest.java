package org.civicinspect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.civicinspect.Launcher;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.Services;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} is all or none: a demo killed half-way is gone when the workspace next opens, as if never begun. */
class DemoAllOrNoneTest {

    @TempDir Path temp;

    @Test
    void aDemoCityKilledHalfMadeIsTakenAwayAtTheNextStart() throws Exception {
        Path data = temp.resolve("ws");
        Services empty = TestWorkspaces.open(data);
        long auditBefore = empty.verifyWorkspace().run().entries();
        empty.close();
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data", data.toString(),
                "demo", "--districts", "2", "--sites", "60", "--rounds", "6", "--inspectors", "4")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (sites(data) == 0 && demo.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(demo.isAlive(), "the demo was killed before it finished");
        demo.destroyForcibly();
        assertTrue(demo.waitFor(30, TimeUnit.SECONDS));
        assertTrue(sites(data) > 0, "the demo had begun its city");

        Services next = TestWorkspaces.open(data);
        assertEquals(0, next.listSites().run(SiteFilter.ALL).size(), "sites");
        assertEquals(0, next.showRound().list().size(), "rounds");
        assertEquals(0, next.listPeople().people().size(), "people");
        assertEquals(auditBefore, next.verifyWorkspace().run().entries(), "not even the log holds a trace of the half-made city");
        assertTrue(next.verifyWorkspace().run().sound());
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertEquals(List.of(), backups.filter(p -> p.getFileName().toString().startsWith(".")).toList());
        }
        next.close();
    }

    private static long sites(Path data) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + data.resolve("workspace.db") + "?mode=ro");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM site")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}
