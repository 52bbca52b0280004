package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civicinspect.service.reports.HandWorkedCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report … --explain} on a round scored on paper ({@link HandWorkedCity}): each finding's rule worked with its
 * answer, the 不适用 answers left out, why each entry has its rank and list; names everywhere, ids nowhere.
 */
class ReportExplainTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir static Path temp;
    private static CliSession cli;

    @BeforeAll
    static void twoRounds() throws Exception {
        HandWorkedCity.build(temp.resolve("ws"), temp);
        cli = new CliSession(temp.resolve("ws"));
    }

    @Test
    void eachFindingShowsItsRuleWorkedWithItsAnswer() {
        assertEquals(0, cli.run("report", "bulletin", "--round", HandWorkedCity.SECOND, "--list-size", "2", "--explain",
                temp.resolve("b.xlsx").toString()), cli.err());
        String out = cli.out();
        // 新桥路: 6 处 of 1 point off 4 points; 东湖公园: grade B of 3 points; 西山公园: 不符合 of 2 points
        assertTrue(out.contains("新桥路（城东区 新桥街道）  HJ-01 路面干净  6 处 → max(0, 4 − 6×1) = 0  （满分 4）  问题"), out);
        assertTrue(out.contains("东湖公园（城东区 东湖街道）  ZX-01 秩序良好  B → 3 × 0.66 = 1.98  （满分 3）  问题"), out);
        assertTrue(out.contains("西山公园（城西区 西山街道）  HJ-02 设施完好  不符合 → 0  （满分 2）  问题"), out);
        assertTrue(out.contains("全市：得分率 = 30.98 / 40 = 77.45%；达标率 = 10 / 14 = 71.43%"), out);
        assertTrue(out.indexOf("    东湖公园（城东区 东湖街道）  HJ-01") < out.indexOf("    东湖路（城东区 东湖街道）  HJ-01")
                && out.indexOf("    东湖路（城东区 东湖街道）  HJ-03") < out.indexOf("    新桥路（城东区 新桥街道）  HJ-01")
                && out.indexOf("    新桥路（城东区 新桥街道）  HJ-03") < out.indexOf("    西山路（城西区 西山街道）  HJ-01"),
                "findings by district and street, site, standard: " + out);
    }

    @Test
    void theNotApplicableAnswersAreListedAsLeftOut() {
        assertEquals(0, cli.run("report", "standards", "--round", HandWorkedCity.SECOND, "--explain", temp.resolve("s.xlsx").toString()));
        List<String> lines = cli.out().lines().toList();
        int leftOut = lines.indexOf("不计入的测评结果（不适用，不进分子也不进分母）：4 条");
        assertTrue(leftOut > 0, cli.out());
        // 西山路 HJ-02, and 北湖公园's three standards
        assertEquals(List.of("    北湖公园（城西区 西山街道）  HJ-01 路面干净  不适用 → 不计入",
                "    北湖公园（城西区 西山街道）  HJ-02 设施完好  不适用 → 不计入",
                "    北湖公园（城西区 西山街道）  ZX-01 秩序良好  不适用 → 不计入",
                "    西山路（城西区 西山街道）  HJ-02 设施完好  不适用 → 不计入"), lines.subList(leftOut + 1, leftOut + 5));
    }

    @Test
    void eachEntrySaysWhyItHasItsRankAndItsList() {
        assertEquals(0, cli.run("report", "bulletin", "--round", HandWorkedCity.SECOND, "--list-size", "2", "--explain",
                temp.resolve("b2.xlsx").toString()));
        String out = cli.out();
        // the site ranks of the second round against the first, worked out in BulletinOfAHandWorkedRoundTest
        assertTrue(out.contains("    东湖路：第 1 名（与 西山路 并列），进入红榜（前 2 名）；上期第 5 名（↑4）"), out);
        assertTrue(out.contains("    东湖公园：第 3 名，未进入红黑榜（红榜前 2 名，黑榜后 2 名）；上期第 3 名（持平）"), out);
        assertTrue(out.contains("    新桥路：第 5 名，倒数第 1 名，进入黑榜（后 2 名）；上期第 1 名（↓4）"), out);
        assertTrue(out.contains("    城西区：第 1 名，进入红榜（前 1 名）；参与排名 2 个，不足 4 个，红黑榜各取 1 名；上期第 1 名（持平）"), out);
        assertFalse(UUID.matcher(out).find(), "names, never ids: " + out);
    }

    @Test
    void eachUnitSaysWhyItIsOnItsRectificationListAndWhoHoldsThePlacard() {
        assertEquals(0, cli.run("report", "bulletin", "--round", HandWorkedCity.SECOND, "--list-size", "2", "--explain",
                temp.resolve("b3.xlsx").toString()));
        String out = cli.out();
        // as of 23 October, worked out in BulletinOfAHandWorkedRoundTest: three units with problems due, one on each list
        assertTrue(out.contains("整改情况截至 2026-10-23（期限在此日及之前的问题）"), out);
        assertTrue(out.contains("    交通局：整改率 = 0 / 1 = 0.00%，逾期 1 个，红色 0 个，复查未通过 0 个 → 整改黑榜"), out);
        assertTrue(out.contains("    园林局：整改率 = 1 / 2 = 50.00%，逾期 1 个，红色 0 个，复查未通过 1 个 → 未进入整改红黑榜"), out);
        assertTrue(out.contains("    城管局：整改率 = 1 / 1 = 100.00%，逾期 0 个，红色 0 个，复查未通过 0 个 → 整改红榜"), out);
        assertTrue(out.contains("流动黑牌：交通局（有到期问题的单位中整改率最低）"), out);
    }

    @Test
    void theJsonExplanationNamesSitesAndNeverGivesAnId() throws Exception {
        List<String> outputs = new ArrayList<>();
        assertEquals(0, cli.run("report", "sites", "--round", HandWorkedCity.SECOND, "--json", "--explain", temp.resolve("sites.xlsx").toString()));
        outputs.add(cli.out());
        for (String report : new String[] {"ranking", "bulletin"}) {
            assertEquals(0, cli.run("report", report, "--round", HandWorkedCity.SECOND, "--list-size", "2", "--json", "--explain",
                    temp.resolve(report + ".xlsx").toString()), report + cli.err());
            outputs.add(cli.out());
        }
        for (String out : outputs) {
            assertFalse(UUID.matcher(out).find(), "names, never ids: " + out);
        }
        JsonNode sites = new ObjectMapper().readTree(outputs.get(0));
        JsonNode first = sites.get("explained").get(0);
        assertEquals("东湖公园（城东区 东湖街道）", first.get("group").asText());
        assertEquals("得分率 = 7.98 / 9 = 88.67%；达标率 = 2 / 3 = 66.67%", first.get("formula").asText());
        assertEquals("0 处 → max(0, 4 − 0×1) = 4", first.get("findings").get(0).get("formula").asText());
        assertEquals("东湖公园", first.get("findings").get(0).get("site").asText());
        assertEquals(4, sites.get("leftOut").size());
        JsonNode bulletin = new ObjectMapper().readTree(outputs.get(2));
        JsonNode siteRanking = bulletin.get("standings").get(3);
        assertEquals("点位排名", siteRanking.get("ranking").asText());
        assertEquals("西山路", siteRanking.get("entries").get(1).get("name").asText());
        assertEquals("RED", siteRanking.get("entries").get(1).get("list").asText());
        assertEquals("↑3", siteRanking.get("entries").get(1).get("rankChange").asText());
    }
}
