package org.civicinspect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the office's server too, a demo city cancelled half-made is taken away again, and nothing is left on this computer. */
class DemoUndoneOnServerTest {

    @TempDir Path temp;

    @Test
    void aDemoCancelledAfterItsFirstRoundLeavesTheServersWorkspaceEmpty() throws Exception {
        Services office = TestWorkspaces.open(temp.resolve("office"));
        Progress cancelledAfterTwoSteps = new Progress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };

        assertThrows(CancellationException.class, () -> new CreateDemoCity(office).run(new CreateDemoCity.Size(3, 60, 3, 4, 7), cancelledAfterTwoSteps));

        assertEquals(0, office.listSites().run(SiteFilter.ALL).size(), "sites");
        assertEquals(0, office.showRound().list().size(), "rounds");
        assertTrue(office.verifyWorkspace().run().sound());
        assertEquals(java.util.List.of(), TestWorkspaces.storedPhotos(temp.resolve("office")), "photos");
        assertTrue(Files.notExists(temp.resolve("office").resolve("workspace.db")), "no database of its own on this computer");
        try (Stream<Path> backups = Files.list(temp.resolve("office").resolve("backups"))) {
            assertEquals(0, backups.count(), "the undo point is gone once used");
        }
    }
}
