package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code survey questionnaire import|export} and {@code survey questionnaires}: exit 0 on success, 2 with one sentence on refusal. */
class SurveyCommandTest {

    private static final String SAMPLE = Path.of("assets", "sample-questionnaire.xlsx").toAbsolutePath().toString();

    @TempDir Path temp;

    @Test
    void importsListsExportsAndImportsTheExportAsTheNextVersion() {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("--lang", "en", "survey", "questionnaires"));
        assertEquals("No questionnaire in this workspace yet. Use survey questionnaire import FILE.xlsx.", cli.out().strip());

        assertEquals(0, cli.run("--lang", "en", "survey", "questionnaire", "import", SAMPLE), cli.err());
        assertEquals("Imported 文明城市创建市民问卷——示例（非官方文本） v1: 14 questions, 4 indices", cli.out().strip());
        assertEquals(0, cli.run("--lang", "en", "survey", "questionnaire", "import", SAMPLE));
        assertTrue(cli.out().contains("was imported before"), cli.out());

        assertEquals(0, cli.run("survey", "questionnaires", "--json"));
        String id = cli.out().replaceAll("(?s).*\"id\" : \"([0-9a-f-]+)\".*", "$1");
        assertTrue(cli.out().contains("\"questions\" : 14"), cli.out());

        Path out = temp.resolve("问卷.xlsx");
        assertEquals(0, cli.run("--lang", "en", "survey", "questionnaire", "export", id.substring(0, 8), out.toString()), cli.err());
        assertTrue(Files.isRegularFile(out));
        assertEquals(0, cli.run("survey", "questionnaire", "import", out.toString()));
        assertEquals(0, cli.run("--lang", "en", "survey", "questionnaires"));
        List<String> lines = cli.out().lines().toList();
        assertEquals(2, lines.size(), cli.out());
        assertTrue(lines.get(1).contains("v2  14 questions (2 screening, 10 scored)  indices: 知晓率、参与率、支持率、满意度"), lines.get(1));
    }

    @Test
    void aRefusedWorkbookExitsTwoWithOneLinePerProblemAndImportsNothing() throws Exception {
        Path file = new WorkbookBuilder().sheet("问卷题目")
                .row("题号", "题目", "题型")
                .row("Q1", "您是否支持？", "单选")
                .row("Q1", "重复的题", "单选")
                .save(temp, "bad.xlsx");
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(2, cli.run("--lang", "en", "survey", "questionnaire", "import", file.toString()));
        assertEquals(List.of(file + " was not imported: 2 problems, the workspace is unchanged:",
                "  问卷题目!A3: question Q1 is already at 问卷题目!A2",
                "  问卷题目!C2: question Q1 is a 单选 question but has no options on the option sheet"), cli.err().lines().toList());
        assertEquals(0, cli.run("survey", "questionnaires", "--json"));
        assertEquals("[ ]", cli.out().strip());
    }

    @Test
    void aForeignFileAnUnknownVersionAndAnOutputNotXlsxExitTwoInOneSentence() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        Path text = Files.writeString(temp.resolve("list.xlsx"), "Q1,您好\n");
        assertEquals(2, cli.run("--lang", "en", "survey", "questionnaire", "import", text.toString()));
        assertEquals(List.of(text + " was not imported: 1 problem, the workspace is unchanged:",
                "  list.xlsx is not an Excel workbook (.xlsx or .xls)"), cli.err().lines().toList());

        assertEquals(2, cli.run("--lang", "en", "survey", "questionnaire", "export", "abcdef12", temp.resolve("out.xlsx").toString()));
        assertEquals("No questionnaire \"abcdef12\": see survey questionnaires", cli.err().strip());

        assertEquals(2, cli.run("survey", "questionnaire", "export", "abcdef12", temp.resolve("out.csv").toString()));
        assertEquals(1, cli.err().strip().lines().count());
        assertTrue(Files.notExists(temp.resolve("out.xlsx")));
    }
}
