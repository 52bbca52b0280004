package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code survey scores --weighted}: the figures weighted to the plan's population profile, each weight explained; refused
 * with one sentence when the plan has none. The figures are worked by hand in {@code WeightedSurveyTest}: 知晓率 5/12.
 */
class SurveyWeightedCommandTest {

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void aRoundWithAnAgeQuestionAndFourInterviews() throws Exception {
        cli = new CliSession(temp.resolve("ws"));
        cli.run("indicators", "import", "--sample");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-11-20", "--end", "2026-11-22");
        Path questionnaire = new WorkbookBuilder().sheet("问卷题目")
                .row("题号", "题目", "题型", "甄别题", "跳题条件", "指数", "权重")
                .row("S1", "您的年龄", "单选", "是", "", "", "")
                .row("Q1", "您是否知道本市正在创建全国文明城市", "是否", "", "", "知晓率", 1)
                .sheet("选项").row("题号", "选项代码", "选项", "计为正向", "不读出", "作废")
                .row("S1", 0, "未满18岁", "", "", "是").row("S1", 1, "18–34岁", "", "", "").row("S1", 2, "35–59岁", "", "", "")
                .row("S1", 3, "60岁及以上", "", "", "")
                .row("Q1", 1, "知道", "是", "", "").row("Q1", 2, "不知道", "", "", "")
                .save(temp, "问卷.xlsx");
        cli.run("survey", "questionnaire", "import", questionnaire.toString());
        cli.run("survey", "questionnaires", "--json");
        String id = cli.out().replaceAll("(?s).*\"id\" : \"([0-9a-f-]+)\".*", "$1");
        cli.run("survey", "pin", "--round", "甲轮", "--questionnaire", id);
        Path paper = Files.writeString(temp.resolve("纸质问卷.csv"), "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,Q1\n"
                + "D01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,1,1\n"
                + "D02,王芳,城东区,入户,2026-11-20 10:00,2026-11-20 10:12,否,1,1\n"
                + "D03,王芳,城东区,入户,2026-11-20 11:00,2026-11-20 11:12,否,1,2\n"
                + "D04,王芳,城东区,入户,2026-11-20 14:00,2026-11-20 14:12,否,2,2\n");
        assertEquals(0, cli.run("survey", "score", "--round", "甲轮", paper.toString()), cli.err());
    }

    @Test
    void weighsOnlyWhenAskedAndExplainsEveryWeight() throws Exception {
        assertEquals(2, cli.run("--lang", "en", "survey", "scores", "--round", "甲轮", "--weighted"));
        assertEquals("The survey plan of round \"甲轮\" has no population profile to weight to: fill in its sheet 人口结构 and import it with"
                + " survey plan import", cli.err().strip());

        Path plan = new WorkbookBuilder().sheet("人口结构").row("区", "题号", "选项代码", "人口占比")
                .row("全市", "S1", "1", 50).row("全市", "S1", "2", 30).row("全市", "S1", "3", 20)
                .save(temp, "样本计划.xlsx");
        assertEquals(0, cli.run("survey", "plan", "import", "--round", "甲轮", plan.toString()), cli.err());

        assertEquals(0, cli.run("--lang", "en", "survey", "scores", "--round", "甲轮"), cli.err());
        assertTrue(cli.out().contains("  知晓率 = 2/4 = 50.00%"), "unweighted by default: " + cli.out());

        assertEquals(0, cli.run("--lang", "en", "survey", "scores", "--round", "甲轮", "--weighted"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("Cells without interviews (their population share goes to the other cells of the district in proportion): 城东区 3 60岁及以上"), out);
        assertTrue(out.contains("  知晓率（加权） = 1.67/4 = 41.67%"), out);
        assertTrue(out.contains("  Q1（加权）= (2 × 0.83) / (3 × 0.83 + 1 × 1.5) = 1.67 / 4 = 41.67%"), out);
        assertTrue(out.contains("1 18–34岁 人口 50%，样本 3/4，权重 = (50% ÷ 80%) ÷ 3/4 = 0.83"), out);

        assertEquals(0, cli.run("survey", "scores", "--round", "甲轮", "--weighted", "--json"), cli.err());
        assertTrue(cli.out().contains("\"weighted\" : true"), cli.out());
        assertTrue(cli.out().contains("\"emptyCells\" : [ \"城东区 3 60岁及以上\" ]"), cli.out());
    }
}
