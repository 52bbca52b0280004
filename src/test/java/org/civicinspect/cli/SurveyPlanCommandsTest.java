package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code survey plan import|export|show}, {@code survey sample-size} and {@code survey print}: exit 0 on success, 2
 * with one sentence (or one line per problem) when refused.
 */
class SurveyPlanCommandsTest {

    private static final String SAMPLE = Path.of("assets", "sample-questionnaire.xlsx").toAbsolutePath().toString();

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void aWorkspace() {
        cli = new CliSession(temp.resolve("ws"));
    }

    private void aRoundWithTheSampleQuestionnaireAndTwoInterviewers() {
        cli.run("indicators", "import", "--sample");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-11-20", "--end", "2026-11-22");
        cli.run("survey", "questionnaire", "import", SAMPLE);
        cli.run("survey", "questionnaires", "--json");
        String id = cli.out().replaceAll("(?s).*\"id\" : \"([0-9a-f-]+)\".*", "$1");
        cli.run("survey", "pin", "--round", "甲轮", "--questionnaire", id);
        cli.run("people", "add", "--name", "王芳");
        cli.run("people", "add", "--name", "李强");
    }

    private Path plan() throws Exception {
        return new WorkbookBuilder()
                .sheet("样本配额").row("区", "方式", "目标数").row("城东区", "入户", 300).row("城东区", "电话", 100).row("城西区", "街访", 300)
                .sheet("访问员分配").row("访问员", "区", "方式", "目标数").row("王芳", "城东区", "入户", 150).row("李强", "城东区", "入户", 150)
                .save(temp, "样本计划.xlsx");
    }

    @Test
    void theSampleSizeIs385PerDistrictAt95PercentWithinFivePoints() {
        assertEquals(0, cli.run("--lang", "en", "survey", "sample-size"), cli.err());
        assertEquals(List.of("n = 1.96² × 0.5 × (1 − 0.5) / 0.05² = 384.16 → 385",
                "385 valid interviews per reporting unit (each district) for a rate within ±5% at 95% confidence"), cli.out().lines().toList());

        assertEquals(0, cli.run("--lang", "en", "survey", "sample-size", "--confidence", "99%", "--margin", "0.03", "--p", "50%"), cli.err());
        // 2.576² × 0.25 / 0.0009 = 1843.27… → 1844
        assertTrue(cli.out().startsWith("n = 2.576² × 0.5 × (1 − 0.5) / 0.03² = 1843.27 → 1844"), cli.out());

        assertEquals(2, cli.run("--lang", "en", "survey", "sample-size", "--confidence", "97"));
        assertEquals("Confidence \"97\" is not one the sample size knows: use 90、95、99", cli.err().strip());
        assertEquals(2, cli.run("--lang", "en", "survey", "sample-size", "--margin", "五"));
        assertEquals("--margin \"五\" is not a share between 0 and 1 (write it as 0.05, 5 or 5%)", cli.err().strip());
    }

    @Test
    void withARoundTheSampleSizeChecksEachDistrictsPlannedTarget() throws Exception {
        aRoundWithTheSampleQuestionnaireAndTwoInterviewers();
        assertEquals(0, cli.run("survey", "plan", "import", "--round", "甲轮", plan().toString()), cli.err());
        assertEquals(0, cli.run("--lang", "en", "survey", "sample-size", "--round", "甲轮"), cli.err());
        assertEquals(List.of("n = 1.96² × 0.5 × (1 − 0.5) / 0.05² = 384.16 → 385",
                "385 valid interviews per reporting unit (each district) for a rate within ±5% at 95% confidence",
                "Survey plan of round 甲轮:",
                "  城东区: 400 planned, enough",
                "  城西区: 300 planned, 85 short",
                "  city: 700 planned; 2 districts need 770"), cli.out().lines().toList());
    }

