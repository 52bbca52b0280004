package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it: exit codes, messages, JSON. */
class CommandLineTest {

    @TempDir Path temp;
    private final List<Path> desktopStarts = new ArrayList<>();
    private String out;
    private String err;

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }

    private int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data", temp.resolve("ws").toString()));
        all.addAll(List.of(args));
        int exit = CivicInspectCommand.execute((folder, lang) -> desktopStarts.add(folder),
                new PrintWriter(outText, true), new PrintWriter(errText, true), all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return exit;
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void noCommandStartsTheDesktopAppOnTheChosenDataFolder() {
        assertEquals(0, run());
        assertEquals(List.of(temp.resolve("ws").toAbsolutePath()), desktopStarts);
    }

    @Test
    void helpAndVersionWork() {
        assertEquals(0, run("--help"));
        assertTrue(out.contains("indicators"));
        assertTrue(out.contains("bench"));
        assertEquals(0, run("--version"));
        assertTrue(out.contains("CivicInspect"));
        assertTrue(desktopStarts.isEmpty());
    }

    @Test
    void importsTheSharedSampleWithItsCounts() throws Exception {
        assertEquals(0, run("indicators", "import", TestWorkspaces.sharedSample("indicators-sample.xlsx").toString(), "--json"));
        JsonNode answer = json(out);
        assertEquals("IMPORTED", answer.get("outcome").asText());
        assertEquals(5, answer.get("set").get("categories").asInt());
        assertEquals(8, answer.get("set").get("indicators").asInt());
        assertEquals(18, answer.get("set").get("standards").asInt());
        assertEquals(11, answer.get("set").get("siteTypes").size());
        assertEquals(43, answer.get("set").get("totalPoints").asInt());

        assertEquals(0, run("indicators", "import", TestWorkspaces.sharedSample("indicators-sample.xlsx").toString()));
        assertTrue(out.contains("已导入过"), out);
    }

    @Test
    void aBadWorkbookExitsWithTwoNamingEveryCell() throws Exception {
        Path file = new WorkbookBuilder().sheet("农贸市场")
                .row("测评项目", "测评内容", "测评标准", "分值")
                .row("公共环境", "环境卫生", "路面干净", "两分")
                .row("公共环境", "环境卫生", "垃圾桶完好", "")
                .save(temp, "bad.xlsx");
        assertEquals(2, run("indicators", "import", file.toString()));
        assertTrue(err.contains("农贸市场!D2: 分值“两分”不是数字"), err);
        assertTrue(err.contains("农贸市场!D3"), err);
        assertEquals(2, run("--lang", "en", "indicators", "import", file.toString()));
        assertTrue(err.contains("农贸市场!D2: 分值 \"两分\" is not a number"), err);
        assertEquals(0, run("indicators", "list", "--json"));
        assertEquals(0, json(out).size());
    }

    @Test
    void aFileThatIsNoWorkbookExitsWithTwo() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.xlsx"), "not a workbook");
        assertEquals(2, run("indicators", "import", file.toString(), "--json"));
        assertEquals("REJECTED", json(out).get("outcome").asText());
        assertEquals("import.notWorkbook", json(out).get("errors").get(0).get("key").asText());
    }

    @Test
    void importNeedsAFileOrTheSample() {
        assertEquals(2, run("indicators", "import"));
        assertFalse(err.isBlank());
    }

    @Test
    void listShowAndExportTheLibrary() throws Exception {
        assertEquals(0, run("indicators", "import", "--sample"));
        assertEquals(0, run("indicators", "list"));
        assertTrue(out.contains("示例（非官方文本）"), out);
        assertEquals(0, run("indicators", "show", "latest", "--site-type", "农贸市场"));
        assertTrue(out.contains("农贸市场"), out);
        assertTrue(out.contains("公平秤"), out);
        assertEquals(0, run("indicators", "show", "latest", "--json"));
        JsonNode shown = json(out);
        assertTrue(shown.get("standards").asInt() >= 120);
        String id = shown.get("id").asText();

        Path exported = temp.resolve("out").resolve("library.xlsx");
        assertEquals(0, run("indicators", "export", id, exported.toString()));
        assertTrue(Files.size(exported) > 0);
        assertEquals(0, run("indicators", "import", exported.toString(), "--json"));
        assertEquals(2, json(out).get("set").get("version").asInt());
    }

    @Test
    void unknownSetsAndSiteTypesExitWithTwo() throws Exception {
        assertEquals(2, run("indicators", "show", "no-such-set"));
        assertEquals(0, run("indicators", "import", "--sample"));
        assertEquals(2, run("indicators", "show", "latest", "--site-type", "火星基地"));
        assertTrue(err.contains("农贸市场"), err);
        assertEquals(2, run("indicators", "export", "latest", temp.resolve("x.csv").toString()));
    }

    @Test
    void unknownCommandsAndOptionsExitWithTwo() {
        assertEquals(2, run("indicators", "frobnicate"));
        assertEquals(2, run("indicators", "list", "--colour"));
    }
}
