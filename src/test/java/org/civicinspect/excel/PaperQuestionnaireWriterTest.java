package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;
import org.junit.jupiter.api.Test;

/** The paper questionnaire, opened again with POI: its rows as an interviewer reads them, and how it prints. */
class PaperQuestionnaireWriterTest {

    private static Questionnaire sample(List<Question> questions) {
        return new Questionnaire("qn", SampleQuestionnaire.TITLE, 1, new SetSource("问卷.xlsx", "a".repeat(64)), Instant.EPOCH, questions,
                SampleQuestionnaire.indices());
    }

    private static XSSFWorkbook printed(Questionnaire questionnaire) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PaperQuestionnaireWriter().write("甲轮", questionnaire, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Each row's cells as shown, joined by " | ", trailing empty cells left out. */
    private static List<String> rows(Sheet sheet) {
        DataFormatter shown = new DataFormatter();
        List<String> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    @Test
    void theFormStartsWithTheInterviewsParticularsThenScreeningThenTheQuestionsWithBoxesAndCodes() throws Exception {
        try (XSSFWorkbook workbook = printed(sample(SampleQuestionnaire.questions()))) {
            List<String> rows = rows(workbook.getSheet(PaperQuestionnaireWriter.SHEET));
            assertEquals(SampleQuestionnaire.TITLE, rows.get(0));
            assertEquals("访问编号：______________　　访问员：______________　　轮次：甲轮", rows.get(1));
            assertEquals("区：______________　　访问方式：☐ 入户　☐ 街访　☐ 电话", rows.get(2));
            assertEquals("开始时间：____月____日 ____时____分　　结束时间：____时____分", rows.get(3));
            assertEquals("题号 | 题目 / 选项 | 代码", rows.get(5));
            assertEquals(List.of("甄别部分", "S1 | 请问您的年龄是？", " | ☐ 未满 18 周岁（终止访问） | 1", " | ☐ 18 周岁及以上 | 2",
                    "S2 | 您在本市居住是否已满半年？", " | ☐ 已满半年 | 1", " | ☐ 不满半年（终止访问） | 2",
                    "正式问卷", "Q1 | 您是否听说过本市正在创建全国文明城市？", " | ☐ 听说过 | 1", " | ☐ 没听说过 | 2", " | ☐ 不清楚【不读出】 | 9"),
                    rows.subList(6, 18));
            assertTrue(rows.contains("Q5 | 您参加过哪些志愿服务活动？（可多选）（Q4 选“参加过”时回答）"), rows.toString());
            assertTrue(rows.contains(" | ☐ 说不清【不读出】 | 9"), "a vague answer is marked, and does not end the interview: " + rows);
            int q12 = rows.indexOf("Q12 | 您对文明城市创建还有什么意见或建议？");
            assertEquals(" | 答：", rows.get(q12 + 1));
            assertTrue(rows.get(rows.size() - 1).startsWith("访问员签名："), rows.get(rows.size() - 1));
        }
    }

    @Test
    void itPrintsOnA4FittedToThePageWidthWithTheColumnHeadersOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = printed(sample(SampleQuestionnaire.questions()))) {
            Sheet sheet = workbook.getSheet(PaperQuestionnaireWriter.SHEET);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals(false, print.getLandscape());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(5, sheet.getRepeatingRows().getFirstRow(), "the row of 题号 | 题目 / 选项 | 代码");
            assertEquals(5, sheet.getRepeatingRows().getLastRow());
            assertEquals(SampleQuestionnaire.TITLE + " v1　访问编号：__________", sheet.getHeader().getCenter());
            assertEquals(PrintedPages.FOOTER, sheet.getFooter().getCenter());
        }
    }

    @Test
    void screeningQuestionsComeFirstWhereverTheQuestionnaireListsThem() throws Exception {
        QuestionOption yes = new QuestionOption("1", "是", true, false, false);
        QuestionOption no = new QuestionOption("2", "否", false, false, false);
        Question q1 = new Question("Q1", "您是否满意？", QuestionKind.YES_NO, List.of(yes, no), false, null, "满意度", BigDecimal.ONE, List.of());
        Question age = new Question("S1", "您的年龄（周岁）", QuestionKind.NUMBER, List.of(), true, null, null, null, List.of());
        try (XSSFWorkbook workbook = printed(sample(List.of(q1, age)))) {
            List<String> rows = rows(workbook.getSheet(PaperQuestionnaireWriter.SHEET));
            assertEquals(List.of("甄别部分", "S1 | 您的年龄（周岁）", " | 答：______________", "正式问卷", "Q1 | 您是否满意？", " | ☐ 是 | 1", " | ☐ 否 | 2"),
                    rows.subList(6, 13));
        }
    }

    @Test
    void aLongQuestionnaireBreaksPagesOnlyBetweenQuestions() throws Exception {
        List<QuestionOption> scale = List.of(new QuestionOption("1", "非常满意", true, false, false), new QuestionOption("2", "比较满意", true, false, false),
                new QuestionOption("3", "一般", false, false, false), new QuestionOption("4", "不太满意", false, false, false),
                new QuestionOption("9", "不清楚", false, true, false));
        List<Question> questions = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            questions.add(new Question("Q" + n, "您对本市第 " + n + " 项工作是否满意？", QuestionKind.RATING, scale, false, null, "满意度", BigDecimal.ONE,
                    List.of()));
        }
        try (XSSFWorkbook workbook = printed(sample(questions))) {
            Sheet sheet = workbook.getSheet(PaperQuestionnaireWriter.SHEET);
            int[] breaks = sheet.getRowBreaks();
            assertTrue(breaks.length >= 5, "40 questions of 6 rows fill several pages: " + breaks.length);
            for (int after : breaks) {
                String next = new DataFormatter().formatCellValue(sheet.getRow(after + 1).getCell(0));
                assertTrue(next.matches("Q[0-9]+"), "the page after row " + (after + 1) + " starts with a question, not " + next);
            }
        }
    }
}
