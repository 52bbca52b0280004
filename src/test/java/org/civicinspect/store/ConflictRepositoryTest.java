package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.BINARY;
import static org.civicinspect.store.StoreFixture.GRADED;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.civicinspect.store.StoreFixture.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Conflict;
import org.civicinspect.model.ConflictStatus;
import org.civicinspect.store.ConflictRepository.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conflicts between teams' answers: raised over a snapshot of lineages, covered anew, resolved with a record of how. */
class ConflictRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void raise(String id, String site, String standard, Instant at) {
        fx.write(tx -> {
            tx.conflicts().raise(id, SPRING, site, standard, "f1:1,f2:1", at);
            return null;
        });
    }

    private void resolve(String id, Instant at, String chosen) {
        fx.write(tx -> {
            tx.conflicts().resolve(id, at, "赵主任", "以复核结果为准", chosen);
            return null;
        });
    }

    @Test
    void aRaisedConflictIsOpenAndCoversItsSnapshot() {
        raise("c-1", PARK, BINARY, NOW);
        assertEquals(Optional.of(new Row("c-1", SPRING, PARK, BINARY, ConflictStatus.OPEN, "f1:1,f2:1", 1, null, null)),
                fx.read(tx -> tx.conflicts().find("c-1")));
        assertEquals(1L, fx.<Long>read(tx -> tx.conflicts().countOpen(SPRING, PARK)));
    }

    @Test
    void coveringReplacesTheSnapshotAndRaisesTheVersion() {
        raise("c-1", PARK, BINARY, NOW);
        fx.write(tx -> {
            tx.conflicts().cover("c-1", "f1:2,f2:1,f3:1");
            return null;
        });
        Row covered = fx.read(tx -> tx.conflicts().find("c-1")).orElseThrow();
        assertEquals("f1:2,f2:1,f3:1", covered.answers());
        assertEquals(2, covered.version(), "new answers make a new version");
    }

    @Test
    void resolvingRecordsWhoWhenHowAndTheAnswerChosen() {
        Candidate a = new Candidate(finding("f1").build(), "team-1");
        Candidate b = new Candidate(finding("f2").answer(Answer.notMet()).note("有积水").build(), "team-2");
        fx.write(tx -> {
            tx.candidates().put(List.of(a, b));
            return null;
        });
        raise("c-1", PARK, BINARY, NOW);
        resolve("c-1", NOW.plusMillis(250), "f2");
        Conflict conflict = fx.read(tx -> tx.conflicts().ofRound(SPRING, false)).get(0);
        assertEquals(new Conflict("c-1", SPRING, PARK, BINARY, ConflictStatus.RESOLVED, List.of(a, b), NOW, NOW.plusMillis(250), "赵主任",
                "以复核结果为准", 2), conflict);
        assertEquals(Map.of(CandidateRepository.key(SPRING, PARK, BINARY), "f2"), fx.read(tx -> tx.conflicts().resolutionsOf(SPRING, List.of(PARK))));
        assertEquals(0L, fx.<Long>read(tx -> tx.conflicts().countOpen(SPRING, PARK)));
    }

    @Test
    void anOpenConflictHasNoResolutionYet() {
        raise("c-1", PARK, BINARY, NOW);
        Conflict conflict = fx.read(tx -> tx.conflicts().ofRound(SPRING, false)).get(0);
        assertEquals(null, conflict.resolvedAt());
        assertEquals(null, conflict.resolvedBy());
        assertEquals(List.of(), conflict.answers(), "no candidates stored for the place");
    }

    @Test
    void aPlaceHasAtMostOneOpenConflictButMayHaveMoreOnceTheyAreResolved() {
        raise("c-1", PARK, BINARY, NOW);
        fx.assertRefused("UNIQUE", tx -> {
            tx.conflicts().raise("c-2", SPRING, PARK, BINARY, "f1:2", NOW);
            return null;
        });
        resolve("c-1", NOW, null);
        raise("c-2", PARK, BINARY, NOW.plusSeconds(1));
        assertEquals("c-2", fx.read(tx -> tx.conflicts().openOf(SPRING, List.of(PARK))).get(CandidateRepository.key(SPRING, PARK, BINARY)).id());
    }

    @Test
    void theResolutionOfAPlaceIsItsLatest() {
        raise("c-1", PARK, BINARY, NOW);
        resolve("c-1", NOW.plusSeconds(1), "f1");
        raise("c-2", PARK, BINARY, NOW.plusSeconds(2));
        resolve("c-2", NOW.plusSeconds(3), "f2");
        assertEquals("f2", fx.read(tx -> tx.conflicts().resolutionsOf(SPRING, List.of(PARK))).get(CandidateRepository.key(SPRING, PARK, BINARY)));
    }

    @Test
    void theResolutionOfAPlaceIsItsLatestEvenWithinOneSecond() {
        raise("c-1", PARK, BINARY, NOW);
        resolve("c-1", Instant.parse("2026-11-27T08:00:05Z"), "f1");
        raise("c-2", PARK, BINARY, NOW.plusSeconds(1));
        resolve("c-2", Instant.parse("2026-11-27T08:00:05.001Z"), "f2");
        assertEquals("f2", fx.read(tx -> tx.conflicts().resolutionsOf(SPRING, List.of(PARK))).get(CandidateRepository.key(SPRING, PARK, BINARY)));
    }

    @Test
    void aRoundsConflictsComeOpenFirstThenBySiteAndStandard() {
        raise("c-1", PARK, BINARY, NOW);
        raise("c-2", MARKET, GRADED, NOW);
        raise("c-3", MARKET, BINARY, NOW);
        resolve("c-3", NOW, null);
        raise("c-4", PARK, GRADED, NOW);
        assertEquals(List.of("c-2", "c-1", "c-4", "c-3"), fx.read(tx -> tx.conflicts().ofRound(SPRING, false)).stream().map(Conflict::id).toList());
        assertEquals(List.of("c-2", "c-1", "c-4"), fx.read(tx -> tx.conflicts().ofRound(SPRING, true)).stream().map(Conflict::id).toList());
    }

    @Test
    void openOfGivesTheOpenConflictOfEachPlace() {
        raise("c-1", PARK, BINARY, NOW);
        raise("c-2", MARKET, BINARY, NOW);
        resolve("c-2", NOW, null);
        Map<String, Row> open = fx.read(tx -> tx.conflicts().openOf(SPRING, List.of(PARK, MARKET)));
        assertEquals(List.of(CandidateRepository.key(SPRING, PARK, BINARY)), List.copyOf(open.keySet()));
    }

    @Test
    void aConflictIsFoundByAnUnambiguousStartOfItsIdOfAtLeastFourCharacters() {
        raise("abcd-1", PARK, BINARY, NOW);
        raise("abcd-2", PARK, GRADED, NOW);
        raise("abXd-3", MARKET, BINARY, NOW);
        assertEquals("abcd-2", fx.read(tx -> tx.conflicts().byPrefix("abcd-2")).orElseThrow().id());
        assertEquals(Optional.empty(), fx.read(tx -> tx.conflicts().byPrefix("abcd")), "two conflicts start so");
        assertEquals(Optional.empty(), fx.read(tx -> tx.conflicts().byPrefix("abX")), "too short");
        assertEquals(Optional.empty(), fx.read(tx -> tx.conflicts().byPrefix("ab_d-3")), "_ is a character, not a wildcard");
        assertEquals(Optional.empty(), fx.read(tx -> tx.conflicts().byPrefix("ab%3")), "% is a character, not a wildcard");
    }

    @Test
    void findsNothingForAnUnknownConflict() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.conflicts().find("no-such-conflict")));
        assertEquals(List.of(), fx.read(tx -> tx.conflicts().ofRound(SPRING, false)));
        assertEquals(Map.of(), fx.read(tx -> tx.conflicts().resolutionsOf(SPRING, List.of(PARK))));
    }

    @Test
    void aConflictAtAnUnknownSiteIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.conflicts().raise("c-1", SPRING, "no-such-site", BINARY, "", NOW);
            return null;
        });
    }
}
