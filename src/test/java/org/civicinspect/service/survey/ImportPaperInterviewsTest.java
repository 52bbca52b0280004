package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Progress;
import org.civicinspect.scoring.InterviewValidity;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paper questionnaires typed in from a CSV file, then scored. Six interviews against the sample questionnaire
 * (assets/sample-questionnaire.xlsx), worked by hand:
 *
 * <pre>
 * 城东区 A01 有效，12 分钟   S1=2 S2=1 Q1=1 Q4=1 Q5=1;3 Q7=1 Q11=1 Q12=多设垃圾桶
 *        A02 有效，3 分钟：需复核   Q1=2 Q4=2 Q7=1 Q11=3
 *        A06 回答不明确：Q7=9 说不清
 * 城西区 A03 甄别不符：S1=1 未满 18 周岁
 *        A04 中途放弃
 *        A05 有效，20 分钟   Q1=9 不清楚（计入作答，非正面） Q4=1 Q5=4 Q7=2 Q11=2
 *
 * 有效：城东 A01 A02，城西 A05，全市 3 份。Q2 Q3 Q6 Q8 Q9 Q10 无人作答，不计入各自的指数。
 *              城东        城西       全市
 * 知晓率 = Q1  1/2 = 50%   0/1 = 0%   1/3 = 33.33%
 * 参与率 = Q4  1/2 = 50%   1/1 = 100% 2/3 = 66.67%
 * 支持率 = Q7  2/2 = 100%  0/1 = 0%   2/3 = 66.67%
 * 满意度 = Q11 1/2 = 50%   1/1 = 100% 2/3 = 66.67%
 * </pre>
 */
class ImportPaperInterviewsTest {

    private static final String HEADER = "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1,Q4,Q5,Q7,Q11,Q12";
    private static final List<String> LINES = List.of(
            "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1,1,1;3,1,1,多设垃圾桶",
            "A02,王芳,城东区,街访,2026-11-20 10:00,2026-11-20 10:03,否,2,1,2,2,,1,3,",
            "A03,李强,城西区,电话,2026-11-20 11:00,2026-11-20 11:10,否,1,1,1,1,2,1,1,",
            "A04,李强,城西区,入户,2026-11-20 14:00,2026-11-20 14:08,是,2,1,1,,,,,",
            "A05,李强,城西区,入户,2026-11-20 15:00,2026-11-20 15:20,,2,1,9,1,4,2,2,",
            "A06,王芳,城东区,入户,2026-11-21 09:00,2026-11-21 09:15,否,2,1,1,2,,9,1,");

