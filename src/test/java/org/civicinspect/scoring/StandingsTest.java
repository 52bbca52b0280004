package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Ranks, red and black lists and the change of rank, each with the reason in words. */
class StandingsTest {

    private static Aggregate group(String name, String earned, String possible) {
        int scored = new BigDecimal(possible).signum() == 0 ? 0 : 1;
        return new Aggregate(name, new BigDecimal(earned), new BigDecimal(possible), scored, 0, 0, 1, 0, List.of());
    }

    private static Map<String, Aggregate> groups(Aggregate... groups) {
        Map<String, Aggregate> map = new LinkedHashMap<>();
        for (Aggregate a : groups) {
            map.put(a.group(), a);
        }
        return map;
    }

    private static List<String> why(Standings.Table table) {
        return table.standings().stream().map(s -> s.name() + "：" + s.why()).toList();
    }

    @Test
    void tiesShareARankTheListsTakeTheFirstAndLastNAndEachSaysWhy() {
        // 甲 9/10 = 90%, 乙 and 丙 8/10 = 16/20 = 80%, 丁 7/10 = 70%, 戊 5/10 = 50%, 己 2/10 = 20%
        Standings.Table table = Standings.of(groups(group("乙", "8", "10"), group("己", "2", "10"), group("甲", "9", "10"),
                group("丙", "16", "20"), group("丁", "7", "10"), group("戊", "5", "10")), Function.identity(), null, 2);
        assertEquals(List.of(
                "甲：第 1 名，进入红榜（前 2 名）",
                "丙：第 2 名（与 乙 并列），进入红榜（前 2 名）",
                "乙：第 2 名（与 丙 并列），进入红榜（前 2 名）",
                "丁：第 4 名，未进入红黑榜（红榜前 2 名，黑榜后 2 名）",
                "戊：第 5 名，倒数第 2 名，进入黑榜（后 2 名）",
                "己：第 6 名，倒数第 1 名，进入黑榜（后 2 名）"), why(table));
        assertEquals(List.of("—", "—", "—", "—", "—", "—"), table.standings().stream().map(Standings.Standing::rankChange).toList(),
                "no previous round to compare with");
    }

    @Test
    void aGroupWithNothingScoredHasNoRankAndFewerThanTwoNGroupsSplitTheLists() {
        // 甲 100%, 乙 50%, 丙 all 不适用: two ranked, so the lists of 3 take one each
        Standings.Table table = Standings.of(groups(group("甲", "4", "4"), group("乙", "2", "4"), group("丙", "0", "0")),
                Function.identity(), null, 3);
        assertEquals(List.of("甲：第 1 名，进入红榜（前 1 名）；参与排名 2 个，不足 6 个，红黑榜各取 1 名",
                "乙：第 2 名，倒数第 1 名，进入黑榜（后 1 名）；参与排名 2 个，不足 6 个，红黑榜各取 1 名"), why(table));
        assertEquals(List.of("丙"), table.unrated());
        assertEquals(List.of(), Standings.of(groups(group("甲", "4", "4")), Function.identity(), null, 3).standings().stream()
                .filter(s -> s.honour() != Standings.Honour.NONE).toList(), "a group alone is on neither list");
    }

    @Test
    void theChangeOfRankComparesWithThePreviousRoundWhereTheGroupWasRanked() {
        // before: 乙 90% 1st, 甲 80% 2nd, 丙 all 不适用; now: 甲 90% 1st, 乙 80% 2nd, 丙 70% 3rd, 丁 60% 4th
        Map<String, Aggregate> before = groups(group("乙", "9", "10"), group("甲", "8", "10"), group("丙", "0", "0"));
        Standings.Table table = Standings.of(groups(group("甲", "9", "10"), group("乙", "8", "10"), group("丙", "7", "10"),
                group("丁", "6", "10")), Function.identity(), before, 1);
        assertEquals(List.of("↑1", "↓1", "新上榜", "新上榜"), table.standings().stream().map(Standings.Standing::rankChange).toList());
        assertEquals("甲：第 1 名，进入红榜（前 1 名）；上期第 2 名（↑1）", why(table).get(0));
        assertEquals("丙：第 3 名，未进入红黑榜（红榜前 1 名，黑榜后 1 名）；上期未参与排名（新上榜）", why(table).get(2));
        assertEquals(null, table.standings().get(2).previous(), "no rate then, so no change of rate either");
    }

    @Test
    void sitesAreKeyedByIdButNamedAndTiesAreListedByName() {
        // two sites of 100%: ordered by name, not by id
        Map<String, String> names = Map.of("id-b", "东湖路", "id-a", "西山路");
        Standings.Table table = Standings.of(groups(group("id-a", "4", "4"), group("id-b", "6", "6")), names::get, null, 1);
        assertEquals(List.of("东湖路：第 1 名（与 西山路 并列），进入红榜（前 1 名）", "西山路：第 1 名（与 东湖路 并列），进入红榜（前 1 名）"), why(table));
    }
}
