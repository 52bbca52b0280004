package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it: exit codes, messages, JSON. */
class CommandLineTest {

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void openSession() {
        cli = new CliSession(temp.resolve("ws"));
    }

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }


    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void noCommandStartsTheDesktopAppOnTheChosenDataFolder() {
        assertEquals(0, cli.run());
        assertEquals(List.of(temp.resolve("ws").toAbsolutePath()), cli.desktopStarts());
    }

    @Test
    void helpAndVersionWork() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("indicators"));
        assertTrue(cli.out().contains("bench"));
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().contains("CivicInspect"));
        assertTrue(cli.desktopStarts().isEmpty());
    }

    @Test
    void importsTheSharedSampleWithItsCounts() throws Exception {
        assertEquals(0, cli.run("indicators", "import", TestWorkspaces.sharedSample("indicators-sample.xlsx").toString(), "--json"));
        JsonNode answer = json(cli.out());
        assertEquals("IMPORTED", answer.get("outcome").asText());
        assertEquals(5, answer.get("set").get("categories").asInt());
        assertEquals(8, answer.get("set").get("indicators").asInt());
        assertEquals(18, answer.get("set").get("standards").asInt());
        assertEquals(11, answer.get("set").get("siteTypes").size());
        assertEquals(43, answer.get("set").get("totalPoints").asInt());

        assertEquals(0, cli.run("indicators", "import", TestWorkspaces.sharedSample("indicators-sample.xlsx").toString()));
        assertTrue(cli.out().contains("已导入过"), cli.out());
    }

    @Test
    void aBadWorkbookExitsWithTwoNamingEveryCell() throws Exception {
        Path file = new WorkbookBuilder().sheet("农贸市场")
                .row("测评项目", "测评内容", "测评标准", "分值")
                .row("公共环境", "环境卫生", "路面干净", "两分")
                .row("公共环境", "环境卫生", "垃圾桶完好", "")
                .save(temp, "bad.xlsx");
        assertEquals(2, cli.run("indicators", "import", file.toString()));
        assertTrue(cli.err().contains("农贸市场!D2: 分值“两分”不是数字"), cli.err());
        assertTrue(cli.err().contains("农贸市场!D3"), cli.err());
        assertEquals(2, cli.run("--lang", "en", "indicators", "import", file.toString()));
        assertTrue(cli.err().contains("农贸市场!D2: 分值 \"两分\" is not a number"), cli.err());
        assertEquals(0, cli.run("indicators", "list", "--json"));
        assertEquals(0, json(cli.out()).size());
    }

    @Test
    void anIndicatorSetIsTakenInAndShownInEnglishWithItsPointsInAll() throws Exception {
        assertEquals(0, cli.run("--lang", "en", "indicators", "import", "--sample"), cli.err());
        assertTrue(cli.out().contains("points in all"), cli.out());
        assertEquals(0, cli.run("indicators", "list", "--json"));
        String id = json(cli.out()).get(0).get("id").asText();
        assertEquals(0, cli.run("--lang", "en", "indicators", "show", id), cli.err());
        assertTrue(cli.out().contains("points in all"), cli.out());
    }

    @Test
    void aFileThatIsNoWorkbookExitsWithTwo() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.xlsx"), "not a workbook");
        assertEquals(2, cli.run("indicators", "import", file.toString(), "--json"));
        assertEquals("REJECTED", json(cli.out()).get("outcome").asText());
        assertEquals("import.notWorkbook", json(cli.out()).get("errors").get(0).get("key").asText());
    }

    @Test
    void importNeedsAFileOrTheSample() {
        assertEquals(2, cli.run("indicators", "import"));
        assertFalse(cli.err().isBlank());
    }

    @Test
    void listShowAndExportTheLibrary() throws Exception {
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        assertEquals(0, cli.run("indicators", "list"));
        assertTrue(cli.out().contains("示例（非官方文本）"), cli.out());
        assertEquals(0, cli.run("indicators", "show", "latest", "--site-type", "农贸市场"));
        assertTrue(cli.out().contains("农贸市场"), cli.out());
        assertTrue(cli.out().contains("公平秤"), cli.out());
        assertEquals(0, cli.run("indicators", "show", "latest", "--json"));
        JsonNode shown = json(cli.out());
        assertTrue(shown.get("standards").asInt() >= 120);
        String id = shown.get("id").asText();

        Path exported = temp.resolve("out").resolve("library.xlsx");
        assertEquals(0, cli.run("indicators", "export", id, exported.toString()));
        assertTrue(Files.size(exported) > 0);
        assertEquals(0, cli.run("indicators", "import", exported.toString(), "--json"));
        assertEquals(2, json(cli.out()).get("set").get("version").asInt());
    }

    @Test
    void unknownSetsAndSiteTypesExitWithTwo() throws Exception {
        assertEquals(2, cli.run("indicators", "show", "no-such-set"));
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        assertEquals(2, cli.run("indicators", "show", "latest", "--site-type", "火星基地"));
        assertTrue(cli.err().contains("农贸市场"), cli.err());
        assertEquals(2, cli.run("indicators", "export", "latest", temp.resolve("x.csv").toString()));
    }

    @Test
    void unknownCommandsAndOptionsExitWithTwo() {
        assertEquals(2, cli.run("indicators", "frobnicate"));
        assertEquals(2, cli.run("indicators", "list", "--colour"));
    }

    @Test
    void aPackageFileAloneOpensTheDesktopAppAndAnythingElseIsRefused() throws Exception {
        Path task = java.nio.file.Files.writeString(temp.resolve("第一组.citask"), "PK");
        assertEquals(0, cli.run(task.toString()));
        assertEquals(1, cli.desktopStarts().size(), "a file manager's double-click starts the app");
        assertEquals(2, cli.run("frobnicate"));
        assertTrue(cli.err().contains("frobnicate"), cli.err());
        Path notes = java.nio.file.Files.writeString(temp.resolve("notes.txt"), "x");
        assertEquals(2, cli.run(notes.toString()));
        assertEquals(2, cli.run(temp.resolve("missing.ciresult").toString()));
        assertEquals(1, cli.desktopStarts().size());
    }
}
