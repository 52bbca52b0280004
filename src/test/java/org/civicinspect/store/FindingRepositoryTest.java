package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.BINARY;
import static org.civicinspect.store.StoreFixture.DEDUCTION;
import static org.civicinspect.store.StoreFixture.GRADED;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.civicinspect.store.StoreFixture.finding;
import static org.civicinspect.store.StoreFixture.problem;
import static org.civicinspect.store.StoreFixture.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Findings with their photos, saved version by version or shown by a merge. */
class FindingRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
        fx.photos('a', 'b', 'c');
    }

    private void save(Finding... findings) {
        fx.write(tx -> {
            for (Finding f : findings) {
                tx.findings().save(f);
            }
            return null;
        });
    }

    private Finding found(String round, String site, String standard) {
        return fx.read(tx -> tx.findings().find(round, site, standard)).orElseThrow();
    }

    @Test
    void readsBackEveryFieldOfAFindingWithItsPhotosInOrder() {
        Finding f = finding("f1").at(SPRING, PARK, GRADED).answer(Answer.violations(2)).note("绿化带有黄土裸露，约5平方米")
                .photos(sha('c'), sha('a')).by("李娜", Instant.parse("2026-03-01T02:03:04.005Z")).build();
        save(f);
        assertEquals(f, found(SPRING, PARK, GRADED));
        assertEquals(new Answer(org.civicinspect.model.AnswerKind.GRADE, Grade.C, 2), found(SPRING, PARK, GRADED).answer());
    }

    @Test
    void aNoteOfAnyLengthIsKeptWhole() {
        String note = "围挡破损，".repeat(8_000);
        save(finding("f1").at(SPRING, PARK, BINARY).answer(Answer.notMet()).note(note).build());
        assertEquals(note, found(SPRING, PARK, BINARY).note());
    }

    @Test
    void everyKindOfAnswerReadsBackAsItWasGiven() {
        List<Answer> answers = List.of(Answer.met(), Answer.notMet(), Answer.grade(Grade.C_SHARP), Answer.occurrences(0),
                Answer.occurrences(7), Answer.notApplicable());
        for (int i = 0; i < answers.size(); i++) {
            save(finding("f" + i).at(SPRING, PARK, "code-" + i).answer(answers.get(i)).build());
        }
        assertEquals(answers, fx.read(tx -> tx.findings().ofInspection(SPRING, PARK)).stream().map(Finding::answer).toList());
    }

    @Test
    void aLaterVersionRewritesTheFindingAndReplacesItsPhotos() {
        save(finding("f1").photos(sha('a'), sha('b')).build());
        Finding second = finding("f1").answer(Answer.notMet()).note("有积水").photos(sha('c')).by("李娜", NOW.plusSeconds(5)).version(2).build();
        save(second);
        assertEquals(second, found(SPRING, PARK, BINARY));
        assertEquals(1, fx.count("finding"));
        assertEquals(1, fx.count("finding_photo"));
    }

    @Test
    void aLaterVersionKeepsTheFindingsPlace() {
        save(finding("f1").build());
        save(finding("f1").at(AUTUMN, MARKET, DEDUCTION).answer(Answer.notMet()).version(2).build());
        assertEquals(Answer.notMet(), found(SPRING, PARK, BINARY).answer(), "the place of a lineage never moves");
    }

    @Test
    void aLaterVersionOfAFindingNeverSavedIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> save(finding("f1").version(2).build()));
        assertEquals("finding f1 was not written", e.getCause().getMessage());
        assertEquals(0, fx.count("finding"));
    }

    @Test
    void aSecondFirstVersionAtTheSamePlaceIsRefused() {
        save(finding("f1").build());
        fx.assertRefused("UNIQUE", tx -> {
            tx.findings().save(finding("f2").build());
            return null;
        });
    }

    @Test
    void aPhotoTheWorkspaceDoesNotKnowIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.findings().save(finding("f1").photos(sha('z')).build());
            return null;
        });
        assertEquals(0, fx.count("finding"));
    }

    @Test
    void aFindingOfAnUnknownRoundOrSiteIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.findings().save(finding("f1").at("no-such-round", PARK, BINARY).build());
            return null;
        });
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.findings().save(finding("f1").at(SPRING, "no-such-site", BINARY).build());
            return null;
        });
    }

    @Test
    void findsNothingWhereNothingWasAnswered() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.findings().find(SPRING, PARK, BINARY)));
        assertEquals(List.of(), fx.read(tx -> tx.findings().ofInspection(SPRING, PARK)));
        assertEquals(List.of(), fx.read(tx -> tx.findings().ofRound(SPRING)));
        assertEquals(0L, fx.<Long>read(tx -> tx.findings().countOfRound(SPRING)));
        assertEquals(Map.of(), fx.read(tx -> tx.findings().answersOfRound(SPRING)));
    }

    @Test
    void anInspectionsFindingsComeByStandardCodeAndARoundsBySiteThenStandard() {
        save(finding("f1").at(SPRING, PARK, GRADED).answer(Answer.grade(Grade.A)).build(),
                finding("f2").at(SPRING, MARKET, DEDUCTION).answer(Answer.occurrences(1)).build(),
                finding("f3").at(SPRING, PARK, BINARY).build(),
                finding("f4").at(SPRING, MARKET, BINARY).build(),
                finding("f5").at(AUTUMN, PARK, BINARY).build());
        assertEquals(List.of("f3", "f1"), fx.read(tx -> tx.findings().ofInspection(SPRING, PARK)).stream().map(Finding::id).toList());
        assertEquals(List.of("f4", "f2", "f3", "f1"), fx.read(tx -> tx.findings().ofRound(SPRING)).stream().map(Finding::id).toList(),
                "site-market before site-park");
        assertEquals(4L, fx.<Long>read(tx -> tx.findings().countOfRound(SPRING)));
        assertEquals(Map.of(PARK, Map.of(BINARY, Answer.met(), GRADED, Answer.grade(Grade.A)),
                MARKET, Map.of(BINARY, Answer.met(), DEDUCTION, Answer.occurrences(1))), fx.read(tx -> tx.findings().answersOfRound(SPRING)));
    }

    @Test
    void aRoundsAnswersAreCountedSiteBySite() {
        save(finding("f1").at(SPRING, PARK, GRADED).build(),
                finding("f2").at(SPRING, PARK, BINARY).build(),
                finding("f3").at(SPRING, MARKET, BINARY).build(),
                finding("f4").at(AUTUMN, PARK, BINARY).build());
        // SPRING: the park answered twice (f1, f2), the market once (f3); f4 is AUTUMN's
        assertEquals(Map.of(PARK, 2, MARKET, 1), fx.read(tx -> tx.findings().countsBySiteOfRound(SPRING)));
        assertEquals(Map.of(), fx.read(tx -> tx.findings().countsBySiteOfRound("no-such-round")));
    }

    @Test
    void notedFindingsComeSiteBySiteInTheGivenOrderThenByStandard() {
        save(finding("f1").at(SPRING, PARK, GRADED).answer(Answer.grade(Grade.B)).note("黄土裸露").photos(sha('b'), sha('a')).build(),
                finding("f2").at(SPRING, MARKET, DEDUCTION).answer(Answer.occurrences(2)).note("占道两处").build(),
                finding("f3").at(SPRING, PARK, BINARY).build());
        List<FindingRepository.Noted> noted = new ArrayList<>();
        fx.read(tx -> {
            tx.findings().forEachNotedBySite(SPRING, List.of(PARK, "not-drawn", MARKET), noted::add);
            return null;
        });
        assertEquals(List.of(
                new FindingRepository.Noted(PARK, BINARY, Answer.met(), "", List.of()),
                new FindingRepository.Noted(PARK, GRADED, Answer.grade(Grade.B), "黄土裸露", List.of(sha('b'), sha('a'))),
                new FindingRepository.Noted(MARKET, DEDUCTION, Answer.occurrences(2), "占道两处", List.of())), noted);
    }

    @Test
    void listedFindingsComeWithTheProblemTheRoundListsAtTheirPlace() {
        save(finding("f1").at(AUTUMN, MARKET, BINARY).answer(Answer.notMet()).note("垃圾未清运").build(),
                finding("f2").at(AUTUMN, MARKET, GRADED).answer(Answer.grade(Grade.C)).note("黄土裸露").build(),
                finding("f3").at(AUTUMN, PARK, BINARY).build(),
                finding("f4").at(AUTUMN, PARK, GRADED).answer(Answer.grade(Grade.C)).build(),
                finding("f5").at(SPRING, MARKET, BINARY).answer(Answer.notMet()).build());
        fx.write(tx -> {
            tx.problems().insert(problem("spring-at-the-park").at(SPRING, PARK, GRADED).build());
            tx.problems().insert(problem("raised-in-autumn").at(AUTUMN, MARKET, BINARY).build());
            // An earlier problem of the same place whose recheck failed in autumn, raised at the same moment as the one raised there.
            tx.problems().insert(problem("rechecked-in-autumn").at(SPRING, MARKET, BINARY).status(ProblemStatus.FIXING).reopened(1).build());
            tx.problems().step(new ProblemStep("rechecked-in-autumn", NOW, "赵主任", "RECHECK_FAILED", ProblemStatus.TO_FIX,
                    ProblemStatus.FIXING, "", List.of(), null, null), AUTUMN);
            tx.problems().insert(problem("recurred").at(AUTUMN, MARKET, GRADED).recurredFrom("spring-at-the-park").reopened(2).build());
            return null;
        });
        List<FindingRepository.Listed> listed = new ArrayList<>();
        fx.read(tx -> {
            tx.findings().forEachListedBySite(AUTUMN, List.of(MARKET, "not-drawn", PARK), listed::add);
            return null;
        });
        LocalDate due = LocalDate.of(2026, 3, 15);
        assertEquals(List.of(
                new FindingRepository.Listed(new FindingRepository.Noted(MARKET, BINARY, Answer.notMet(), "垃圾未清运", List.of()),
                        new FindingRepository.ListedProblem("rechecked-in-autumn", ProblemStatus.FIXING, due, 1, false, ProblemSource.INSPECTION)),
                new FindingRepository.Listed(new FindingRepository.Noted(MARKET, GRADED, Answer.grade(Grade.C), "黄土裸露", List.of()),
                        new FindingRepository.ListedProblem("recurred", ProblemStatus.TO_FIX, due, 2, true, ProblemSource.INSPECTION)),
                new FindingRepository.Listed(new FindingRepository.Noted(PARK, BINARY, Answer.met(), "", List.of()), null),
                new FindingRepository.Listed(new FindingRepository.Noted(PARK, GRADED, Answer.grade(Grade.C), "", List.of()), null)), listed,
                "the park's spring problem is not autumn's; of two listed at one place, the one raised last (by id at the same moment)");
    }

    @Test
    void eachSitesLastAnswerIsTheLatestInTimeEvenWithinOneSecond() {
        // 08:00:00.250 is later than 08:00:00 although, as text, "08:00:00.250Z" sorts before "08:00:00Z".
        save(finding("f1").at(SPRING, PARK, BINARY).by("李娜", Instant.parse("2026-11-27T08:00:00.250Z")).build(),
                finding("f2").at(SPRING, PARK, GRADED).by("李娜", Instant.parse("2026-11-27T08:00:00Z")).build(),
                finding("f3").at(SPRING, MARKET, BINARY).by("李娜", Instant.parse("2026-11-27T07:59:59.999999Z")).build(),
                finding("f4").at(AUTUMN, MARKET, BINARY).by("李娜", Instant.parse("2026-11-28T09:00:00Z")).build());
        assertEquals(Map.of(PARK, Instant.parse("2026-11-27T08:00:00.250Z"), MARKET, Instant.parse("2026-11-27T07:59:59.999999Z")),
                fx.read(tx -> tx.findings().lastAnsweredOfRound(SPRING)));
    }

    @Test
    void theWalkThroughNotedFindingsStopsWhenTheConsumerThrows() {
        save(finding("f1").at(SPRING, PARK, BINARY).build(), finding("f2").at(SPRING, PARK, GRADED).answer(Answer.grade(Grade.A)).build());
        List<String> seen = new ArrayList<>();
        assertThrows(StoreException.class, () -> fx.read(tx -> {
            tx.findings().forEachNotedBySite(SPRING, List.of(PARK), n -> {
                seen.add(n.standardCode());
                throw new SQLException("enough");
            });
            return null;
        }));
        assertEquals(List.of(BINARY), seen);
    }

    @Test
    void showingACandidateReplacesTheFindingShownAtItsPlaceAndRemembersItsTeam() {
        String team = fx.write(tx -> tx.people().teamId("第二组"));
        save(finding("local").photos(sha('a')).build());
        Finding sent = finding("sent").answer(Answer.notMet()).note("垃圾未清运").photos(sha('b'), sha('c')).by("王强", NOW.plusSeconds(9))
                .version(3).build();
        fx.write(tx -> {
            tx.findings().show(List.of(new Candidate(sent, team)));
            return null;
        });
        assertEquals(sent, found(SPRING, PARK, BINARY));
        assertEquals(1, fx.count("finding"));
        assertEquals(2, fx.count("finding_photo"), "the photos of the finding it replaced went with it");
        assertEquals(Map.of(BINARY, team), fx.read(tx -> tx.findings().sourceTeams(SPRING, PARK)));
    }

    @Test
    void showingAtNewPlacesWithoutLookingAddsTheFindings() {
        Finding a = finding("a").at(SPRING, PARK, BINARY).build();
        Finding b = finding("b").at(SPRING, MARKET, BINARY).photos(sha('a')).build();
        fx.write(tx -> {
            tx.findings().show(List.of(new Candidate(a, null), new Candidate(b, null)), false);
            return null;
        });
        assertEquals(List.of(b, a), fx.read(tx -> tx.findings().ofRound(SPRING)));
        assertEquals(Map.of(), fx.read(tx -> tx.findings().sourceTeams(SPRING, PARK)), "an answer made here has no source team");
    }
}
