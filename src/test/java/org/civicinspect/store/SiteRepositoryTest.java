package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.MARKET;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.PARK;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Site;
import org.civicinspect.model.SiteCandidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sites with their areas (district → street → community), units and coordinates. */
class SiteRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static Site site(String id, String name, String district, String street) {
        return new Site(id, name, "公园", district, street, "", "", "", "", null, null, false, true);
    }

    private void save(List<Site> added, List<Site> updated) {
        fx.write(tx -> {
            tx.sites().save(added, updated, NOW);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfASite() {
        assertEquals(Optional.of(StoreFixture.park()), fx.read(tx -> tx.sites().find(PARK)));
    }

    @Test
    void aSiteWithoutStreetCommunityUnitsOrCoordinatesReadsBackWithEmptyTextAndNoCoordinates() {
        Site market = fx.read(tx -> tx.sites().find(MARKET)).orElseThrow();
        assertEquals(StoreFixture.market(), market);
        assertEquals("", market.street());
        assertEquals("", market.responsibleUnit());
        assertEquals(null, market.latitude());
        assertEquals(List.of(java.util.Arrays.asList(null, null, null, null, null, null)), fx.rows("SELECT street_id, community_id,"
                + " responsible_unit_id, partner_unit_id, latitude, longitude FROM site WHERE id = ?", MARKET), "stored as NULL, not as ''");
    }

    @Test
    void coordinatesKeepTheirDigits() {
        Site precise = new Site("s", "北湖公园", "公园", "城北区", "", "", "", "", "", new BigDecimal("-33.8688000"),
                new BigDecimal("151.2093"), false, true);
        save(List.of(precise), List.of());
        Site back = fx.read(tx -> tx.sites().find("s")).orElseThrow();
        assertEquals(new BigDecimal("-33.8688000"), back.latitude(), "the same scale, not only the same value");
        assertEquals(precise, back);
    }

    @Test
    void anUpdateRewritesEveryFieldAndKeepsTheId() {
        Site moved = new Site(PARK, "幸福公园（东区）", "农贸市场", "城南区", "南湖街道", "南湖社区", "南湖路8号", "城南区市场监管局", "",
                null, null, false, false);
        save(List.of(), List.of(moved));
        assertEquals(Optional.of(moved), fx.read(tx -> tx.sites().find(PARK)));
        assertEquals(2, fx.count("site"));
        assertEquals(List.of(List.of(NOW.toString())), fx.rows("SELECT updated_at FROM site WHERE id = ?", PARK));
    }

    @Test
    void sitesShareTheirAreasAndUnitsInsteadOfRepeatingThem() {
        Map<String, Long> before = fx.read(tx -> tx.sites().tableCounts());
        Site neighbour = new Site("s2", "东湖广场", "公园", "城东区", "东湖街道", "幸福社区", "", "城东区城管局", "", null, null, false, true);
        save(List.of(neighbour), List.of());
        Map<String, Long> after = fx.read(tx -> tx.sites().tableCounts());
        assertEquals(before.get("admin_area"), after.get("admin_area"));
        assertEquals(before.get("responsible_unit"), after.get("responsible_unit"));
        assertEquals(before.get("site") + 1, after.get("site"));
    }

    @Test
    void aStreetOfTheSameNameInAnotherDistrictIsAnotherStreet() {
        save(List.of(site("s2", "人民公园", "城西区", "东湖街道")), List.of());
        assertEquals(2, fx.count("admin_area WHERE name = '东湖街道'"));
    }

    @Test
    void listsSitesByDistrictThenStreetThenName() {
        save(List.of(site("s2", "B公园", "城东区", "东湖街道"), site("s3", "A公园", "城东区", "")), List.of());
        List<String> names = fx.read(tx -> tx.sites().list()).stream().map(Site::name).toList();
        assertEquals(List.of("A公园", "B公园", "幸福公园", "东门农贸市场"), names, "城东区 before 城西区; no street before 东湖街道");
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.sites().find("no-such-site")));
    }

    @Test
    void byIdsReadsLongListsInChunksAndLeavesOutUnknownIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            ids.add("unknown-" + i);
        }
        ids.set(3, PARK);
        ids.set(1100, MARKET);
        Map<String, Site> found = fx.read(tx -> tx.sites().byIds(ids));
        assertEquals(Map.of(PARK, StoreFixture.park(), MARKET, StoreFixture.market()), found);
        assertEquals(Map.of(), fx.read(tx -> tx.sites().byIds(List.of())));
    }

    @Test
    void mustCheckCandidatesAreTheActiveMustCheckSitesWithTheirTypeAndDistrict() {
        save(List.of(new Site("closed", "旧公园", "公园", "城东区", "", "", "", "", "", null, null, true, false)), List.of());
        assertEquals(List.of(new SiteCandidate(PARK, "公园", "城东区")), fx.read(tx -> tx.sites().mustCheckCandidates()));
    }

    @Test
    void aQuotaCoversTheActiveSitesOfItsTypeInItsDistrictOrInAllByDistrictAndName() {
        save(List.of(new Site("a-closed", "旧公园", "公园", "城东区", "", "", "", "", "", null, null, false, false),
                new Site("b-west", "西湖公园", "公园", "城西区", "城东区", "", "", "", "", null, null, false, true),
                new Site("0-east", "东湖公园", "公园", "城东区", "", "", "", "", "", null, null, false, true)), List.of());
        assertEquals(List.of("0-east", PARK, "b-west"), fx.read(tx -> tx.sites().activeIdsCoveredBy(new Quota("公园", null, 1))));
        assertEquals(List.of("0-east", PARK), fx.read(tx -> tx.sites().activeIdsCoveredBy(new Quota("公园", "城东区", 1))),
                "the site's district counts, not a street of the same name");
        assertEquals(List.of(MARKET), fx.read(tx -> tx.sites().activeIdsCoveredBy(new Quota("农贸市场", "", 1))), "an empty district is the city");
        assertEquals(List.of(), fx.read(tx -> tx.sites().activeIdsCoveredBy(new Quota("公园", "城南区", 1))));
    }

    @Test
    void ofRoundGivesOnlyTheSitesDrawnForTheRound() {
        fx.write(tx -> {
            tx.rounds().putDrawn(SPRING, MARKET, DrawReason.LOT, null, 0);
            return null;
        });
        assertEquals(Map.of(MARKET, StoreFixture.market()), fx.read(tx -> tx.sites().ofRound(SPRING)));
        assertEquals(Map.of(), fx.read(tx -> tx.sites().ofRound(StoreFixture.AUTUMN)));
    }

    @Test
    void aSecondSiteOfTheSameDistrictNameAndTypeIsRefused() {
        fx.assertRefused("UNIQUE", tx -> {
            tx.sites().save(List.of(StoreFixture.park().withId("copy")), List.of(), NOW);
            return null;
        });
    }

    @Test
    void aSiteOfAnUnknownTypeIsRefusedAndLeavesNoAreaBehind() {
        long areas = fx.count("admin_area");
        fx.assertRefused("unknown site type", tx -> {
            tx.sites().save(List.of(new Site("s", "图书馆", "图书馆", "新区", "", "", "", "新区文旅局", "", null, null, false, true)), List.of(), NOW);
            return null;
        });
        assertEquals(areas, fx.count("admin_area"));
        assertEquals(0, fx.count("responsible_unit WHERE name = '新区文旅局'"));
    }

    @Test
    void tableCountsCountTheSitesAndWhatTheyPointAt() {
        Map<String, Long> counts = fx.read(tx -> tx.sites().tableCounts());
        assertEquals(Map.of("site", 2L, "admin_area", 4L, "responsible_unit", 2L), counts);
        assertEquals(java.util.Set.of(PARK, MARKET), fx.read(tx -> tx.sites().byId()).keySet());
    }
}
