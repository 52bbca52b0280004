package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.civicinspect.model.Progress;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load workload of {@code bench --db}, for a few seconds on the test server: 20 clients answering, approving,
 * moving deadlines and merging small packages at once lose nothing, all end, and leave an audit chain that verifies
 * ({@link LoadOnServer#run} fails otherwise).
 */
class LoadOnServerTest {

    /** Ten teams of two sites: five packages taken in before, five to take in under load. */
    private static final MergeBenchmarks.Size SMALL_OFFICE = new MergeBenchmarks.Size(10, 20, 20, 60);

    @TempDir
    Path temp;

    @Test
    void twentyClientsForFiveSecondsLoseNoUpdateAndAllEnd() throws Exception {
        assertTrue(TestServer.inUse(), "runs in the PostgreSQL execution only");
        try (ScratchServer server = ScratchServer.signIn(System.getenv("CIVICINSPECT_TEST_PG"))) {
            Map<String, Long> counts = LoadOnServer.run(temp, server, SMALL_OFFICE, 20, Duration.ofSeconds(5),
                    Progress.NONE).counts();

            assertEquals(20, counts.get("clients"));
            for (String write : new String[] {"answers", "approvals", "deadline-moves", "merges"}) {
                assertTrue(counts.get(write) > 0, write + " " + counts);
            }
        }
    }
}
