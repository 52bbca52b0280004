package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.BINARY;
import static org.civicinspect.store.StoreFixture.GRADED;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.civicinspect.store.StoreFixture.problem;
import static org.civicinspect.store.StoreFixture.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Problems (整改) and the steps of their history. */
class ProblemRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void insert(Problem... problems) {
        fx.write(tx -> {
            for (Problem p : problems) {
                tx.problems().insert(p);
            }
            return null;
        });
    }

    private static List<String> ids(List<Problem> problems) {
        return problems.stream().map(Problem::id).toList();
    }

    @Test
    void readsBackEveryFieldOfAnOpenProblem() {
        Problem p = problem("p1").status(ProblemStatus.FIXING).reopened(2).raisedAt(Instant.parse("2026-03-05T06:07:08.009Z")).build();
        insert(p);
        assertEquals(Optional.of(p), fx.read(tx -> tx.problems().find("p1")));
    }

    @Test
    void readsBackEveryFieldOfAClosedProblemThatRecurred() {
        Problem first = problem("p1").closed(NOW, AUTUMN).build();
        Problem again = problem("p2").at(AUTUMN, PARK, BINARY).recurredFrom("p1").closed(NOW.plusMillis(7), null).build();
        insert(first, again);
        assertEquals(Optional.of(first), fx.read(tx -> tx.problems().find("p1")));
        assertEquals(Optional.of(again), fx.read(tx -> tx.problems().find("p2")), "closed by hand: in no round");
    }

    @Test
    void anUpdateWritesStatusDeadlineReopeningsAndClosingButNeverThePlace() {
        Problem p = problem("p1").build();
        insert(p);
        Problem changed = p.withDeadline(LocalDate.of(2026, 4, 30)).withStatus(ProblemStatus.CLOSED, NOW.plusSeconds(3), AUTUMN);
        fx.write(tx -> {
            tx.problems().update(changed);
            tx.problems().update(new Problem("p1", AUTUMN, MARKET, GRADED, "other", changed.status(), changed.deadline(), 0, null,
                    NOW.plusSeconds(99), changed.closedAt(), changed.closedInRound(), 1));
            return null;
        });
        Problem twiceUpdated = new Problem(changed.id(), changed.roundId(), changed.siteId(), changed.standardCode(), changed.findingId(),
                changed.status(), changed.deadline(), changed.reopened(), changed.recurredFrom(), changed.raisedAt(), changed.closedAt(),
                changed.closedInRound(), 3);
        assertEquals(Optional.of(twiceUpdated), fx.read(tx -> tx.problems().find("p1")), "each update raises the version");
    }

    @Test
    void reopeningClearsTheClosing() {
        insert(problem("p1").closed(NOW, AUTUMN).build());
        Problem reopened = fx.read(tx -> tx.problems().find("p1")).orElseThrow().failedRecheck();
        fx.write(tx -> {
            tx.problems().update(reopened);
            return null;
        });
        Problem back = fx.read(tx -> tx.problems().find("p1")).orElseThrow();
        assertEquals(ProblemStatus.FIXING, back.status());
        assertEquals(null, back.closedAt());
        assertEquals(null, back.closedInRound());
        assertEquals(1, back.reopened());
    }

    @Test
    void findsNothingForAnUnknownProblem() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.problems().find("no-such-problem")));
        assertEquals(List.of(), fx.read(tx -> tx.problems().ofRound(SPRING)));
        assertEquals(List.of(), fx.read(tx -> tx.problems().all()));
        assertEquals(List.of(), fx.read(tx -> tx.problems().steps("no-such-problem")));
    }

    @Test
    void aRoundsProblemsComeBySiteThenStandard() {
        insert(problem("p1").at(SPRING, PARK, GRADED).build(), problem("p2").at(SPRING, PARK, BINARY).build(),
                problem("p3").at(SPRING, MARKET, GRADED).build(), problem("p4").at(AUTUMN, PARK, BINARY).build());
        assertEquals(List.of("p3", "p2", "p1"), ids(fx.read(tx -> tx.problems().ofRound(SPRING))));
    }

    @Test
    void allProblemsComeOldestFirst() {
        insert(problem("p1").at(AUTUMN, PARK, BINARY).raisedAt(NOW.plusSeconds(60)).build(),
                problem("p2").at(SPRING, PARK, GRADED).raisedAt(NOW).build(),
                problem("p3").at(SPRING, MARKET, BINARY).raisedAt(NOW).build());
        assertEquals(List.of("p3", "p2", "p1"), ids(fx.read(tx -> tx.problems().all())), "raised together: by site and standard");
    }

    @Test
    void allProblemsComeOldestFirstEvenWithinOneSecond() {
        insert(problem("p1").at(AUTUMN, PARK, BINARY).raisedAt(Instant.parse("2026-11-27T08:00:00.250Z")).build(),
                problem("p2").at(SPRING, PARK, BINARY).raisedAt(Instant.parse("2026-11-27T08:00:00Z")).build());
        assertEquals(List.of("p2", "p1"), ids(fx.read(tx -> tx.problems().all())));
    }

    @Test
    void earlierProblemsComeNewestFirstEvenWithinOneSecond() {
        fx.write(tx -> {
            tx.rounds().insert(StoreFixture.round("winter", "2025年冬季测评", LocalDate.of(2025, 12, 1)), NOW);
            return null;
        });
        insert(problem("older").at("winter", PARK, BINARY).raisedAt(Instant.parse("2026-11-27T08:00:00Z")).build(),
                problem("newer").at(SPRING, PARK, BINARY).raisedAt(Instant.parse("2026-11-27T08:00:00.001Z")).build());
        assertEquals(List.of("newer", "older"), ids(fx.read(tx -> tx.problems().earlier(PARK, BINARY, LocalDate.of(2026, 9, 1)))));
    }

    @Test
    void earlierProblemsAreThoseOfRoundsThatStartedBeforeTheDateNewestFirst() {
        fx.write(tx -> {
            tx.rounds().insert(StoreFixture.round("winter", "2025年冬季测评", LocalDate.of(2025, 12, 1)), NOW);
            return null;
        });
        insert(problem("old").at("winter", PARK, BINARY).raisedAt(NOW.minusSeconds(3600)).build(),
                problem("spring").at(SPRING, PARK, BINARY).raisedAt(NOW).build(),
                problem("autumn").at(AUTUMN, PARK, BINARY).raisedAt(NOW.plusSeconds(3600)).build(),
                problem("elsewhere").at(SPRING, MARKET, BINARY).build(),
                problem("other-standard").at(SPRING, PARK, GRADED).build());
        assertEquals(List.of("spring", "old"), ids(fx.read(tx -> tx.problems().earlier(PARK, BINARY, LocalDate.of(2026, 9, 1)))));
        assertEquals(List.of(), ids(fx.read(tx -> tx.problems().earlier(PARK, BINARY, LocalDate.of(2025, 12, 1)))));
    }

    @Test
    void problemsAreFoundByAStartOfTheirIdOfAtLeastFourCharacters() {
        insert(problem("abcd-1").at(SPRING, PARK, BINARY).build(), problem("abcd-2").at(SPRING, PARK, GRADED).build(),
                problem("abXd-3").at(SPRING, MARKET, BINARY).build());
        assertEquals(List.of("abcd-1", "abcd-2"), ids(fx.read(tx -> tx.problems().byPrefix("abcd"))).stream().sorted().toList());
        assertEquals(List.of("abcd-2"), ids(fx.read(tx -> tx.problems().byPrefix("abcd-2"))));
        assertEquals(List.of(), ids(fx.read(tx -> tx.problems().byPrefix("abc"))), "too short");
        assertEquals(List.of(), ids(fx.read(tx -> tx.problems().byPrefix("ab_d"))), "_ is a character, not a wildcard");
        assertEquals(List.of(), ids(fx.read(tx -> tx.problems().byPrefix("a%-3"))), "% is a character, not a wildcard");
    }

    @Test
    void aPlaceHasOneProblemPerRound() {
        insert(problem("p1").build());
        fx.assertRefused("UNIQUE", tx -> {
            tx.problems().insert(problem("p2").build());
            return null;
        });
    }

    @Test
    void aProblemMayOnlyRecurFromAProblemThatExists() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.problems().insert(problem("p1").recurredFrom("no-such-problem").build());
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfTheStepsInTheOrderTheyWereTaken() {
        insert(problem("p1").build());
        ProblemStep moved = new ProblemStep("p1", Instant.parse("2026-03-06T00:00:00.001Z"), "城东区城管局", "STATUS", ProblemStatus.TO_FIX,
                ProblemStatus.FIXING, "已安排保洁", List.of(), null, null);
        ProblemStep deadline = new ProblemStep("p1", NOW.minusSeconds(5), "赵主任", "DEADLINE", null, null, "雨季顺延",
                List.of(), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15));
        ProblemStep fixed = new ProblemStep("p1", NOW, "城东区城管局", "STATUS", ProblemStatus.FIXING, ProblemStatus.TO_RECHECK, null,
                List.of(sha('a'), sha('b')), null, null);
        fx.write(tx -> {
            tx.problems().step(moved);
            tx.problems().step(deadline);
            tx.problems().step(fixed);
            return null;
        });
        assertEquals(List.of(moved, deadline, fixed), fx.read(tx -> tx.problems().steps("p1")));
    }

    @Test
    void aStepOfAnUnknownProblemIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.problems().step(new ProblemStep("no-such-problem", NOW, "赵主任", "STATUS", null, null, "", List.of(), null, null));
            return null;
        });
    }

    @Test
    void aRoundListsTheProblemsItRaisedAndThoseWhoseRecheckInItFailed() {
        insert(problem("raised-in-spring").build(), problem("rechecked-in-autumn").at(SPRING, MARKET, BINARY).build(),
                problem("raised-in-autumn").at(AUTUMN, MARKET, GRADED).build());
        ProblemStep failed = new ProblemStep("rechecked-in-autumn", NOW, "赵主任", "RECHECK_FAILED", ProblemStatus.TO_FIX, ProblemStatus.FIXING,
                "2026年秋季测评 NOT_MET", List.of(), null, null);
        ProblemStep byHand = new ProblemStep("raised-in-spring", NOW, "城东区城管局", "MOVE", ProblemStatus.TO_FIX, ProblemStatus.FIXING, "",
                List.of(), null, null);
        fx.write(tx -> {
            tx.problems().step(failed, AUTUMN);
            tx.problems().step(byHand);
            return null;
        });
        assertEquals(List.of("raised-in-autumn", "rechecked-in-autumn").stream().sorted().toList(),
                fx.read(tx -> tx.problems().listedInRound(AUTUMN)).stream().map(Problem::id).sorted().toList());
        assertEquals(List.of("raised-in-spring", "rechecked-in-autumn").stream().sorted().toList(),
                fx.read(tx -> tx.problems().listedInRound(SPRING)).stream().map(Problem::id).sorted().toList());
        List<ProblemRepository.Recorded> all = fx.read(tx -> tx.problems().allSteps());
        assertEquals(List.of(AUTUMN, "by hand"), all.stream().map(r -> r.roundId() == null ? "by hand" : r.roundId()).toList());
        assertEquals(List.of(failed, byHand), all.stream().map(ProblemRepository.Recorded::step).toList());
        assertEquals(List.of(byHand), fx.read(tx -> tx.problems().stepsOfKind("MOVE")));
        assertEquals(Set.of(MARKET), fx.read(tx -> tx.problems().sitesListedInRound(AUTUMN)));
    }
}