    @TempDir Path temp;
    private Services services;
    private String roundId;

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        String questionnaire = services.importQuestionnaire().run(Path.of("assets", "sample-questionnaire.xlsx"), null, Progress.NONE)
                .questionnaire().id();
        roundId = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "").id();
        services.pinQuestionnaire().run("甲轮", questionnaire);
    }

    private Path csv(String name, boolean bom, String header, List<String> lines) throws Exception {
        String text = (bom ? "\uFEFF" : "") + header + "\n" + String.join("\n", lines) + "\n";
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Map<String, Long> counts() {
        return services.workspace().read(tx -> tx.interviews().tableCounts());
    }

    @Test
    void aTypedInFileScoresAsWorkedOutByHand() throws Exception {
        ImportPaperInterviews.Result result = services.importPaperInterviews().run("甲轮", csv("纸质问卷.csv", true, HEADER, LINES));
        assertEquals(List.of(), result.errors().stream().map(Messages::describe).toList());
        assertEquals(6, result.recorded());

        ScoreSurvey.Result scores = services.scoreSurvey().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION);
        assertEquals(Duration.ofMinutes(5), scores.minimumDuration());
        SurveyGroup city = scores.scores().city();
        assertEquals(List.of("A01", "A02", "A05"), city.valid().stream().map(InterviewValidity::interviewId).toList());
        assertEquals(Map.of("A03", InterviewValidity.Reason.SCREENED_OUT, "A04", InterviewValidity.Reason.ABANDONED,
                "A06", InterviewValidity.Reason.VAGUE_ANSWER), reasons(city));
        assertEquals(List.of("A02"), city.flaggedForReview().stream().map(InterviewValidity::interviewId).toList());
        assertEquals(Map.of("知晓率", "33.33", "参与率", "66.67", "支持率", "66.67", "满意度", "66.67"), percents(city));
        assertEquals(Map.of("知晓率", "50.00", "参与率", "50.00", "支持率", "100.00", "满意度", "50.00"),
                percents(scores.scores().byDistrict().get("城东区")));
        assertEquals(Map.of("知晓率", "0.00", "参与率", "100.00", "支持率", "0.00", "满意度", "100.00"),
                percents(scores.scores().byDistrict().get("城西区")));

        Interview first = services.workspace().read(tx -> tx.interviews().find(roundId, "A01")).orElseThrow();
        assertEquals(List.of("1", "3"), first.answer("Q5"));
        assertEquals(List.of("多设垃圾桶"), first.answer("Q12"));
        assertEquals(Duration.ofMinutes(12), Duration.between(first.startedAt(), first.endedAt()));
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTimeAndAChangedLineReplacesItsInterview() throws Exception {
        Path file = csv("纸质问卷.csv", false, HEADER, LINES);
        services.importPaperInterviews().run("甲轮", file);
        Map<String, Long> before = counts();
        List<Interview> stored = services.workspace().read(tx -> tx.interviews().ofRound(roundId));
        long audited = services.workspace().read(tx -> tx.audit().count());

        ImportPaperInterviews.Result again = services.importPaperInterviews().run("甲轮", file);
        assertEquals(new ImportPaperInterviews.Result(0, 6, List.of()), again);
        assertEquals(before, counts());
        assertEquals(stored, services.workspace().read(tx -> tx.interviews().ofRound(roundId)), "versions unchanged too");
        assertEquals(audited, (long) services.workspace().read(tx -> tx.audit().count()), "nothing to record in the audit log");

        Path corrected = csv("改正.csv", false, HEADER, List.of(LINES.get(0).replace(",1;3,", ",2,")));
        assertEquals(new ImportPaperInterviews.Result(1, 0, List.of()), services.importPaperInterviews().run("甲轮", corrected));
        Interview a01 = services.workspace().read(tx -> tx.interviews().find(roundId, "A01")).orElseThrow();
        assertEquals(List.of("2"), a01.answer("Q5"));
        assertEquals(2, a01.version());
    }

    @Test
    void aHostileFileGivesEveryErrorByLineAndColumnAndStoresNothing() throws Exception {
        Map<String, Long> before = counts();
        Path file = csv("坏.csv", true, HEADER + ",Q99", List.of(
                "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,7,1,1、3,1;2,1,,",
                "A02,王芳,城东区,骑车,2026-11-20 25:00,昨天,也许,2,1,1,1,,1,1,,",
                "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1,1,,1,1,,"));
        ImportPaperInterviews.Result result = services.importPaperInterviews().run("甲轮", file);
        assertEquals(List.of(
                "坏.csv:1:Q99: column Q99 is not a question of 文明城市创建市民问卷——示例（非官方文本） v1",
                "坏.csv:2:Q1: question Q1 has no option 7",
                "坏.csv:2:Q7: question Q7 takes one option, not 1、2",
                "坏.csv:3:方式: 方式 \"骑车\" is not understood: write 入户, 街访 or 电话",
                "坏.csv:3:开始: the time \"2026-11-20 25:00\" is not understood: write it as 2026-11-20 09:30",
                "坏.csv:3:结束: the time \"昨天\" is not understood: write it as 2026-11-20 09:30",
                "坏.csv:3:中途放弃: 中途放弃 \"也许\" is not understood: write 是 or 否",
                "坏.csv:4:访问编号: line 2 of this file already has interview A01: keep one of the two lines"),
                result.errors().stream().map(ImportPaperInterviewsTest::english).toList());
        assertEquals(before, counts());
    }

    @Test
    void aNumberThatIsNotANumberAndAMissingColumnAreNamed() throws Exception {
        Services tiny = TestWorkspaces.open(temp.resolve("tiny"));
        RecordInterviewTest.roundWithTiny(tiny);
        tiny.pinQuestionnaire().run("甲轮", "tiny-questionnaire");
        Path notANumber = csv("年龄.csv", false, "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,Q1",
                List.of("B01,王芳,城东区,电话,2026-11-20 09:00,2026-11-20 09:10,否,三十四,1"));
        assertEquals(List.of("年龄.csv:2:S1: question S1 takes a number, not \"三十四\""),
                tiny.importPaperInterviews().run("甲轮", notANumber).errors().stream().map(ImportPaperInterviewsTest::english).toList());
        Path noEnd = csv("缺列.csv", false, "访问编号,访问员,区,方式,开始,中途放弃,Q1", List.of("B01,王芳,城东区,电话,2026-11-20 09:00,否,1"));
        assertEquals(List.of("缺列.csv:1: the header has no column 结束: it needs 访问编号, 访问员, 区, 方式, 开始, 结束, 中途放弃, then one column per"
                + " question code"), tiny.importPaperInterviews().run("甲轮", noEnd).errors().stream().map(ImportPaperInterviewsTest::english).toList());
        assertEquals(0L, tiny.workspace().read(tx -> tx.interviews().tableCounts()).get("interview"));
    }

    @Test
    void aFileSavedInGbkOrWithoutInterviewsIsRefusedInOneSentence() throws Exception {
        Path gbk = Files.write(temp.resolve("gbk.csv"), (HEADER + "\n" + LINES.get(0) + "\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(List.of("gbk.csv is not UTF-8: in Excel, Save As → CSV UTF-8 (comma delimited), then try again"),
                services.importPaperInterviews().run("甲轮", gbk).errors().stream().map(ImportPaperInterviewsTest::english).toList());
        Path empty = csv("空.csv", true, HEADER, List.of());
        assertEquals(List.of("空.csv holds no interview"),
                services.importPaperInterviews().run("甲轮", empty).errors().stream().map(ImportPaperInterviewsTest::english).toList());
        assertEquals(0L, counts().get("interview"));
    }

    private static String english(org.civicinspect.model.SheetProblem problem) {
        Messages.use("en");
        try {
            return Messages.describe(problem);
        } finally {
            Messages.use("zh");
        }
    }

    private static Map<String, InterviewValidity.Reason> reasons(SurveyGroup group) {
        Map<String, InterviewValidity.Reason> reasons = new LinkedHashMap<>();
        group.excluded().forEach(i -> reasons.put(i.interviewId(), i.reason()));
        return reasons;
    }

    private static Map<String, String> percents(SurveyGroup group) {
        Map<String, String> percents = new LinkedHashMap<>();
        group.indices().forEach((name, index) -> percents.put(name, Rounding.percent(index.value()).toPlainString()));
        return percents;
    }
}
