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
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Recheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What to recheck at an inspection: rechecks a task package brought, and open problems at the site raised before the
 * round started (in earlier rounds, or from other sources on earlier days).
 */
class RecheckRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void put(Recheck... rechecks) {
        fx.write(tx -> {
            tx.rechecks().put(List.of(rechecks));
            return null;
        });
    }

    private Map<String, Recheck> ofInspection(String round, String site) {
        return fx.read(tx -> tx.rechecks().ofInspection(round, site));
    }

    @Test
    void readsBackEveryFieldOfARecheckATaskBrought() {
        Recheck recheck = new Recheck(AUTUMN, PARK, BINARY, "problem-7", "上期：东门垃圾桶满溢", LocalDate.of(2026, 9, 30));
        put(recheck);
        assertEquals(Map.of(BINARY, recheck), ofInspection(AUTUMN, PARK));
    }

    @Test
    void putsTheSameRecheckTwiceAndKeepsTheNewest() {
        put(new Recheck(AUTUMN, PARK, BINARY, "problem-7", "旧说明", LocalDate.of(2026, 9, 30)));
        Recheck newer = new Recheck(AUTUMN, PARK, BINARY, "problem-8", null, LocalDate.of(2026, 10, 15));
        put(newer);
        assertEquals(1, fx.count("recheck_item"));
        assertEquals(Map.of(BINARY, newer), ofInspection(AUTUMN, PARK));
        assertEquals("", ofInspection(AUTUMN, PARK).get(BINARY).note());
    }

    @Test
    void nothingToRecheckWhereNoProblemWasLeftOpen() {
        assertEquals(Map.of(), ofInspection(AUTUMN, PARK));
    }

    @Test
    void theOpenProblemsOfEarlierRoundsAtTheSiteAreRecheckedWithTheirFindingsNote() {
        fx.write(tx -> {
            tx.findings().save(finding("finding-open").answer(Answer.notMet()).note("路面有积水").build());
            return null;
        });
        fx.write(tx -> {
            tx.problems().insert(problem("open").at(SPRING, PARK, BINARY).status(ProblemStatus.TO_RECHECK).build());
            tx.problems().insert(problem("closed").at(SPRING, PARK, GRADED).closed(NOW, SPRING).build());
            tx.problems().insert(problem("elsewhere").at(SPRING, MARKET, DEDUCTION).build());
            tx.problems().insert(problem("this-round").at(AUTUMN, PARK, DEDUCTION).build());
            return null;
        });
        assertEquals(Map.of(BINARY, new Recheck(AUTUMN, PARK, BINARY, "open", "路面有积水", LocalDate.of(2026, 3, 15))),
                ofInspection(AUTUMN, PARK));
        assertEquals(Map.of(), ofInspection(SPRING, PARK), "nothing started before the spring round");
    }

    @Test
    void anOpenProblemFromAnotherSourceIsRecheckedByARoundStartingAfterTheDayItWasRaised() {
        Instant autumnBegins = LocalDate.of(2026, 9, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        fx.write(tx -> {
            tx.problems().insert(problem("the-day-before").at(null, PARK, BINARY).from(ProblemSource.CITIZENS, "12345：东门垃圾桶满溢")
                    .raisedAt(autumnBegins.minusMillis(500)).build());
            tx.problems().insert(problem("on-the-first-day").at(null, PARK, GRADED).from(ProblemSource.MEDIA, "曝光：路面破损")
                    .raisedAt(autumnBegins).build());
            tx.problems().insert(problem("no-standard").at(null, PARK, null).from(ProblemSource.LEADERS, "领导督查：环境脏乱")
                    .raisedAt(autumnBegins.minusSeconds(86_400)).build());
            return null;
        });

        assertEquals(Map.of(BINARY, new Recheck(AUTUMN, PARK, BINARY, "the-day-before", "12345：东门垃圾桶满溢", LocalDate.of(2026, 3, 15))),
                ofInspection(AUTUMN, PARK), "a round visits a site and scores standards: a problem of no standard waits for nothing there");
        assertEquals(List.of("the-day-before"), fx.read(tx -> tx.problems().earlier(PARK, BINARY, LocalDate.of(2026, 9, 1))).stream()
                .map(Problem::id).toList());
        assertEquals(List.of(), fx.read(tx -> tx.problems().earlier(PARK, GRADED, LocalDate.of(2026, 9, 1))));
    }

    @Test
    void aProblemWhoseFindingIsGoneIsRecheckedWithoutANote() {
        fx.write(tx -> {
            tx.problems().insert(problem("open").at(SPRING, PARK, BINARY).build());
            return null;
        });
        assertEquals("", ofInspection(AUTUMN, PARK).get(BINARY).note());
    }

    @Test
    void aRecheckAtAnUnknownSiteIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.rechecks().put(List.of(new Recheck(AUTUMN, "no-such-site", BINARY, "p", "", LocalDate.of(2026, 9, 30))));
            return null;
        });
    }
}
