package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import org.civicinspect.service.Services;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.service.survey.SurveyPlanProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report survey}, the bulletin's 问卷调查 section and the home screen's survey line for {@link HandWorkedSurvey},
 * every figure worked out on paper and read back from the written workbooks.
 *
 * <pre>
 * Valid interviews: 城东 A01 A02 (2), 城西 B01 B03 B04 (3), the city pooled (5).
 *              全市                     城东区                 城西区
 * Q1  (知晓)   A01 B01 B04 正面, B03 不清楚, A02 非正面
 *              3/5 = 60.00% (不清楚 1)  1/2 = 50.00%           2/3 = 66.67% (不清楚 1)
 * Q2  (知晓)   A01 B03 B04 正面, A02 不清楚, B01 非正面
 *              3/5 = 60.00% (不清楚 1)  1/2 = 50.00% (不清楚 1) 2/3 = 66.67%
 * Q3  (知晓)   asked 5, answered 0: —
 * Q4  (参与)   A01 B01 B04 正面         3/5 = 60.00%           1/2 = 50.00%           2/3 = 66.67%
 * Q7  (支持)   all but B01 正面         4/5 = 80.00%           2/2 = 100.00%          2/3 = 66.67%
 * Q9  (满意,1) A01 B01 B04 正面         3/5 = 60.00%           1/2 = 50.00%           2/3 = 66.67%
 * Q11 (满意,2) A01 A02 B03 正面         3/5 = 60.00%           2/2 = 100.00%          1/3 = 33.33%
 *
 * 知晓率 = (1 × Q1 + 1 × Q2) / 2 (Q3 left out): 60.00%, 50.00%, 66.67%
 * 参与率 = Q4 (Q6 left out):                   60.00%, 50.00%, 66.67%
 * 支持率 = Q7 (Q8 left out):                   80.00%, 100.00%, 66.67%   (the city is not the mean of 100 and 66.67)
 * 满意度 = (1 × Q9 + 2 × Q11) / 3 (Q10 out):   (3/5 + 6/5) / 3 = 60.00%, (1/2 + 2) / 3 = 83.33%, (2/3 + 2/3) / 3 = 44.44%
 *
 * 09-01-01 (4 分, Q1):  4 × 60% = 2.40, 4 × 50% = 2.00, 4 × 2/3 = 2.67
 * 09-01-02 (3 分, Q11): 3 × 60% = 1.80, 3 × 100% = 3.00, 3 × 1/3 = 1.00
 * 09-01-09 (2 分, no question): —
 *
 * Against the plan (HandWorkedSurvey), valid interviews ÷ target:
 * 城东区 入户 A01 1/2 = 50.00%, 街访 0/2 = 0.00% (A03 甄别不符), 电话 A02 计划外; 小计 2/4 = 50.00%
 * 城南区 入户 0/3 = 0.00%, no interview
 * 城西区 入户 B01 1/2 = 50.00%, 街访 B03 1/1 = 100.00% (B02 放弃), 电话 B04 计划外; 小计 3/3 = 100.00% (B04 counts, unplanned)
 * 全市   入户 2/(2+2+3) = 28.57%, 街访 1/(2+1) = 33.33%, 电话 计划外; 合计 5/10 = 50.00%
 * 样本结构 全市 S2=1: all 5 valid, 5/8 = 62.50%; 城西区 S1=2: B01 B03 B04, 3/4 = 75.00%; 城南区 S2=1: 0/2 = 0.00%
 * 访问员   李强 4 份, valid B01 B03 B04 (20, 8, 6 分: median 8分), 放弃 B02, target 2 + 1 = 3, 3/3 = 100.00%
 *          王芳 4 份, valid A01 A02 (12, 3 分: median 7分30秒), 甄别 A03, 不明确 A04, 需复核 A02, target 4, 2/4 = 50.00%
 *          赵敏 no interview, median —, target 3, 0.00%;  合计 8 份, valid median 8分, target 10, 5/10 = 50.00%
 * </pre>
 */
class SurveyReportOfAHandWorkedRoundTest {

