package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.SamplingPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rounds, their sampling plan and their draw with the teams. */
class RoundRepositoryTest {

    private StoreFixture fx;
    private String team;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
        team = fx.write(tx -> tx.people().teamId("第一组"));
    }

    private void insert(Round round, java.time.Instant createdAt) {
        fx.write(tx -> {
            tx.rounds().insert(round, createdAt);
            return null;
        });
    }

    private Optional<Round> reference(String text) {
        return fx.read(tx -> tx.rounds().findByReference(text));
    }

    private static SamplingPlan plan() {
        return new SamplingPlan(List.of(new Quota("公园", "城东区", 1), new Quota("农贸市场", null, 2)), 2, -7_123_456_789L);
    }

    private void draw(String roundId, DrawnSite... sites) {
        fx.write(tx -> {
            tx.rounds().saveDraw(roundId, plan(), List.of(sites), NOW);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfARound() {
        Round round = new Round("r", "2027年第一季度测评（复查）", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 9), StoreFixture.SET,
                RoundStatus.REVIEWING, "重点：农贸市场\n第二行");
        insert(round, NOW);
        assertEquals(Optional.of(round), fx.read(tx -> tx.rounds().find("r")));
        assertEquals(Optional.of(round), fx.read(tx -> tx.rounds().findByName("2027年第一季度测评（复查）")));
    }

    @Test
    void findsNothingForAnUnknownIdOrName() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.rounds().find("no-such-round")));
        assertEquals(Optional.empty(), fx.read(tx -> tx.rounds().findByName("没有这一轮")));
        assertEquals(Optional.empty(), reference("没有这一轮"));
    }

    @Test
    void listsRoundsByStartDateThenByWhenTheyWereCreated() {
        insert(StoreFixture.round("early", "早一轮", LocalDate.of(2026, 1, 1)), NOW.plusSeconds(60));
        insert(StoreFixture.round("twin-b", "同日乙", LocalDate.of(2026, 9, 1)), NOW.plusSeconds(30));
        List<String> ids = fx.read(tx -> tx.rounds().list()).stream().map(Round::id).toList();
        assertEquals(List.of("early", SPRING, AUTUMN, "twin-b"), ids);
    }

    @Test
    void aReferenceIsLatestAnIdANameOrAnUnambiguousStartOfAnId() {
        insert(StoreFixture.round("abcd-1111", "甲", LocalDate.of(2025, 1, 1)), NOW);
        insert(StoreFixture.round("abcd-2222", "乙", LocalDate.of(2025, 2, 1)), NOW);
        assertEquals(AUTUMN, reference("latest").orElseThrow().id());
        assertEquals(AUTUMN, reference(" LATEST ").orElseThrow().id());
        assertEquals(SPRING, reference(SPRING).orElseThrow().id());
        assertEquals(SPRING, reference("2026年春季测评").orElseThrow().id());
        assertEquals("abcd-2222", reference("abcd-2").orElseThrow().id());
        assertEquals(Optional.empty(), reference("abcd"), "two rounds start so");
        assertEquals(Optional.empty(), reference("abc"), "too short to be a start of an id");
    }

    @Test
    void aRoundOfAnUnknownIndicatorSetIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.rounds().insert(new Round("r", "无体系", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), "no-such-set",
                    RoundStatus.PREPARING, ""), NOW);
            return null;
        });
    }

    @Test
    void twoRoundsOfTheSameNameAreRefused() {
        fx.assertRefused("UNIQUE", tx -> {
            tx.rounds().insert(StoreFixture.round("r", "2026年春季测评", LocalDate.of(2026, 5, 1)), NOW);
            return null;
        });
    }

    @Test
    void theStatusChanges() {
        fx.write(tx -> {
            tx.rounds().setStatus(SPRING, RoundStatus.DONE);
            return null;
        });
        assertEquals(RoundStatus.DONE, fx.read(tx -> tx.rounds().find(SPRING)).orElseThrow().status());
    }

    @Test
    void aRoundNotDrawnYetHasNoPlanAndNoDrawnSites() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.rounds().plan(SPRING)));
        assertEquals(List.of(), fx.read(tx -> tx.rounds().drawnSiteIds(SPRING)));
    }

    @Test
    void theDrawKeepsItsPlanQuotaOrderAndSiteOrder() {
        draw(SPRING, new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, null), new DrawnSite(StoreFixture.market(), DrawReason.LOT, null));
        assertEquals(Optional.of(plan()), fx.read(tx -> tx.rounds().plan(SPRING)), "a city-wide quota keeps no district");
        assertEquals(List.of(PARK, MARKET), fx.read(tx -> tx.rounds().drawnSiteIds(SPRING)));
        List<DrawnSite> drawn = fx.read(tx -> tx.rounds().drawn(SPRING, tx.sites().byId()));
        assertEquals(List.of(new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, null),
                new DrawnSite(StoreFixture.market(), DrawReason.LOT, null)), drawn);
        assertEquals(List.of(List.of(NOW.toString())), fx.rows("SELECT drawn_at FROM evaluation_round WHERE id = ?", SPRING));
    }

    @Test
    void drawingAgainReplacesTheDrawAndClearsItsAssignments() {
        draw(SPRING, new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, null), new DrawnSite(StoreFixture.market(), DrawReason.LOT, null));
        fx.write(tx -> {
            tx.rounds().assign(SPRING, Map.of(PARK, team));
            return null;
        });
        draw(SPRING, new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, "第一组"));
        assertEquals(List.of(new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, null)),
                fx.read(tx -> tx.rounds().drawn(SPRING, tx.sites().byId())));
        assertEquals(2, fx.count("round_quota"), "the plan's quotas once, not twice");
    }

    @Test
    void assigningSetsAndClearsTeams() {
        draw(SPRING, new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, null), new DrawnSite(StoreFixture.market(), DrawReason.LOT, null));
        fx.write(tx -> {
            tx.rounds().assign(SPRING, Map.of(PARK, team, MARKET, team));
            return null;
        });
        fx.write(tx -> {
            java.util.HashMap<String, String> unassign = new java.util.HashMap<>();
            unassign.put(MARKET, null);
            tx.rounds().assign(SPRING, unassign);
            return null;
        });
        assertEquals(java.util.Arrays.asList("第一组", null),
                fx.read(tx -> tx.rounds().drawn(SPRING, tx.sites().byId())).stream().map(DrawnSite::team).toList());
    }

    @Test
    void puttingTheSameDrawnSiteTwiceKeepsOneRowWithTheNewestReasonTeamAndPlace() {
        fx.write(tx -> {
            tx.rounds().putDrawn(SPRING, PARK, DrawReason.LOT, null, 0);
            tx.rounds().putDrawn(SPRING, MARKET, DrawReason.LOT, null, 1);
            tx.rounds().putDrawn(SPRING, PARK, DrawReason.MUST_CHECK, team, 2);
            return null;
        });
        assertEquals(2, fx.count("round_site"));
        assertEquals(List.of(MARKET, PARK), fx.read(tx -> tx.rounds().drawnSiteIds(SPRING)));
        assertEquals(new DrawnSite(StoreFixture.park(), DrawReason.MUST_CHECK, "第一组"),
                fx.read(tx -> tx.rounds().drawn(SPRING, tx.sites().byId())).get(1));
    }

    @Test
    void aDrawnSiteThatDoesNotExistIsRefused() {
        fx.assertRefused("FOREIGN KEY", tx -> {
            tx.rounds().putDrawn(SPRING, "no-such-site", DrawReason.LOT, null, 0);
            return null;
        });
    }

    @Test
    void earlierRoundsAreTheGivenNumberOfRoundsThatStartedBeforeThisOne() {
        insert(StoreFixture.round("winter", "2025年冬季测评", LocalDate.of(2025, 12, 1)), NOW);
        fx.write(tx -> {
            tx.rounds().putDrawn("winter", MARKET, DrawReason.LOT, null, 0);
            tx.rounds().putDrawn(SPRING, PARK, DrawReason.LOT, null, 0);
            tx.rounds().putDrawn(AUTUMN, MARKET, DrawReason.LOT, null, 0);
            return null;
        });
        Round autumn = fx.read(tx -> tx.rounds().find(AUTUMN)).orElseThrow();
        assertEquals(List.of(PARK), fx.read(tx -> tx.rounds().sitesOfEarlierRounds(autumn, 1)));
        assertEquals(List.of(PARK, MARKET), fx.read(tx -> tx.rounds().sitesOfEarlierRounds(autumn, 5)));
        assertEquals(List.of(), fx.read(tx -> tx.rounds().sitesOfEarlierRounds(autumn, 0)));
    }
}
