package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sites, people, round and report blank as typed at a prompt. */
class RoundCommandLineTest {

    @TempDir Path temp;
    private String out;
    private String err;

    private int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", temp.resolve("ws").toString()));
        all.addAll(List.of(args));
        int exit = CivicInspectCommand.execute((folder, lang) -> { }, new PrintWriter(outText, true), new PrintWriter(errText, true),
                all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return exit;
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @BeforeEach
    void sampleSetSitesAndTeams() {
        assertEquals(0, run("indicators", "import", "--sample"));
        assertEquals(0, run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertTrue(out.contains("新增 10 个"), out);
        for (String[] person : new String[][] {{"张伟", "第一组"}, {"李娜", "第一组"}, {"王强", "第二组"}, {"赵敏", "第二组"}}) {
            assertEquals(0, run("people", "add", "--name", person[0], "--team", person[1]));
        }
        assertEquals(0, run("people", "add", "--name", "陈主任", "--role", "督查组长"));
    }

    @Test
    void sitesListFiltersAndCounts() throws Exception {
        assertEquals(0, run("sites", "list", "--json", "--district", "城东区"));
        assertEquals(5, json(out).size());
        assertEquals(0, run("sites", "list", "--must-check", "--json"));
        assertEquals(3, json(out).size());
        assertEquals(0, run("sites", "list"));
        assertTrue(out.contains("共 10 个点位"), out);
        Path exported = temp.resolve("sites.xlsx");
        assertEquals(0, run("sites", "export", exported.toString(), "--type", "公园"));
        assertTrue(Files.size(exported) > 0);
    }

    @Test
    void peopleListShowsTeams() throws Exception {
        assertEquals(0, run("people", "list", "--json"));
        assertEquals(5, json(out).get("people").size());
        assertEquals(2, json(out).get("teams").size());
        assertEquals(2, run("people", "add", "--name", "某人", "--role", "厨师"));
    }

    @Test
    void aRoundFromCreationToBlankChecklists() throws Exception {
        assertEquals(0, run("round", "create", "--name", "2026年第12期双周督查", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, run("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42", "--json"));
        JsonNode drawn = json(out).get("drawn");
        assertEquals(5, drawn.size());
        assertEquals(42, json(out).get("plan").get("seed").asInt());
        assertEquals(0, run("round", "assign", "2026年第12期双周督查"));
        assertTrue(out.contains("第一组") && out.contains("第二组"), out);
        assertEquals(0, run("round", "assign", "latest", "--move", "东湖路=第二组", "--json"));
        for (JsonNode site : json(out).get("drawn")) {
            if (site.get("site").get("name").asText().equals("东湖路")) {
                assertEquals("第二组", site.get("team").asText());
            }
        }
        Path blank = temp.resolve("blank.xlsx");
        assertEquals(0, run("report", "blank", "--round", "latest", blank.toString()));
        assertTrue(out.contains("5 张"), out);
        assertEquals(0, run("round", "list"));
        assertTrue(out.contains("准备中"), out);
    }

    @Test
    void badRoundRequestsExitWithTwo() throws Exception {
        assertEquals(2, run("round", "create", "--name", "甲", "--start", "2026-13-01", "--end", "2026-12-01"));
        assertTrue(err.contains("2026-13-01"), err);
        assertEquals(0, run("round", "create", "--name", "甲", "--start", "2026-11-01", "--end", "2026-11-02"));
        assertEquals(2, run("round", "sample", "甲", "--quota", "火星基地=1"));
        assertTrue(err.contains("火星基地"), err);
        assertEquals(2, run("round", "sample", "甲", "--quota", "公园两个"));
        assertEquals(2, run("round", "assign", "甲"));
        assertEquals(2, run("report", "blank", "--round", "甲", temp.resolve("x.xlsx").toString()));
        assertEquals(2, run("round", "show", "无此轮"));
    }

    @Test
    void aSiteWorkbookWithAnUnknownTypeExitsWithTwoListingTheKnownTypes() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("区县", "点位名称", "点位类型").row("城东区", "东湖菜场", "菜市场")
                .save(temp, "bad-sites.xlsx");
        assertEquals(2, run("sites", "import", file.toString()));
        assertTrue(err.contains("Sheet1!C2") && err.contains("菜市场") && err.contains("农贸市场"), err);
    }
}
