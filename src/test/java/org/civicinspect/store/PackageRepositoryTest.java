package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicinspect.store.PackageRepository.Exchanged;
import org.civicinspect.store.PackageRepository.TrustedKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device keys a workspace trusts and the packages it made or took in. */
class PackageRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static TrustedKey key(String fingerprint, String role, Instant at) {
        return new TrustedKey(fingerprint, "MCowBQYDK2VwAyEA" + fingerprint, role, "TEAM".equals(role) ? "team-1" : null, at, "赵主任");
    }

    private static Exchanged pkg(String id, String direction, String kind, String fingerprint, String round, long sequence, Instant at) {
        return new Exchanged(id, direction, kind, fingerprint, round, "team-1", sequence, "e".repeat(64), at, "第一组 结果包 12条");
    }

    private void trust(TrustedKey... keys) {
        fx.write(tx -> {
            for (TrustedKey k : keys) {
                tx.packages().trust(k);
            }
            return null;
        });
    }

    private void record(Exchanged... packages) {
        fx.write(tx -> {
            for (Exchanged p : packages) {
                tx.packages().record(p);
            }
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfATrustedKey() {
        TrustedKey team = key("SHA256:team", "TEAM", Instant.parse("2026-03-01T08:00:00.001Z"));
        TrustedKey office = key("SHA256:office", "OFFICE", NOW);
        trust(team, office);
        assertEquals(List.of(team), fx.read(tx -> tx.packages().trusted("TEAM")));
        assertEquals(List.of(office), fx.read(tx -> tx.packages().trusted("OFFICE")), "an office key belongs to no team");
    }

    @Test
    void trustingTheSameKeyTwiceKeepsTheFirst() {
        TrustedKey first = key("SHA256:one", "TEAM", NOW);
        trust(first, new TrustedKey("SHA256:one", "other", "TEAM", "team-9", NOW.plusSeconds(1), "别人"));
        assertEquals(List.of(first), fx.read(tx -> tx.packages().trusted("TEAM")));
    }

    @Test
    void trustedKeysComeInTheOrderTheyWereTrusted() {
        trust(key("SHA256:b", "TEAM", NOW.plusSeconds(2)), key("SHA256:a", "TEAM", NOW.plusSeconds(5)), key("SHA256:c", "TEAM", NOW));
        assertEquals(List.of("SHA256:c", "SHA256:b", "SHA256:a"),
                fx.read(tx -> tx.packages().trusted("TEAM")).stream().map(TrustedKey::fingerprint).toList());
        assertEquals(List.of(), fx.read(tx -> tx.packages().trusted("OFFICE")));
    }

    @Test
    void readsBackEveryFieldOfAPackage() {
        Exchanged p = pkg("p-1", "IN", "RESULT", "SHA256:team", SPRING, 42, Instant.parse("2026-03-02T10:11:12.013Z"));
        record(p);
        assertEquals(Optional.of(p), fx.read(tx -> tx.packages().find("p-1")));
        assertEquals(Optional.empty(), fx.read(tx -> tx.packages().find("p-2")));
    }

    @Test
    void aPackageIsRecordedOnce() {
        record(pkg("p-1", "IN", "RESULT", "SHA256:team", SPRING, 1, NOW));
        fx.assertRefused("UNIQUE", tx -> {
            tx.packages().record(pkg("p-1", "IN", "RESULT", "SHA256:team", SPRING, 2, NOW));
            return null;
        });
    }

    @Test
    void theNewestPackageReceivedFromASenderIsTheOneWithTheHighestSequence() {
        record(pkg("p-1", "IN", "RESULT", "SHA256:team", SPRING, 9, NOW),
                pkg("p-2", "IN", "RESULT", "SHA256:team", SPRING, 10, NOW.minusSeconds(60)),
                pkg("p-3", "IN", "RESULT", "SHA256:other", SPRING, 11, NOW),
                pkg("p-4", "IN", "RESULT", "SHA256:team", AUTUMN, 12, NOW),
                pkg("p-5", "OUT", "RESULT", "SHA256:team", SPRING, 13, NOW));
        assertEquals("p-2", fx.read(tx -> tx.packages().newestReceived("SHA256:team", SPRING)).orElseThrow().packageId(),
                "by the sender's sequence compared as numbers (10 after 9), not by time");
        assertEquals(Optional.empty(), fx.read(tx -> tx.packages().newestReceived("SHA256:nobody", SPRING)));
    }

    @Test
    void theNewestTaskIsTheLatestTaskPackageTakenIn() {
        record(pkg("t-1", "IN", "TASK", "SHA256:office", SPRING, 1, NOW),
                pkg("t-2", "IN", "TASK", "SHA256:office", AUTUMN, 2, NOW.plusSeconds(10)),
                pkg("r-1", "IN", "RESULT", "SHA256:office", AUTUMN, 3, NOW.plusSeconds(20)),
                pkg("t-3", "OUT", "TASK", "SHA256:office", AUTUMN, 4, NOW.plusSeconds(30)));
        assertEquals("t-2", fx.read(tx -> tx.packages().newestTask()).orElseThrow().packageId());
        assertEquals("t-1", fx.read(tx -> tx.packages().newestTask(SPRING)).orElseThrow().packageId());
    }

    @Test
    void theNewestTaskIsTheLatestEvenWithinOneSecond() {
        record(pkg("t-1", "IN", "TASK", "SHA256:office", SPRING, 1, Instant.parse("2026-11-27T08:00:00Z")),
                pkg("t-2", "IN", "TASK", "SHA256:office", SPRING, 2, Instant.parse("2026-11-27T08:00:00.500Z")));
        assertEquals("t-2", fx.read(tx -> tx.packages().newestTask()).orElseThrow().packageId());
        assertEquals("t-2", fx.read(tx -> tx.packages().newestTask(SPRING)).orElseThrow().packageId());
    }

    @Test
    void noTaskTakenInMeansNoNewestTask() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.packages().newestTask()));
        assertEquals(Optional.empty(), fx.read(tx -> tx.packages().newestTask(SPRING)));
    }

    @Test
    void theNextSequenceIsOneMoreThanAnyPackageMadeHere() {
        assertEquals(1L, fx.<Long>read(tx -> tx.packages().nextSequence()));
        record(pkg("o-1", "OUT", "RESULT", "SHA256:me", SPRING, 9, NOW), pkg("o-2", "OUT", "RESULT", "SHA256:me", SPRING, 10, NOW),
                pkg("i-1", "IN", "TASK", "SHA256:office", SPRING, 500, NOW));
        assertEquals(11L, fx.<Long>read(tx -> tx.packages().nextSequence()), "packages taken in have the sender's numbers");
    }
}
