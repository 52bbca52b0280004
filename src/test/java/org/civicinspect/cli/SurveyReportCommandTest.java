package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report survey --round R OUT.xlsx}: the survey workbook, and one sentence with exit 2 for what it cannot do. */
class SurveyReportCommandTest {

    private static final String SAMPLE = Path.of("assets", "sample-questionnaire.xlsx").toAbsolutePath().toString();

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void aRoundWithThreeInterviews() throws Exception {
        cli = new CliSession(temp.resolve("ws"));
        cli.run("indicators", "import", "--sample");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-11-20", "--end", "2026-11-22");
        cli.run("round", "create", "--name", "丙轮", "--start", "2026-12-04", "--end", "2026-12-06");
        cli.run("survey", "questionnaire", "import", SAMPLE);
        cli.run("survey", "questionnaires", "--json");
        String questionnaire = cli.out().replaceAll("(?s).*\"id\" : \"([0-9a-f-]+)\".*", "$1");
        assertEquals(0, cli.run("survey", "pin", "--round", "甲轮", "--questionnaire", questionnaire), cli.err());
        // A01 知道, A02 不知道 (3 minutes: flagged), A03 screened out: 知晓率 = Q1 = 1/2 = 50.00%.
        Path paper = Files.writeString(temp.resolve("纸质问卷.csv"), "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1\n"
                + "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1\n"
                + "A02,王芳,城东区,电话,2026-11-20 10:00,2026-11-20 10:03,否,2,1,2\n"
                + "A03,王芳,城东区,街访,2026-11-20 11:00,2026-11-20 11:10,否,1,1,1\n");
        assertEquals(0, cli.run("survey", "score", "--round", "甲轮", paper.toString()), cli.err());
    }

    @Test
    void writesTheWorkbookAndSaysTheCitysIndices() {
        Path out = temp.resolve("问卷调查.xlsx");
        assertEquals(0, cli.run("--lang", "en", "report", "survey", "--round", "甲轮", out.toString()), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("Wrote the survey report (3 interviews, 2 valid): " + out, lines.get(0));
        assertEquals("全市: 3 interviews, 2 valid, 1 invalid", lines.get(1));
        assertEquals("  知晓率 = 1/2 = 50.00%（Q2、Q3 无有效回答，不计入）", lines.get(2));
        assertTrue(Files.isRegularFile(out));

        assertEquals(0, cli.run("report", "survey", "--round", "甲轮", "--json", "--minimum-minutes", "2", out.toString()), cli.err());
        assertTrue(cli.out().contains("\"interviews\" : 3"), cli.out());
        assertTrue(cli.out().contains("\"知晓率\" : 50.00"), cli.out());
        assertTrue(cli.out().contains("\"满意度\" : null"), "an index nobody answered has no value: " + cli.out());

        assertEquals(0, cli.run("report", "survey", "--round", "甲轮", "--explain", out.toString()), cli.err());
        assertTrue(cli.out().contains("城东区：访问 3 份，有效 2 份，无效 1 份"), cli.out());
        assertTrue(cli.out().contains("Q1 = 1 / 2 = 50.00%（问及 2 份：正面 1，非正面 1，不清楚 0 计入有效，未答 0）"), cli.out());
    }

    @Test
    void anUnknownRoundARoundWithoutAQuestionnaireAndAnUnwritableFileExitTwoWithOneSentence() throws Exception {
        Path out = temp.resolve("问卷调查.xlsx");
        assertEquals(2, cli.run("--lang", "en", "report", "survey", "--round", "乙轮", out.toString()));
        assertEquals(List.of("No round \"乙轮\": see round list"), cli.err().lines().toList());
        assertEquals(2, cli.run("--lang", "en", "report", "survey", "--round", "丙轮", out.toString()));
        assertEquals(List.of("Round \"丙轮\" has no questionnaire yet: use survey pin --round ROUND --questionnaire ID"), cli.err().lines().toList());
        assertEquals(2, cli.run("report", "survey", "--round", "丙轮", out.toString()));
        assertEquals(List.of("轮次“丙轮”还没有指定问卷：请先执行 survey pin --round 轮次 --questionnaire 问卷编号"), cli.err().lines().toList());
        assertFalse(Files.exists(out));

        // A file where the folder should be: its folder cannot be made.
        Path file = Files.writeString(temp.resolve("不是文件夹"), "");
        Path inside = file.resolve("问卷调查.xlsx");
        assertEquals(2, cli.run("--lang", "en", "report", "survey", "--round", "甲轮", inside.toString()));
        assertEquals(List.of("Cannot write " + inside + ": the place does not exist, is not a folder or may not be written to (" + file
                + "); nothing was written"), cli.err().lines().toList());
        assertEquals(2, cli.run("report", "survey", "--round", "甲轮", inside.toString()));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertEquals(2, cli.run("--lang", "en", "report", "survey", "--round", "甲轮", temp.resolve("问卷调查.csv").toString()));
        assertEquals(1, cli.err().lines().count(), cli.err());
    }
}
