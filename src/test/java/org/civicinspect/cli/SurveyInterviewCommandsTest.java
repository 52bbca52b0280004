package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code survey pin}, {@code survey score FILE.csv} and {@code survey scores}: paper questionnaires typed in and the
 * round's figures, exit 2 with one sentence (or one line per problem) when refused.
 */
class SurveyInterviewCommandsTest {

    private static final String SAMPLE = Path.of("assets", "sample-questionnaire.xlsx").toAbsolutePath().toString();

    @TempDir Path temp;
    private CliSession cli;
    private Path paper;

    @BeforeEach
    void aRoundAndTheSampleQuestionnaire() throws Exception {
        cli = new CliSession(temp.resolve("ws"));
        cli.run("indicators", "import", "--sample");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-11-20", "--end", "2026-11-22");
        cli.run("survey", "questionnaire", "import", SAMPLE);
        // A01 valid (Q1 知道), A02 valid but 3 minutes (Q1 不知道), A03 screened out: 知晓率 1/2 in 城东区 and the city.
        paper = Files.writeString(temp.resolve("纸质问卷.csv"), "\uFEFF访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1\n"
                + "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1\n"
                + "A02,王芳,城东区,电话,2026-11-20 10:00,2026-11-20 10:03,否,2,1,2\n"
                + "A03,王芳,城东区,街访,2026-11-20 11:00,2026-11-20 11:10,否,1,1,1\n");
    }

    private String questionnaireId() {
        cli.run("survey", "questionnaires", "--json");
        return cli.out().replaceAll("(?s).*\"id\" : \"([0-9a-f-]+)\".*", "$1");
    }

    @Test
    void pinsTypesInAndScoresTheRound() {
        assertEquals(0, cli.run("--lang", "en", "survey", "pin", "--round", "甲轮", "--questionnaire", questionnaireId().substring(0, 8)), cli.err());
        assertEquals("Round 甲轮 uses 文明城市创建市民问卷——示例（非官方文本） v1 for its survey", cli.out().strip());

        assertEquals(0, cli.run("--lang", "en", "survey", "score", "--round", "甲轮", paper.toString()), cli.err());
        assertEquals("Stored 3 interviews from " + paper + "; 0 were already stored as given", cli.out().strip());
        assertEquals(0, cli.run("--lang", "en", "survey", "score", "--round", "甲轮", paper.toString()), cli.err());
        assertEquals("Stored 0 interviews from " + paper + "; 3 were already stored as given", cli.out().strip());

        assertEquals(0, cli.run("--lang", "en", "survey", "scores", "--round", "甲轮"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertEquals("Round 甲轮, questionnaire 文明城市创建市民问卷——示例（非官方文本） v1; an interview shorter than 5 minutes is flagged for review"
                + " and still counts", lines.get(0));
        assertEquals("全市: 3 interviews, 2 valid, 1 invalid", lines.get(1));
        assertEquals("  知晓率 = 1/2 = 50.00%（Q2、Q3 无有效回答，不计入）", lines.get(2));
        assertTrue(cli.out().contains("城东区: 3 interviews, 2 valid, 1 invalid"), cli.out());
        assertTrue(cli.out().contains("需复核 1 份（仍计入）：A02（用时 3分，短于 5分）"), cli.out());

        assertEquals(0, cli.run("survey", "scores", "--round", "甲轮", "--json", "--minimum-minutes", "2"));
        assertTrue(cli.out().contains("\"minimumMinutes\" : 2"), cli.out());
        assertTrue(cli.out().contains("\"percent\" : 50.00"), cli.out());
        assertTrue(cli.out().contains("\"explanation\" : \"A03：甄别不符（S1 选 未满 18 周岁）\""), cli.out());
        assertTrue(cli.out().contains("\"flaggedForReview\" : 0"), "with a minimum of 2 minutes nobody is too fast: " + cli.out());
    }

    @Test
    void aRoundWithoutAQuestionnaireAndAFileWithErrorsExitTwo() throws Exception {
        assertEquals(2, cli.run("--lang", "en", "survey", "score", "--round", "甲轮", paper.toString()));
        assertEquals("Round \"甲轮\" has no questionnaire yet: use survey pin --round ROUND --questionnaire ID", cli.err().strip());
        assertEquals(2, cli.run("--lang", "en", "survey", "scores", "--round", "甲轮"));
        assertEquals(2, cli.run("--lang", "en", "survey", "pin", "--round", "乙轮", "--questionnaire", questionnaireId()));
        assertEquals("No round \"乙轮\": see round list", cli.err().strip());

        cli.run("survey", "pin", "--round", "甲轮", "--questionnaire", questionnaireId());
        Path bad = Files.writeString(temp.resolve("bad.csv"), "访问编号,访问员,区,方式,开始,结束,中途放弃,Q1\nA01,王芳,城东区,入户,2026-11-20 09:00,,否,5\n");
        assertEquals(2, cli.run("--lang", "en", "survey", "score", "--round", "甲轮", bad.toString()));
        assertEquals(List.of(bad + " was not recorded: 1 problem, the workspace is unchanged:", "  bad.csv:2:Q1: question Q1 has no option 5"),
                cli.err().lines().toList());
        assertEquals(0, cli.run("--lang", "en", "survey", "scores", "--round", "甲轮"));
        assertTrue(cli.out().contains("全市: 0 interviews, 0 valid, 0 invalid"), cli.out());
    }
}
