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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Recheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What to recheck at an inspection: rechecks a task package brought, and open problems of earlier rounds at the site. */
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
