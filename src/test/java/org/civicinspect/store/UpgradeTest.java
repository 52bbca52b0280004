package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A workspace made by an older schema upgrades when opened, after an automatic backup of it as it was. */
class UpgradeTest {

    @TempDir Path temp;

    @Test
    void anOlderWorkspaceIsBackedUpThenUpgraded() throws Exception {
        Files.createDirectories(temp);
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + temp.resolve(Workspace.DATABASE_FILE));
        Flyway.configure().dataSource(old).locations(Engine.SQLITE.migrationLocations()).target("1").load().migrate();

        Workspace workspace = Workspace.open(temp);
        try (Stream<Path> backups = Files.list(temp.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("auto-before-upgrade-")));
        }
        assertEquals(0L, workspace.read(c -> c.sites().tableCounts()).get("site"));
    }
}
