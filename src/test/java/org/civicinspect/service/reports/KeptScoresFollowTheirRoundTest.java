package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores of earlier rounds are kept between recomputes, and follow every change to what they are computed from: a
 * finding of an earlier round saved again, removed, or a site moved to another district.
 */
class KeptScoresFollowTheirRoundTest {

    @TempDir Path temp;
    private Services services;
    private Round first;
    private Round second;

    @BeforeEach
    void handWorkedCity() throws Exception {
        services = HandWorkedCity.build(temp.resolve("ws"), temp);
        first = services.showRound().list().stream().filter(r -> r.name().equals(HandWorkedCity.FIRST)).findFirst().orElseThrow();
        second = services.showRound().list().stream().filter(r -> r.name().equals(HandWorkedCity.SECOND)).findFirst().orElseThrow();
    }

    private List<RoundScores> both() {
        return services.scoreRound().only(List.of(first.id(), second.id()), ReportScope.Counted.APPROVED);
    }

    @Test
    void anUnchangedRoundIsNotScoredAgain() {
        List<RoundScores> before = both();
        List<RoundScores> after = both();
        assertSame(before.get(0), after.get(0));
        assertSame(before.get(1), after.get(1));
    }

    @Test
    void aCorrectedFindingOfAnEarlierRoundChangesItsScores() {
        // 第1期: 5 + 8 + 6 + 6.99 + 8 = 33.99 of 8 + 8 + 8 + 9 + 9 = 42.
        assertEquals(new BigDecimal("33.99"), both().get(0).city().earned().stripTrailingZeros());
        saveAgain(first, "东湖路", "HJ-01", Answer.occurrences(0));
        List<RoundScores> after = both();
        // 东湖路 now 0处 in 第1期: 4 + 2 + 2 = 8 instead of 5, so 33.99 + 3 = 36.99 of 42.
        assertEquals(new BigDecimal("36.99"), after.get(0).city().earned().stripTrailingZeros());
        assertEquals(new BigDecimal("8"), after.get(0).bySite().get(siteId("东湖路")).earned().stripTrailingZeros());
        // 第2期 unchanged: 8 + 2 + 6 + 7.98 + 7 = 30.98.
        assertEquals(new BigDecimal("30.98"), after.get(1).city().earned().stripTrailingZeros());
    }

    @Test
    void aRemovedFindingOfAnEarlierRoundLeavesItsScores() {
        both();
        services.workspace().write(tx -> {
            Finding f = tx.findings().find(first.id(), siteId("西山公园"), "ZX-01").orElseThrow();
            tx.findings().delete(f.id());
            return null;
        });
        // 第1期 without 西山公园's ZX-01 (3 of 3): earned 33.99 - 3 = 30.99, possible 42 - 3 = 39.
        RoundScores after = both().get(0);
        assertEquals(new BigDecimal("30.99"), after.city().earned().stripTrailingZeros());
        assertEquals(new BigDecimal("39"), after.city().possible().stripTrailingZeros());
    }

    @Test
    void aSiteMovedToAnotherDistrictMovesInEveryRoundsScores() {
        // 城东区 in 第1期: 东湖路 5/8, 新桥路 8/8, 东湖公园 6.99/9: 19.99 of 25.
        assertEquals(new BigDecimal("19.99"), both().get(0).byDistrict().get("城东区").earned().stripTrailingZeros());
        Site road = services.workspace().read(tx -> tx.sites().byId()).get(siteId("西山路"));
        services.saveSite().run(new Site(road.id(), road.name(), road.siteType(), "城东区", road.street(), road.community(), road.address(),
                road.responsibleUnit(), road.partnerUnit(), road.latitude(), road.longitude(), road.mustCheck(), road.active()));
        List<RoundScores> after = both();
        // With 西山路 (6/8 in 第1期, 6/6 in 第2期): 19.99 + 6 = 25.99 of 33; 第2期 8 + 2 + 7.98 + 6 = 23.98 of 31.
        assertEquals(new BigDecimal("25.99"), after.get(0).byDistrict().get("城东区").earned().stripTrailingZeros());
        assertEquals(new BigDecimal("23.98"), after.get(1).byDistrict().get("城东区").earned().stripTrailingZeros());
    }

    private void saveAgain(Round round, String site, String code, Answer answer) {
        services.workspace().write(tx -> {
            Finding f = tx.findings().find(round.id(), siteId(site), code).orElseThrow();
            tx.findings().save(new Finding(f.id(), f.roundId(), f.siteId(), f.standardCode(), answer, f.note(), f.photos(), f.answeredBy(),
                    Instant.parse("2026-10-20T08:00:00Z"), f.version() + 1));
            return null;
        });
    }

    private String siteId(String name) {
        return services.workspace().read(tx -> tx.sites().byId()).values().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
