package org.civicinspect.service.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.cli.TwoTeamsScored;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Conflict;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two staff at the office take in the same teams' result packages at the same moment, then resolve the conflict they
 * bring from the same screen: the packages are taken in once, whole, and the second resolution is refused with who
 * resolved it and when.
 */
class TwoStaffMergingAndResolvingTest {

    private static final List<String> MERGED = List.of("finding", "finding_candidate", "finding_conflict", "inspection", "exchanged_package",
            "finding_photo");

    @TempDir static Path made;
    private static TwoTeamsScored scored;
    @TempDir Path temp;
    private Services wang;
    private Services li;

    @BeforeAll
    static void twoTeamsResults() throws Exception {
        scored = TwoTeamsScored.build(made);
    }

    @BeforeEach
    void twoStaffAtAnOfficeThatHasNotTakenThemIn() throws Exception {
        Path office = temp.resolve("office");
        TestWorkspaces.copy(scored.office(), office);
        wang = TestWorkspaces.open(office);
        li = TestWorkspaces.open(office);
    }

    private List<Path> packages() {
        return List.of(scored.results1(), scored.results2());
    }

    private static Map<String, Long> rows(Services staff) {
        return TestWorkspaces.jdbc(staff.workspace(), c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : MERGED) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    @Test
    void theSamePackagesTakenInByTwoStaffAtOnceAreTakenInOnceAndWhole() throws Exception {
        Path once = temp.resolve("once");
        TestWorkspaces.copy(scored.office(), once);
        Services alone = TestWorkspaces.open(once);
        alone.importPackage().run(packages(), new ImportOptions(null, List.of()));
        Map<String, Long> takenInOnce = rows(alone);

        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> tries = List.of(wang, li).stream().map(staff -> two.submit(() -> {
                together.await();
                try {
                    staff.importPackage().run(packages(), new ImportOptions(null, List.of()));
                    return "taken in";
                } catch (RequestRefused refused) {
                    return Messages.get(refused.messageKey(), refused.args().toArray());
                }
            })).toList();
            for (Future<String> attempt : tries) {
                assertEquals("taken in", attempt.get(), "taking in packages already taken in is no error");
            }
        } finally {
            two.shutdown();
        }
        assertEquals(takenInOnce, rows(wang), "the same rows as one staff member taking them in alone");
        assertEquals(1, wang.listConflicts().run(wang.showRound().run("latest").round().id(), true).size());
        assertTrue(wang.verifyWorkspace().run().sound(), "the audit chain and every record hold");
    }

    @Test
    void aConflictResolvedByOneIsRefusedToTheOtherNamingWhoResolvedItAndWhen() {
        wang.importPackage().run(packages(), new ImportOptions(null, List.of()));
        String roundId = wang.showRound().run("latest").round().id();
        TestWorkspaces.signInSupervisor(wang, "王组长");
        TestWorkspaces.signInSupervisor(li, "李组长");
        Conflict seenByWang = wang.listConflicts().run(roundId, true).get(0).conflict();
        Conflict seenByLi = li.listConflicts().run(roundId, true).get(0).conflict();
        assertEquals(seenByWang.version(), seenByLi.version());

        wang.resolveConflict().choose(seenByWang.id(), seenByWang.answers().get(0).finding().id(), seenByWang.version());
        long entries = wang.workspace().<Long>read(tx -> tx.audit().count());
        ChangedMeanwhile refused = assertThrows(ChangedMeanwhile.class,
                () -> li.resolveConflict().enter(seenByLi.id(), "符合", "复核", seenByLi.version()));
        String said = Messages.get(refused.messageKey(), refused.args().toArray());
        assertTrue(said.contains("王组长") && said.contains(scored.sharedSite())
                && said.contains(ChangedMeanwhile.minute(TestWorkspaces.CLOCK.instant())), said);
        assertEquals(entries, wang.workspace().<Long>read(tx -> tx.audit().count()), "nothing written");
        assertTrue(li.listConflicts().run(roundId, true).isEmpty());
    }
}
