package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several staff writing to one server at once still make one audit chain, and no one's change is refused for it. */
class AuditChainOnServerTest {

    private static final int STAFF = 4;
    private static final int CHANGES_EACH = 40;

    @TempDir Path folder;
    private final List<Workspace> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Workspace::close);
    }

    @Test
    void changesCommittedAtTheSameTimeAreChainedOneAfterAnother() throws Exception {
        TestServer.openEmpty(folder.resolve("first"), "civic_audit_chain").close();
        ExecutorService staff = Executors.newFixedThreadPool(STAFF);
        List<Future<?>> work = new ArrayList<>();
        for (int person = 0; person < STAFF; person++) {
            // Each on their own computer: their own workspace, pool and connections to the one database.
            Workspace workspace = Workspace.open(folder.resolve("staff-" + person), TestServer.login("civic_audit_chain"));
            opened.add(workspace);
            String name = "内业" + person;
            work.add(staff.submit(() -> {
                for (int change = 0; change < CHANGES_EACH; change++) {
                    int n = change;
                    workspace.write(tx -> tx.audit().append(Instant.now(), name, AuditLog.Action.PROBLEM, "problem:" + name + "-" + n, "changed"));
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        staff.shutdown();
        Workspace any = opened.get(0);
        assertEquals((long) STAFF * CHANGES_EACH, (long) any.read(tx -> tx.audit().count()));
        assertEquals(Optional.empty(), any.read(tx -> tx.audit().firstBrokenLink()));
    }
}
