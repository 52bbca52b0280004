package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One Flyway history for both engines: shared migrations, and each engine's own only where the SQL must differ. */
class MigrationHistoryTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    @Test
    void everyMigrationAnEngineHasOfItsOwnTheOtherHasToo() throws IOException {
        assertEquals(names("sqlite"), names("postgresql"));
    }

    @Test
    void noVersionIsBothSharedAndAnEnginesOwn() throws IOException {
        Set<String> shared = versions(names("common"));
        for (String engine : new String[] {"sqlite", "postgresql"}) {
            Set<String> own = versions(names(engine));
            own.retainAll(shared);
            assertTrue(own.isEmpty(), engine + " repeats shared versions " + own);
        }
    }

    private static Set<String> names(String folder) throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> versions(Set<String> names) {
        return names.stream().map(n -> n.substring(0, n.indexOf("__"))).collect(Collectors.toCollection(TreeSet::new));
    }
}
