package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sites, people, round and report blank as typed at a prompt. */
class RoundCommandLineTest {

    @TempDir Path temp;
    private CliSession cli;


    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @BeforeEach
    void sampleSetSitesAndTeams() {
        cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        assertEquals(0, cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertTrue(cli.out().contains("新增 10 个"), cli.out());
        for (String[] person : new String[][] {{"张伟", "第一组"}, {"李娜", "第一组"}, {"王强", "第二组"}, {"赵敏", "第二组"}}) {
            assertEquals(0, cli.run("people", "add", "--name", person[0], "--team", person[1]));
        }
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
    }

    @Test
    void sitesListFiltersAndCounts() throws Exception {
        assertEquals(0, cli.run("sites", "list", "--json", "--district", "城东区"));
        assertEquals(5, json(cli.out()).size());
        assertEquals(0, cli.run("sites", "list", "--must-check", "--json"));
        assertEquals(3, json(cli.out()).size());
        assertEquals(0, cli.run("sites", "list"));
        assertTrue(cli.out().contains("共 10 个点位"), cli.out());
        Path exported = temp.resolve("sites.xlsx");
        assertEquals(0, cli.run("sites", "export", exported.toString(), "--type", "公园"));
        assertTrue(Files.size(exported) > 0);
    }

    @Test
    void peopleListShowsTeams() throws Exception {
        assertEquals(0, cli.run("people", "list", "--json"));
        assertEquals(5, json(cli.out()).get("people").size());
        assertEquals(2, json(cli.out()).get("teams").size());
        assertEquals(2, cli.run("people", "add", "--name", "某人", "--role", "厨师"));
    }

    @Test
    void aRoundFromCreationToBlankChecklists() throws Exception {
        assertEquals(0, cli.run("round", "create", "--name", "2026年第12期双周督查", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, cli.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42", "--json"));
        JsonNode drawn = json(cli.out()).get("drawn");
        assertEquals(5, drawn.size());
        assertEquals(42, json(cli.out()).get("plan").get("seed").asInt());
        assertEquals(0, cli.run("round", "assign", "2026年第12期双周督查"));
        assertTrue(cli.out().contains("第一组") && cli.out().contains("第二组"), cli.out());
        assertEquals(0, cli.run("round", "assign", "latest", "--move", "东湖路=第二组", "--json"));
        for (JsonNode site : json(cli.out()).get("drawn")) {
            if (site.get("site").get("name").asText().equals("东湖路")) {
                assertEquals("第二组", site.get("team").asText());
            }
        }
        Path blank = temp.resolve("blank.xlsx");
        assertEquals(0, cli.run("report", "blank", "--round", "latest", blank.toString()));
        assertTrue(cli.out().contains("5 张"), cli.out());
        assertEquals(0, cli.run("round", "list"));
        assertTrue(cli.out().contains("准备中"), cli.out());
    }

    @Test
    void badRoundRequestsExitWithTwo() throws Exception {
        assertEquals(2, cli.run("round", "create", "--name", "甲", "--start", "2026-13-01", "--end", "2026-12-01"));
        assertTrue(cli.err().contains("2026-13-01"), cli.err());
        assertEquals(0, cli.run("round", "create", "--name", "甲", "--start", "2026-11-01", "--end", "2026-11-02"));
        assertEquals(2, cli.run("round", "sample", "甲", "--quota", "火星基地=1"));
        assertTrue(cli.err().contains("火星基地"), cli.err());
        assertEquals(2, cli.run("round", "sample", "甲", "--quota", "公园两个"));
        assertEquals(2, cli.run("round", "assign", "甲"));
        assertEquals(2, cli.run("report", "blank", "--round", "甲", temp.resolve("x.xlsx").toString()));
        assertEquals(2, cli.run("round", "show", "无此轮"));
    }

    @Test
    void aSiteWorkbookWithAnUnknownTypeExitsWithTwoListingTheKnownTypes() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("区县", "点位名称", "点位类型").row("城东区", "东湖菜场", "菜市场")
                .save(temp, "bad-sites.xlsx");
        assertEquals(2, cli.run("sites", "import", file.toString()));
        assertTrue(cli.err().contains("Sheet1!C2") && cli.err().contains("菜市场") && cli.err().contains("农贸市场"), cli.err());
    }
}