    @TempDir static Path temp;
    private static Services services;
    private static Path report;
    /** The same interviews reported before the plan was imported. */
    private static Path withoutPlan;
    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    @BeforeAll
    static void aSurveyedRound() throws Exception {
        services = HandWorkedSurvey.build(temp.resolve("ws"), temp);
        withoutPlan = temp.resolve("问卷调查-无计划.xlsx");
        services.exportSurveyReport().run(HandWorkedSurvey.ROUND, ScoreSurvey.DEFAULT_MINIMUM_DURATION, withoutPlan);
        HandWorkedSurvey.plan(services, temp);
        report = temp.resolve("问卷调查.xlsx");
        services.exportSurveyReport().run(HandWorkedSurvey.ROUND, ScoreSurvey.DEFAULT_MINIMUM_DURATION, report);
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : SHOWN.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private static int rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(SHOWN.formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + first);
    }

    @Test
    void everySheetStatesItsScopeAndPrintsOnA4WithItsHeaderRepeated() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("题目得分率", "指数", "测评标准", "样本", "样本结构", "访问员", "访问明细", "计算说明"), names);
            for (Sheet sheet : workbook) {
                assertTrue(row(sheet, 0).get(0).startsWith("第1期 问卷调查 "), sheet.getSheetName());
                String scope = row(sheet, 1).get(0);
                assertTrue(scope.startsWith("统计范围：第1期，问卷 文明城市创建市民问卷——示例（非官方文本） v1；计入有效访问 5 份（共访问 8 份，无效 3 份不计入）；"
                        + "用时短于 5分 的有效访问标注需复核，仍计入（1 份）；全市按全市有效访问合并计算，不取各区平均"), scope);
                // The latest time among the interviews: A04 ended at 12:15.
                assertTrue(scope.endsWith("数据截至 2026-11-20 12:15"), scope);
                assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                // Title, scope and column headers head every printed page.
                assertEquals(List.of(0, 2), List.of(sheet.getRepeatingRows().getFirstRow(), sheet.getRepeatingRows().getLastRow()));
                assertTrue(sheet.getHeader().getCenter().startsWith("第1期　问卷 文明城市创建市民问卷——示例（非官方文本） v1　数据截至 2026-11-20 12:15"),
                        sheet.getHeader().getCenter());
            }
        }
    }

    @Test
    void theSameInterviewsGiveTheSameFileByteForByte() throws Exception {
        Path again = temp.resolve("问卷调查-再次.xlsx");
        services.exportSurveyReport().run(HandWorkedSurvey.ROUND, ScoreSurvey.DEFAULT_MINIMUM_DURATION, again);
        assertEquals(-1L, java.nio.file.Files.mismatch(report, again));
    }

    @Test
    void eachQuestionsRateInEachDistrictAndTheCity() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet sheet = workbook.getSheet("题目得分率");
            assertEquals(List.of("题号", "题目", "指数（权重）", "范围", "问及", "有效回答", "正面", "其中不清楚", "得分率(%)"), row(sheet, 2));
            int q1 = rowOf(sheet, "Q1");
            assertEquals(List.of("Q1", "您是否听说过本市正在创建全国文明城市？", "知晓率（1）", "全市", "5", "5", "3", "1", "60.00"), row(sheet, q1));
            assertEquals(List.of("", "", "", "城东区", "2", "2", "1", "0", "50.00"), row(sheet, q1 + 1));
            assertEquals(List.of("", "", "", "城西区", "3", "3", "2", "1", "66.67"), row(sheet, q1 + 2));
            int q2 = rowOf(sheet, "Q2");
            assertEquals(List.of("全市", "5", "5", "3", "1", "60.00"), row(sheet, q2).subList(3, 9));
            assertEquals(List.of("城东区", "2", "2", "1", "1", "50.00"), row(sheet, q2 + 1).subList(3, 9));
            assertEquals(List.of("城西区", "3", "3", "2", "0", "66.67"), row(sheet, q2 + 2).subList(3, 9));
            // Asked of every valid interview, answered by none: no rate, never 0.
            assertEquals(List.of("全市", "5", "0", "0", "0", "—"), row(sheet, rowOf(sheet, "Q3")).subList(3, 9));
            int q4 = rowOf(sheet, "Q4");
            assertEquals(List.of("60.00", "50.00", "66.67"), List.of(row(sheet, q4).get(8), row(sheet, q4 + 1).get(8), row(sheet, q4 + 2).get(8)));
            int q7 = rowOf(sheet, "Q7");
            assertEquals(List.of("全市", "5", "5", "4", "0", "80.00"), row(sheet, q7).subList(3, 9));
            assertEquals(List.of("城东区", "2", "2", "2", "0", "100.00"), row(sheet, q7 + 1).subList(3, 9));
            assertEquals(List.of("城西区", "3", "3", "2", "0", "66.67"), row(sheet, q7 + 2).subList(3, 9));
            int q9 = rowOf(sheet, "Q9");
            assertEquals(List.of("满意度（1）", "全市", "5", "5", "3", "0", "60.00"), row(sheet, q9).subList(2, 9));
            int q11 = rowOf(sheet, "Q11");
            assertEquals(List.of("满意度（2）", "全市", "5", "5", "3", "0", "60.00"), row(sheet, q11).subList(2, 9));
            assertEquals(List.of("城东区", "2", "2", "2", "0", "100.00"), row(sheet, q11 + 1).subList(3, 9));
            assertEquals(List.of("城西区", "3", "3", "1", "0", "33.33"), row(sheet, q11 + 2).subList(3, 9));
            // Q5 has no positive option and Q12 is open text: neither is scored; S1 and S2 are screening questions.
            for (String unscored : List.of("Q5", "Q12", "S1", "S2")) {
                assertFalse(sheet.getSheetName().isEmpty() || hasRow(sheet, unscored), unscored);
            }
        }
    }

    private static boolean hasRow(Sheet sheet, String first) {
        try {
            rowOf(sheet, first);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    @Test
    void theIndicesOfTheCityPooledAndOfEachDistrict() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet sheet = workbook.getSheet("指数");
            assertEquals(List.of("范围", "访问", "有效访问", "知晓率(%)", "参与率(%)", "支持率(%)", "满意度(%)"), row(sheet, 2));
            assertEquals(List.of("全市", "8", "5", "60.00", "60.00", "80.00", "60.00"), row(sheet, 3));
            assertEquals(List.of("城东区", "4", "2", "50.00", "50.00", "100.00", "83.33"), row(sheet, 4));
            assertEquals(List.of("城西区", "4", "3", "66.67", "66.67", "66.67", "44.44"), row(sheet, 5));
        }
    }

    @Test
    void eachSurveyStandardEarnsItsPointsTimesTheRateOfItsQuestions() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet sheet = workbook.getSheet("测评标准");
            assertEquals(List.of("编码", "测评标准", "分值", "对应题目", "范围", "得分率(%)", "得分"), row(sheet, 2));
            assertEquals(List.of("09-01-01", "市民知晓创建工作", "4", "Q1", "全市", "60.00", "2.40"), row(sheet, 3));
            assertEquals(List.of("城东区", "50.00", "2.00"), row(sheet, 4).subList(4, 7));
            assertEquals(List.of("城西区", "66.67", "2.67"), row(sheet, 5).subList(4, 7));
            assertEquals(List.of("09-01-02", "市民对创建工作满意", "3", "Q11", "全市", "60.00", "1.80"), row(sheet, 6));
            assertEquals(List.of("城东区", "100.00", "3.00"), row(sheet, 7).subList(4, 7));
            assertEquals(List.of("城西区", "33.33", "1.00"), row(sheet, 8).subList(4, 7));
            // No question serves 09-01-09: one line, no score anywhere (never 0).
            assertEquals(List.of("09-01-09", "市民评价其他事项", "2", "（无）", "全市及各区县", "—", "—"), row(sheet, 9));
            assertEquals("得分 = 分值 × 对应题目的加权得分率；没有题目对应、或对应题目无人有效回答的标准不计分（“—”），不记 0 分。", row(sheet, 11).get(0));
        }
    }

    private static final List<String> SAMPLE_HEADER = List.of("区县", "访问方式", "访问", "有效", "目标", "达成率(%)", "无效",
            "其中\n中途放弃", "其中\n未结束", "其中\n甄别不符", "其中\n回答不明确", "需复核\n（用时过短）");

    @Test
    void theSampleByDistrictAndMethodAgainstThePlanWithInvalidInterviewsByReason() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet sheet = workbook.getSheet("样本");
            assertEquals("第1期 问卷调查 样本构成与计划", row(sheet, 0).get(0));
            assertEquals(SAMPLE_HEADER, row(sheet, 2));
            Map<Integer, List<String>> expected = new LinkedHashMap<>();
            expected.put(3, List.of("城东区", "入户", "2", "1", "2", "50.00", "1", "0", "0", "0", "1", "0"));     // A01; A04 说不清
            expected.put(4, List.of("城东区", "街访", "1", "0", "2", "0.00", "1", "0", "0", "1", "0", "0"));      // A03 未满 18 周岁
            expected.put(5, List.of("城东区", "电话", "1", "1", "计划外", "—", "0", "0", "0", "0", "0", "1"));   // A02, 3 分钟
            expected.put(6, List.of("城东区", "小计", "4", "2", "4", "50.00", "2", "0", "0", "1", "1", "1"));
            expected.put(7, List.of("城南区", "入户", "0", "0", "3", "0.00", "0", "0", "0", "0", "0", "0"));      // planned, none yet
            expected.put(8, List.of("城南区", "小计", "0", "0", "3", "0.00", "0", "0", "0", "0", "0", "0"));
            expected.put(9, List.of("城西区", "入户", "1", "1", "2", "50.00", "0", "0", "0", "0", "0", "0"));     // B01
            expected.put(10, List.of("城西区", "街访", "2", "1", "1", "100.00", "1", "1", "0", "0", "0", "0"));   // B03; B02 中途放弃
            expected.put(11, List.of("城西区", "电话", "1", "1", "计划外", "—", "0", "0", "0", "0", "0", "0"));  // B04, 6 分钟
            expected.put(12, List.of("城西区", "小计", "4", "3", "3", "100.00", "1", "1", "0", "0", "0", "0"));
            expected.put(13, List.of("全市", "入户", "3", "2", "7", "28.57", "1", "0", "0", "0", "1", "0"));
            expected.put(14, List.of("全市", "街访", "3", "1", "3", "33.33", "2", "1", "0", "1", "0", "0"));
            expected.put(15, List.of("全市", "电话", "2", "2", "计划外", "—", "0", "0", "0", "0", "0", "1"));
            expected.put(16, List.of("全市", "合计", "8", "5", "10", "50.00", "3", "1", "0", "1", "1", "1"));
            expected.forEach((r, cells) -> assertEquals(cells, row(sheet, r), "row " + r));
            assertTrue(row(sheet, 18).get(0).startsWith("目标、达成率来自本轮样本计划，按有效访问计"), row(sheet, 18).get(0));
        }
    }

    @Test
    void theSampleAgreesWithSurveyPlanShow() {
        // In the plan's order: 城东区, 城西区, 城南区.
        SurveyPlanProgress progress = services.showSurveyPlan().run(HandWorkedSurvey.ROUND);
        assertEquals(List.of(4, 3, 3), progress.districts().stream().map(SurveyPlanProgress.Tally::target).toList());
        assertEquals(List.of(2, 3, 0), progress.districts().stream().map(SurveyPlanProgress.Tally::valid).toList());
        assertEquals(List.of(10, 5, 3), List.of(progress.city().target(), progress.city().valid(), progress.city().invalid()));
        assertEquals(List.of(5, 3, 0), progress.profiles().stream().map(SurveyPlanProgress.ProfileTally::valid).toList());
    }

    @Test
    void eachProfileTargetAgainstTheValidInterviewsWithThatAnswer() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet sheet = workbook.getSheet("样本结构");
            assertEquals(List.of("范围", "题目", "选项", "有效", "目标", "达成率(%)"), row(sheet, 2));
            assertEquals(List.of("全市", "S2", "1 已满半年", "5", "8", "62.50"), firstWordOfQuestion(row(sheet, 3)));
            assertEquals(List.of("城西区", "S1", "2 18 周岁及以上", "3", "4", "75.00"), firstWordOfQuestion(row(sheet, 4)));
            assertEquals(List.of("城南区", "S2", "1 已满半年", "0", "2", "0.00"), firstWordOfQuestion(row(sheet, 5)));
            assertTrue(row(sheet, 7).get(0).startsWith("有效 = 选了该选项的有效访问份数"), row(sheet, 7).get(0));
        }
    }

    /** The question's code, which its text follows. */
    private static List<String> firstWordOfQuestion(List<String> cells) {
        List<String> shown = new ArrayList<>(cells);
        assertTrue(shown.get(1).length() > 3, shown.get(1));
        shown.set(1, shown.get(1).split(" ")[0]);
        return shown;
    }

    @Test
    void eachInterviewersProductivityAgainstTheirAssignments() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet sheet = workbook.getSheet("访问员");
            assertEquals("第1期 问卷调查 访问员工作量", row(sheet, 0).get(0));
            assertEquals(List.of("访问员", "访问", "有效", "无效", "其中\n中途放弃", "其中\n未结束", "其中\n甄别不符", "其中\n回答不明确", "需复核\n（用时过短）",
                    "用时中位数\n（有效访问）", "目标", "达成率(%)"), row(sheet, 2));
            assertEquals(List.of("李强", "4", "3", "1", "1", "0", "0", "0", "0", "8分", "3", "100.00"), row(sheet, 3));
            assertEquals(List.of("王芳", "4", "2", "2", "0", "0", "1", "1", "1", "7分30秒", "4", "50.00"), row(sheet, 4));
            assertEquals(List.of("赵敏", "0", "0", "0", "0", "0", "0", "0", "0", "—", "3", "0.00"), row(sheet, 5));
            assertEquals(List.of("合计", "8", "5", "3", "1", "0", "1", "1", "1", "8分", "10", "50.00"), row(sheet, 6));
        }
    }

    @Test
    void aRoundWithoutAPlanShowsDashesForEveryTarget() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(withoutPlan.toFile())) {
            Sheet sample = workbook.getSheet("样本");
            assertEquals(SAMPLE_HEADER, row(sample, 2));
            assertEquals(List.of("城东区", "入户", "2", "1", "—", "—", "1", "0", "0", "0", "1", "0"), row(sample, 3));
            assertEquals(List.of("城西区", "小计", "4", "3", "—", "—", "1", "1", "0", "0", "0", "0"), row(sample, 10));
            assertEquals(List.of("全市", "合计", "8", "5", "—", "—", "3", "1", "0", "1", "1", "1"), row(sample, 14));

            Sheet profiles = workbook.getSheet("样本结构");
            assertEquals(List.of("本轮样本计划没有样本结构目标（或本轮没有样本计划）：无可对比的目标（“—”）。"), row(profiles, 4));

            Sheet interviewers = workbook.getSheet("访问员");
            assertEquals(List.of("李强", "4", "3", "1", "1", "0", "0", "0", "0", "8分", "—", "—"), row(interviewers, 3));
            assertEquals(List.of("王芳", "4", "2", "2", "0", "0", "1", "1", "1", "7分30秒", "—", "—"), row(interviewers, 4));
            assertEquals(List.of("合计", "8", "5", "3", "1", "0", "1", "1", "1", "8分", "—", "—"), row(interviewers, 5));

            assertTrue(explanations(workbook).contains("本轮没有样本计划（survey plan import）：“样本”“样本结构”“访问员”表的目标和达成率均为“—”，只列实际访问。"));
        }
    }

    private static List<String> explanations(XSSFWorkbook workbook) {
        List<String> lines = new ArrayList<>();
        for (Row row : workbook.getSheet("计算说明")) {
            lines.add(row.getCell(1) == null ? "" : SHOWN.formatCellValue(row.getCell(1)));
        }
        return lines;
    }

    @Test
    void thePlanAndHowItsFiguresAreWorkedOutAreExplained() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            List<String> lines = explanations(workbook);
            assertTrue(lines.contains("本轮样本计划：区县×访问方式目标 5 格共 10 份，样本结构目标 3 条，访问员任务 5 条共 10 份。"), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("目标按有效访问计：达成率 = 有效 ÷ 目标 × 100%")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("样本：计划给了区县×访问方式目标，而某一区县、方式不在其中的，目标写“计划外”")));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("样本结构：每条目标")));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("访问员：") && l.contains("用时中位数取该访问员有效访问的用时")));
        }
    }

    @Test
    void everyInterviewWithItsVerdictAndHowEachFigureWasWorkedOut() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Sheet interviews = workbook.getSheet("访问明细");
            assertEquals(List.of("A02", "城东区", "电话", "王芳", "2026-11-20 10:00", "3分", "有效，需复核（用时 3分，短于 5分）"), row(interviews, 4));
            assertEquals("甄别不符（S1 选 未满 18 周岁）", row(interviews, 5).get(6));
            assertEquals("回答不明确（Q7 选 说不清）", row(interviews, 6).get(6));
            assertEquals("中途放弃", row(interviews, 8).get(6));
            assertEquals(List.of("B03", "城西区", "街访", "李强", "2026-11-20 10:00", "8分", "有效；Q5 的回答不计入（跳题条件未满足）"), row(interviews, 9));

            Sheet explained = workbook.getSheet("计算说明");
            List<String> lines = new ArrayList<>();
            for (Row row : explained) {
                lines.add(row.getCell(1) == null ? "" : SHOWN.formatCellValue(row.getCell(1)));
            }
            assertTrue(lines.contains("全市（合并全市有效访问计算，不取各区平均）：访问 8 份，有效 5 份（A01、A02、B01、B03、B04），无效 3 份（中途放弃 1 份：B02；"
                    + "甄别不符 1 份：A03（S1 选 未满 18 周岁）；回答不明确 1 份：A04（Q7 选 说不清））；需复核 1 份（仍计入）：A02（用时 3分，短于 5分）；"
                    + "不计入的回答：B03 的 Q5（跳题条件未满足）"), String.join("\n", lines));
            assertTrue(lines.contains("满意度 = (1 × 2/3 + 2 × 1/3) / (1 + 2) = 44.44%（Q10 无有效回答，不计入）"), String.join("\n", lines));
            assertTrue(lines.contains("知晓率 = (1 × 3/5 + 1 × 3/5) / (1 + 1) = 60.00%（Q3 无有效回答，不计入）"), String.join("\n", lines));
            assertTrue(lines.contains("Q1 = 3 / 5 = 60.00%（问及 5 份：正面 3，非正面 1，不清楚 1 计入有效，未答 0）；正面：A01、B01、B04；非正面：A02；不清楚：B03"),
                    String.join("\n", lines));
            assertTrue(lines.contains("09-01-02 得分 = 3 × 1/3 = 3 × 33.33% = 1.00"), String.join("\n", lines));
            assertTrue(lines.contains("09-01-09 得分 —（满分 2，没有题目对应此标准）"), String.join("\n", lines));
        }
    }

    @Test
    void theBulletinGainsASurveySectionOnlyWhenTheRoundHasInterviews() throws Exception {
        Path bulletin = temp.resolve("通报.xlsx");
        services.exportBulletin().run(HandWorkedSurvey.ROUND, ReportScope.Counted.APPROVED, 2, bulletin);
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int section = rowOf(sheet, "八、问卷调查");
            assertEquals("问卷 文明城市创建市民问卷——示例（非官方文本） v1：访问 8 份，计入有效访问 5 份（无效 3 份不计入；用时短于 5分 的 1 份需复核，仍计入）；"
                    + "全市按全市有效访问合并计算，不取各区平均。各题、各区县和测评标准的得分见问卷调查报告（report survey）。", row(sheet, section + 1).get(0));
            assertEquals(List.of("指数", "得分率最低的区县", "全市(%)", "该区县(%)"), row(sheet, section + 2));
            assertEquals(List.of("知晓率", "城东区（有效 2 份）", "60.00", "50.00"), row(sheet, section + 3));
            assertEquals(List.of("参与率", "城东区（有效 2 份）", "60.00", "50.00"), row(sheet, section + 4));
            assertEquals(List.of("支持率", "城西区（有效 3 份）", "80.00", "66.67"), row(sheet, section + 5));
            assertEquals(List.of("满意度", "城西区（有效 3 份）", "60.00", "44.44"), row(sheet, section + 6));
            rowOf(sheet, "九、负面清单");
        }
        Path without = temp.resolve("通报2.xlsx");
        services.exportBulletin().run(HandWorkedSurvey.WITHOUT_SURVEY, ReportScope.Counted.APPROVED, 2, without);
        try (XSSFWorkbook workbook = new XSSFWorkbook(without.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            assertFalse(hasRow(sheet, "八、问卷调查"));
            rowOf(sheet, "八、负面清单");
        }
    }

    @Test
    void theHomeScreenShowsTheCitysIndicesWithTheirInterviewsAndNothingForARoundWithout() {
        Round surveyed = services.showRound().list().stream().filter(r -> r.name().equals(HandWorkedSurvey.ROUND)).findFirst().orElseThrow();
        Dashboard dashboard = services.showDashboard().run(surveyed.id()).orElseThrow();
        SurveyGroup city = dashboard.survey().orElseThrow().scores().city();
        assertEquals(8, city.interviews().size());
        assertEquals(5, city.valid().size());
        Map<String, String> indices = new LinkedHashMap<>();
        for (SurveyIndex index : city.indices().values()) {
            indices.put(index.name(), Rounding.percent(index.value()).toPlainString());
        }
        assertEquals(Map.of("知晓率", "60.00", "参与率", "60.00", "支持率", "80.00", "满意度", "60.00"), indices);
        assertEquals(List.of("知晓率", "参与率", "支持率", "满意度"), List.copyOf(indices.keySet()));

        Round without = services.showRound().list().stream().filter(r -> r.name().equals(HandWorkedSurvey.WITHOUT_SURVEY)).findFirst().orElseThrow();
        assertTrue(services.showDashboard().run(without.id()).orElseThrow().survey().isEmpty());
    }
}