    @Test
    void importsShowsAndExportsAPlanAndPrintsThePaperQuestionnaire() throws Exception {
        aRoundWithTheSampleQuestionnaireAndTwoInterviewers();
        assertEquals(0, cli.run("--lang", "en", "survey", "plan", "import", "--round", "甲轮", plan().toString()), cli.err());
        assertEquals(List.of("Round 甲轮 now has 3 targets by district and method (700 valid interviews), 0 profile targets and 2 interviewer quotas",
                "  样本配额!C3: 城东区 电话: the target is 100 and 访问员分配 hands out 0",
                "  样本配额!C4: 城西区 街访: the target is 300 and 访问员分配 hands out 0"), cli.out().lines().toList());
        Path paper = Files.writeString(temp.resolve("纸质问卷.csv"), "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1\n"
                + "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1\n"
                + "A02,李强,城东区,入户,2026-11-20 10:00,2026-11-20 10:13,否,1,1,2\n");
        assertEquals(0, cli.run("survey", "score", "--round", "甲轮", paper.toString()), cli.err());

        assertEquals(0, cli.run("--lang", "en", "survey", "plan", "show", "--round", "甲轮"), cli.err());
        assertEquals(List.of(
                "Round 甲轮, questionnaire 文明城市创建市民问卷——示例（非官方文本） v1: 1 valid of 700 planned, 699 to go; 1 invalid",
                "By district and method:",
                "  城东区 home visit: 1/300 valid, 299 to go, 1 invalid",
                "  城东区 phone: 0/100 valid, 100 to go, 0 invalid",
                "  城西区 street: 0/300 valid, 300 to go, 0 invalid",
                "By district:",
                "  城东区: 1/400 valid, 399 to go, 1 invalid",
                "  城西区: 0/300 valid, 300 to go, 0 invalid",
                "By interviewer:",
                "  王芳 城东区 home visit: 1/150 valid, 149 to go, 0 invalid",
                "  李强 城东区 home visit: 0/150 valid, 150 to go, 1 invalid"), cli.out().lines().toList());
        assertEquals(0, cli.run("survey", "plan", "show", "--round", "甲轮"), cli.err());
        assertTrue(cli.out().contains("  王芳 城东区 入户：有效 1/150，还差 149，无效 0"), cli.out());

        Path out = temp.resolve("导出.xlsx");
        assertEquals(0, cli.run("survey", "plan", "export", "--round", "甲轮", out.toString()), cli.err());
        assertTrue(Files.isRegularFile(out));
        assertEquals(2, cli.run("survey", "plan", "export", "--round", "甲轮", temp.resolve("导出.csv").toString()));

        Path paperForm = temp.resolve("纸质问卷.xlsx");
        assertEquals(0, cli.run("--lang", "en", "survey", "print", "--round", "甲轮", paperForm.toString()), cli.err());
        assertEquals("Wrote the paper questionnaire 文明城市创建市民问卷——示例（非官方文本） v1 to " + paperForm, cli.out().strip());
        assertTrue(Files.isRegularFile(paperForm));
    }

    @Test
    void aRefusedPlanExitsTwoWithOneLinePerProblemAndKeepsThePlanBefore() throws Exception {
        aRoundWithTheSampleQuestionnaireAndTwoInterviewers();
        cli.run("survey", "plan", "import", "--round", "甲轮", plan().toString());
        Path bad = new WorkbookBuilder().sheet("样本配额").row("区", "方式", "目标数").row("城东区", "骑车", 10).row("城西区", "街访", "很多")
                .save(temp, "坏.xlsx");
        assertEquals(2, cli.run("--lang", "en", "survey", "plan", "import", "--round", "甲轮", bad.toString()));
        assertEquals(List.of(bad + " was not imported: 2 problems, the workspace is unchanged:",
                "  样本配额!B2: 方式 \"骑车\" is not understood: write 入户, 街访 or 电话",
                "  样本配额!C3: 目标数 \"很多\" is not a whole number from 0 to 100000"), cli.err().lines().toList());
        cli.run("--lang", "en", "survey", "plan", "show", "--round", "甲轮");
        assertTrue(cli.out().contains("0 valid of 700 planned"), cli.out());

        assertEquals(2, cli.run("--lang", "en", "survey", "plan", "show", "--round", "丙轮"));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
}
