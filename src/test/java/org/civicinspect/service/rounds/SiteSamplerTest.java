package org.civicinspect.service.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.Quota;
import org.civicinspect.model.QuotaShortfall;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.model.SiteCandidate;
import org.junit.jupiter.api.Test;

/** Properties of the draw over many random registries and plans. */
class SiteSamplerTest {

    private static final List<String> TYPES = List.of("农贸市场", "主次干道", "背街小巷", "公园", "医院", "小区");
    private static final List<String> DISTRICTS = List.of("城东区", "城西区", "城南区");

    static List<Site> randomSites(Random random, int count) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            sites.add(new Site(new UUID(random.nextLong(), random.nextLong()).toString(), "点位" + i,
                    TYPES.get(random.nextInt(TYPES.size())), district, district + "街道" + random.nextInt(4), "", "", "", "",
                    null, null, random.nextInt(12) == 0, random.nextInt(15) != 0));
        }
        return sites;
    }

    /** A draw from a registry held in memory, asked as the store is asked: the must-check sites, then each quota's sites. */
    static SiteSampler.Draw draw(List<Site> sites, SamplingPlan plan, Set<String> recent) throws SQLException {
        List<Site> active = sites.stream().filter(Site::active).toList();
        return SiteSampler.draw(active.stream().filter(Site::mustCheck).map(SiteCandidate::of).toList(),
                quota -> active.stream().filter(quota::covers).sorted(Comparator.comparing(Site::district).thenComparing(Site::name))
                        .map(Site::id).toList(), plan, recent);
    }

    static SamplingPlan randomPlan(Random random) {
        List<Quota> quotas = new ArrayList<>();
        for (String type : TYPES) {
            if (random.nextBoolean()) {
                quotas.add(new Quota(type, null, random.nextInt(8)));
            } else {
                for (String district : DISTRICTS) {
                    if (random.nextInt(3) > 0) {
                        quotas.add(new Quota(type, district, random.nextInt(4)));
                    }
                }
            }
        }
        return new SamplingPlan(quotas, 0, random.nextLong());
    }

    @Test
    void everyDrawMeetsEveryQuotaIncludesEveryMustCheckSiteAndIsReproducible() throws SQLException {
        Random random = new Random(20261127);
        for (int trial = 0; trial < 300; trial++) {
            List<Site> sites = randomSites(random, 20 + random.nextInt(400));
            SamplingPlan plan = randomPlan(random);
            Set<String> recent = new HashSet<>();
            sites.stream().filter(s -> random.nextInt(4) == 0).forEach(s -> recent.add(s.id()));
            SiteSampler.Draw draw = draw(sites, plan, recent);
            Map<String, Site> byId = sites.stream().collect(Collectors.toMap(Site::id, s -> s));
            Set<String> drawnIds = new HashSet<>();
            draw.picks().forEach(p -> drawnIds.add(p.siteId()));
            assertEquals(draw.picks().size(), drawnIds.size(), "no site is drawn twice");

            sites.stream().filter(s -> s.active() && s.mustCheck())
                    .forEach(s -> assertTrue(drawnIds.contains(s.id()), "must-check site drawn"));
            assertTrue(drawnIds.stream().allMatch(id -> byId.get(id).active()), "only active sites are drawn");
            for (Quota quota : plan.quotas()) {
                long available = sites.stream().filter(s -> s.active() && quota.covers(s)).count();
                long drawn = drawnIds.stream().filter(id -> quota.covers(byId.get(id))).count();
                assertTrue(drawn >= Math.min(quota.count(), available), quota + " met");
            }
            assertEquals(draw.picks(), draw(sites, plan, recent).picks(), "same seed, same draw");
            List<Site> shuffled = new ArrayList<>(sites);
            java.util.Collections.shuffle(shuffled, random);
            assertEquals(draw.picks(), draw(shuffled, plan, recent).picks(), "order of the registry does not matter");
        }
    }

    @Test
    void recentSitesAreLeftOutWhileOthersCanFillTheQuota() throws SQLException {
        Random random = new Random(7);
        List<Site> sites = randomSites(random, 300);
        SamplingPlan plan = new SamplingPlan(List.of(new Quota("公园", null, 5)), 1, 99);
        List<Site> parks = sites.stream().filter(s -> s.active() && s.siteType().equals("公园") && !s.mustCheck()).toList();
        Set<String> recent = new HashSet<>();
        parks.subList(0, parks.size() - 6).forEach(s -> recent.add(s.id()));
        List<SiteSampler.Pick> lots = draw(sites, plan, recent).picks().stream()
                .filter(p -> p.reason() == DrawReason.LOT).toList();
        long mustCheckParks = sites.stream().filter(s -> s.active() && s.mustCheck() && s.siteType().equals("公园")).count();
        assertEquals(5 - mustCheckParks, lots.size());
        assertTrue(lots.stream().noneMatch(p -> recent.contains(p.siteId())));
    }

    @Test
    void aDifferentSeedGivesADifferentDraw() throws SQLException {
        List<Site> sites = randomSites(new Random(3), 400);
        List<Quota> quotas = List.of(new Quota("小区", null, 10), new Quota("背街小巷", "城东区", 5));
        assertTrue(!draw(sites, new SamplingPlan(quotas, 0, 1), Set.of()).picks()
                .equals(draw(sites, new SamplingPlan(quotas, 0, 2), Set.of()).picks()));
    }

    @Test
    void aQuotaThatCannotBeMetIsReportedAsAShortfall() throws SQLException {
        List<Site> sites = randomSites(new Random(5), 30);
        long hospitals = sites.stream().filter(s -> s.active() && s.siteType().equals("医院")).count();
        SiteSampler.Draw draw = draw(sites, new SamplingPlan(List.of(new Quota("医院", null, 100)), 0, 1), Set.of());
        assertEquals(1, draw.shortfalls().size());
        assertEquals(hospitals, draw.shortfalls().get(0).drawn());
    }
    /** Thirty-six sites in two districts: every eleventh closed, 05 and 17 must be checked. */
    private static List<Site> smallCity() {
        List<String> types = List.of("公园", "医院", "小区");
        List<String> districts = List.of("城东区", "城西区");
        List<Site> sites = new ArrayList<>();
        for (int i = 1; i <= 36; i++) {
            sites.add(new Site(String.format("site-%02d", i), "点位" + i, types.get(i % 3), districts.get(i / 3 % 2), "", "", "", "", "",
                    null, null, i == 5 || i == 17, i % 11 != 0));
        }
        java.util.Collections.shuffle(sites, new Random(3));
        return sites;
    }

    private static List<String> described(SiteSampler.Draw draw) {
        return draw.picks().stream().map(p -> p.siteId() + " " + p.reason()).toList();
    }

    @Test
    void aSeedGivesTheSameDrawItGaveBefore() throws SQLException {
        SamplingPlan plan = new SamplingPlan(List.of(new Quota("公园", null, 5), new Quota("公园", "城东区", 2), new Quota("医院", null, 3),
                new Quota("小区", "城西区", 3)), 1, 20261202L);
        SiteSampler.Draw draw = draw(smallCity(), plan, Set.of("site-03", "site-06", "site-15", "site-26", "site-30"));
        assertEquals(List.of("site-05 MUST_CHECK", "site-17 MUST_CHECK", "site-18 LOT", "site-24 LOT", "site-29 LOT", "site-12 LOT",
                "site-09 LOT", "site-27 LOT", "site-10 LOT", "site-13 LOT", "site-01 LOT"), described(draw),
                "the must-check sites, then the district quotas (the two must-check sites count towards 小区 in 城西区), then the city-wide ones");
        assertEquals(List.of(), draw.shortfalls());
    }

    @Test
    void aSeedGivesTheSameDrawItGaveBeforeWhenRecentSitesFillTheQuota() throws SQLException {
        SiteSampler.Draw draw = draw(smallCity(), new SamplingPlan(List.of(new Quota("医院", "城西区", 6)), 1, 7L), Set.of("site-10", "site-16"));
        assertEquals(List.of("site-05 MUST_CHECK", "site-17 MUST_CHECK", "site-34 LOT", "site-04 LOT", "site-28 LOT", "site-16 LOT",
                "site-10 LOT"), described(draw), "the recently inspected sites come last");
        assertEquals(List.of(new QuotaShortfall(new Quota("医院", "城西区", 6), 5)), draw.shortfalls());
    }
}
