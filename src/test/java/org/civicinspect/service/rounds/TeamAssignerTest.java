package org.civicinspect.service.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.civicinspect.model.Site;
import org.junit.jupiter.api.Test;

class TeamAssignerTest {

    private static final Map<String, Integer> CHECKLIST = Map.of("农贸市场", 24, "主次干道", 16, "背街小巷", 11, "公园", 15,
            "医院", 14, "小区", 13);

    @Test
    void threeHundredFiftySitesAmongFifteenTeamsAreBalancedWithinFifteenPercent() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            List<Site> sites = SiteSamplerTest.randomSites(random, 300 + random.nextInt(200));
            List<String> teams = new ArrayList<>();
            for (int t = 1; t <= 15; t++) {
                teams.add("第" + t + "组");
            }
            Map<String, String> teamOf = TeamAssigner.assign(sites, teams, s -> CHECKLIST.get(s.siteType()));
            assertEquals(sites.size(), teamOf.size());
            Map<String, Integer> loads = new HashMap<>();
            for (Site site : sites) {
                loads.merge(teamOf.get(site.id()), CHECKLIST.get(site.siteType()), Integer::sum);
            }
            int heaviest = loads.values().stream().max(Integer::compare).orElseThrow();
            int lightest = loads.values().stream().min(Integer::compare).orElseThrow();
            assertEquals(15, loads.size());
            assertTrue(heaviest <= lightest * 1.15, "heaviest " + heaviest + " vs lightest " + lightest);
        }
    }

    @Test
    void aSmallStreetStaysWithOneTeam() {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String street = "街道" + (i % 10);
            sites.add(new Site("s" + i, "点位" + i, "小区", "城东区", street, "", "", "", "", null, null, false, true));
        }
        Map<String, String> teamOf = TeamAssigner.assign(sites, List.of("甲", "乙"), s -> 13);
        Map<String, Set<String>> teamsPerStreet = new HashMap<>();
        sites.forEach(s -> teamsPerStreet.computeIfAbsent(s.street(), k -> new HashSet<>()).add(teamOf.get(s.id())));
        assertTrue(teamsPerStreet.values().stream().allMatch(t -> t.size() == 1), teamsPerStreet.toString());
    }

    @Test
    void theSameSitesUnderOtherIdentifiersAreSplitTheSameWay() {
        List<String> names = List.of("东湖路", "新桥路", "西山路", "河畔大道");
        Map<String, String> first = teamsByName(names, i -> "a" + i);
        Map<String, String> second = teamsByName(names, i -> "z" + (names.size() - i));
        assertEquals(first, second, "as when the same workbook is imported into another workspace");
    }

    /** The team of each site, by name, for sites of equal load on streets of their own, with the identifiers given. */
    private static Map<String, String> teamsByName(List<String> names, java.util.function.IntFunction<String> id) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            sites.add(new Site(id.apply(i), names.get(i), "主次干道", "城东区", names.get(i) + "街道", "", "", "", "", null, null, false, true));
        }
        Map<String, String> teamOf = TeamAssigner.assign(sites, List.of("甲", "乙"), s -> 16);
        Map<String, String> byName = new HashMap<>();
        sites.forEach(s -> byName.put(s.name(), teamOf.get(s.id())));
        return byName;
    }
}
