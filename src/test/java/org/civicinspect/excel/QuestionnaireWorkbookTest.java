package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questionnaire workbook (docs/workbook-formats.md §6): our template both ways, the layouts people type, every mistake at once. */
class QuestionnaireWorkbookTest {

    private static final Object[] QUESTION_HEADER = {"题号", "题目", "题型", "甄别题", "跳题条件", "指数", "权重", "对应测评标准"};
    private static final Object[] OPTION_HEADER = {"题号", "选项代码", "选项", "计为正向", "不读出", "作废"};

    @TempDir Path temp;

    private static QuestionnaireWorkbookContent read(Path file) throws UnreadableWorkbookException {
        return new QuestionnaireWorkbookReader().read(WorkbookFiles.read(file), Progress.NONE);
    }

    @Test
    void theSampleAssetHoldsTheSampleQuestionnaireLabelledAsNotOfficial() throws Exception {
        QuestionnaireWorkbookContent content = read(Path.of(SampleQuestionnaire.FILE));
        assertEquals(List.of(), content.errors());
        assertEquals(SampleQuestionnaire.TITLE, content.title());
        assertTrue(content.title().contains("示例（非官方文本）"));
        assertEquals(SampleQuestionnaire.questions(), content.questions());
        assertEquals(SampleQuestionnaire.indices(), content.indices());
    }

    @Test
    void whatTheWriterWritesReadsBackToTheSameQuestions() throws Exception {
        Path file = temp.resolve("out.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new QuestionnaireWorkbookWriter().write("市民问卷", SampleQuestionnaire.questions(), out);
        }
        QuestionnaireWorkbookContent content = read(file);
        assertEquals("市民问卷", content.title());
        assertEquals(SampleQuestionnaire.questions(), content.questions());
    }

    @Test
    void readsEnglishHeadersLowerCaseCodesAndOptionsUnderTheQuestionAbove() throws Exception {
        Path file = new WorkbookBuilder().sheet("Questions")
                .row("Resident survey")
                .row("Code", "Question", "Kind", "Screening", "Asked when", "Index", "Weight", "Standards")
                .row("q1", "Have you heard of the campaign?", "Yes/No", "", "", "Awareness", 2, "09-01-01, 09-01-03")
                .row("Q2", "Which activities?", "multiple", "no", "q1 = 1", "", "", "")
                .sheet("Options")
                .row("Question code", "Option code", "Option", "Positive", "Not read aloud", "Invalidates")
                .row("Q1", 1, "Yes", "yes", "", "")
                .row("", 9, "Not sure", "", "√", "")
                .row("Q2", "a", "Cleaning", "", "", "")
                .save(temp, "english.xlsx");
        QuestionnaireWorkbookContent content = read(file);
        assertEquals(List.of(), content.errors());
        assertEquals("Resident survey", content.title());
        assertEquals(List.of(
                new Question("Q1", "Have you heard of the campaign?", QuestionKind.YES_NO, List.of(
                        new QuestionOption("1", "Yes", true, false, false), new QuestionOption("9", "Not sure", false, true, false)),
                        false, null, "Awareness", new BigDecimal("2"), List.of("09-01-01", "09-01-03")),
                new Question("Q2", "Which activities?", QuestionKind.MULTIPLE, List.of(new QuestionOption("A", "Cleaning", false, false, false)),
                        false, new AskedWhen("Q1", List.of("1")), null, null, List.of())), content.questions());
        assertEquals(List.of("Awareness"), content.indices());
    }

    @Test
    void readsFullWidthCodesAndSkipRulesWithChineseSeparators() throws Exception {
        Path file = new WorkbookBuilder().sheet("题目")
                .row(QUESTION_HEADER)
                .row("Ｑ１", "您是否听说过？", "单选题", "", "", "知晓率", "", "")
                .row("Q2", "从哪里听说的？", "多选", "", "Ｑ１＝１、２", "", "", "")
                .sheet("选项")
                .row(OPTION_HEADER)
                .row("Q1", 1, "听说过", "√", "", "")
                .row("Q1", 2, "好像听说过", "是", "", "")
                .row("Q1", 3, "没听说过", "", "", "")
                .row("Q2", 1, "电视", "", "", "")
                .save(temp, "fullwidth.xlsx");
        QuestionnaireWorkbookContent content = read(file);
        assertEquals(List.of(), content.errors());
        assertEquals(new AskedWhen("Q1", List.of("1", "2")), content.questions().get(1).askedWhen());
        assertEquals("Q1", content.questions().get(0).code());
    }

