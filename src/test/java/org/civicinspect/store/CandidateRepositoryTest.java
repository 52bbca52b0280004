package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.BINARY;
import static org.civicinspect.store.StoreFixture.GRADED;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.civicinspect.store.StoreFixture.finding;
import static org.civicinspect.store.StoreFixture.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Grade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer a merge received: one row per finding lineage, the newest version of it. */
class CandidateRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void put(Candidate... candidates) {
        fx.write(tx -> {
            tx.candidates().put(List.of(candidates));
            return null;
        });
    }

    private List<Candidate> ofKey(String site, String standard) {
        return fx.read(tx -> tx.candidates().ofKey(SPRING, site, standard));
    }

    @Test
    void readsBackEveryFieldOfACandidate() {
        Candidate fromTeam = new Candidate(finding("f1").answer(Answer.violations(3)).note("共3处，已拍照").photos(sha('a'), sha('b'))
                .by("王强", Instant.parse("2026-03-01T09:10:11.012Z")).version(4).build(), "team-2");
        Candidate fromOffice = new Candidate(finding("f2").answer(Answer.notApplicable()).build(), null);
        put(fromTeam, fromOffice);
        assertEquals(List.of(fromTeam, fromOffice), ofKey(PARK, BINARY));
    }

    @Test
    void theAnswersToOneStandardComeByTeamNameAndTheOfficesLast() {
        fx.write(tx -> {
            tx.people().put(new org.civicinspect.model.Team("team-b", "第一组", List.of()));
            tx.people().put(new org.civicinspect.model.Team("team-a", "第二组", List.of()));
            return null;
        });
        Candidate office = new Candidate(finding("f1").answer(Answer.notApplicable()).build(), null);
        Candidate second = new Candidate(finding("f2").answer(Answer.met()).build(), "team-a");
        Candidate first = new Candidate(finding("f3").answer(Answer.notMet()).build(), "team-b");
        put(office, second, first);
        assertEquals(List.of(first, second, office), ofKey(PARK, BINARY), "not by the identifiers, which each workspace makes afresh");
    }

    @Test
    void aCandidateWithoutPhotosReadsBackWithAnEmptyList() {
        Candidate c = new Candidate(finding("f1").build(), "team-1");
        put(c);
        assertEquals(List.of(), ofKey(PARK, BINARY).get(0).finding().photos());
        assertEquals(List.of(List.of("")), fx.rows("SELECT photos FROM finding_candidate"));
    }

    @Test
    void putsTheSameCandidateTwiceAndKeepsTheNewest() {
        put(new Candidate(finding("f1").answer(Answer.met()).version(1).build(), "team-1"));
        Candidate newer = new Candidate(finding("f1").answer(Answer.notMet()).note("有积水").photos(sha('c')).by("李娜", NOW.plusSeconds(3))
                .version(2).build(), "team-1");
        put(newer);
        assertEquals(1, fx.count("finding_candidate"));
        assertEquals(List.of(newer), ofKey(PARK, BINARY));
    }

    @Test
    void putsTheSameCandidateTwiceInOneBatchAndKeepsTheLast() {
        Candidate first = new Candidate(finding("f1").version(1).build(), "team-1");
        Candidate last = new Candidate(finding("f1").answer(Answer.notMet()).version(2).build(), "team-1");
        put(first, last);
        assertEquals(List.of(last), ofKey(PARK, BINARY));
    }

    @Test
    void findsNothingForAPlaceWithoutCandidates() {
        assertEquals(List.of(), ofKey(PARK, BINARY));
        assertEquals(Map.of(), fx.read(tx -> tx.candidates().ofSites(SPRING, List.of(PARK, MARKET))));
    }

    @Test
    void ofSitesGroupsTheRoundsCandidatesByPlace() {
        Candidate a = new Candidate(finding("a").at(SPRING, PARK, BINARY).build(), "team-1");
        Candidate b = new Candidate(finding("b").at(SPRING, PARK, BINARY).answer(Answer.notMet()).build(), "team-2");
        Candidate c = new Candidate(finding("c").at(SPRING, MARKET, GRADED).answer(Answer.grade(Grade.B)).build(), "team-1");
        Candidate otherRound = new Candidate(finding("d").at(AUTUMN, PARK, BINARY).build(), "team-1");
        put(a, b, c, otherRound);
        Map<String, List<Candidate>> bySite = fx.read(tx -> tx.candidates().ofSites(SPRING, List.of(PARK, MARKET)));
        assertEquals(2, bySite.size());
        assertEquals(java.util.Set.of(a, b), java.util.Set.copyOf(bySite.get(CandidateRepository.key(SPRING, PARK, BINARY))));
        assertEquals(List.of(c), bySite.get(CandidateRepository.key(c.finding())));
        assertEquals(Map.of(), fx.read(tx -> tx.candidates().ofSites(SPRING, List.of())));
    }

    @Test
    void theKeyOfAPlaceNeverMistakesOnePlaceForAnother() {
        assertEquals(CandidateRepository.key(SPRING, PARK, BINARY), CandidateRepository.key(finding("x").build()));
        assertNotEquals(CandidateRepository.key("r1", "s", "01"), CandidateRepository.key("r", "1s", "01"));
    }

    @Test
    void aCandidateOfAnUnknownRoundOrSiteIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.candidates().put(List.of(new Candidate(finding("f1").at(SPRING, "no-such-site", BINARY).build(), null)));
            return null;
        });
    }
}