    @Test
    void aWorkbookFullOfMistakesGetsEveryOneNamedBySheetAndCell() throws Exception {
        Path file = new WorkbookBuilder().sheet("问卷题目")
                .row("有错的问卷")
                .row(QUESTION_HEADER)
                .row("S1", "您的年龄？", "单选", "是", "", "知晓率", "", "")
                .row("Q1", "听说过吗？", "是否", "", "", "知晓率", "", "")
                .row("Q1", "又一个第一题", "单选", "", "", "", "", "")
                .row("Q2", "题型写错", "填表题", "", "", "", "", "")
                .row("Q3", "跳到不存在的题", "单选", "", "Q99=1", "", "", "")
                .row("Q4", "跳到后面的题", "单选", "", "Q5=1", "", "", "")
                .row("Q5", "跳到不存在的选项", "单选", "", "Q1=7", "", "", "")
                .row("Q6", "权重不是数", "评分", "", "", "满意度", "零点五", "")
                .row("Q7", "权重是负数", "评分", "", "", "满意度", -1, "")
                .row("Q8", "", "简答", "", "", "", "", "")
                .row("Q9", "数字题计入指数", "数字", "", "", "满意度", "", "")
                .row("Q10", "甄别写错", "单选", "也许", "", "", "", "")
                .row("Q11", "跳题条件写错", "单选", "", "Q1 一", "", "", "")
                .row("", "没有题号", "单选", "", "", "", "", "")
                .sheet("选项")
                .row(OPTION_HEADER)
                .row("S1", 1, "未满 18 周岁", "", "", "是")
                .row("Q1", 1, "听说过", "", "", "")
                .row("Q1", 2, "没听说过", "", "", "")
                .row("", 2, "又一个 2", "", "", "")
                .row("Q99", 1, "不存在的题", "", "", "")
                .row("Q4", 1, "甲", "是", "", "")
                .row("Q5", 1, "甲", "是", "", "")
                .row("Q6", 1, "满意", "是", "", "")
                .row("Q7", 1, "满意", "是", "", "")
                .row("Q9", 1, "数字题的选项", "", "", "")
                .row("Q10", 1, "甲", "是", "", "")
                .row("Q11", 1, "甲", "是", "", "是")
                .row("Q10", 2, "", "", "", "")
                .row("Q10", "", "乙", "", "", "")
                .row("Q10", 3, "丙", "大概", "", "")
                .save(temp, "hostile.xlsx");
        QuestionnaireWorkbookContent content = read(file);

        Set<String> expected = new TreeSet<>(List.of(
                "问卷题目!F3 survey.screeningInIndex",
                "问卷题目!F4 survey.scoredWithoutPositive",
                "问卷题目!A5 survey.duplicateQuestion",
                "问卷题目!C6 survey.kindUnknown",
                "问卷题目!E7 survey.skipUnknownQuestion",
                "问卷题目!C7 survey.choiceWithoutOptions",
                "问卷题目!E8 survey.skipLaterQuestion",
                "问卷题目!E9 survey.skipUnknownOption",
                "问卷题目!G10 survey.weightNotPositive",
                "问卷题目!G11 survey.weightNotPositive",
                "问卷题目!B12 survey.missingQuestionText",
                "问卷题目!F13 survey.scoredWithoutPositive",
                "问卷题目!D14 survey.flagUnknown",
                "问卷题目!E15 survey.skipUnreadable",
                "问卷题目!A16 survey.missingQuestionCode",
                "选项!B5 survey.duplicateOption",
                "选项!A6 survey.optionOfUnknownQuestion",
                "选项!A11 survey.optionOfOpenQuestion",
                "选项!F13 survey.positiveAndInvalidates",
                "选项!C14 survey.missingOptionText",
                "选项!B15 survey.missingOptionCode",
                "选项!D16 survey.flagUnknown"));
        assertEquals(expected, content.errors().stream().map(p -> p.location() + " " + p.messageKey())
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(expected.size(), content.errors().size());
        assertFalse(content.ok());
        assertEquals(List.of(), content.questions());
    }

    @Test
    void aWorkbookWithoutAQuestionSheetNamesTheSheetsItLookedAt() throws Exception {
        Path file = new WorkbookBuilder().sheet("名单").row("姓名", "电话").row("张三", "123").save(temp, "people.xlsx");
        QuestionnaireWorkbookContent content = read(file);
        assertEquals(1, content.errors().size());
        assertEquals("survey.noHeader", content.errors().get(0).messageKey());
        assertEquals(List.of("名单"), content.errors().get(0).args());
    }
}
