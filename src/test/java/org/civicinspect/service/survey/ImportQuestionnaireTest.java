package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing, listing and exporting questionnaires: versions by name, the same file once, nothing stored on any error. */
class ImportQuestionnaireTest {

    private static final Path SAMPLE = Path.of("assets", "sample-questionnaire.xlsx");

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.open(temp.resolve("ws"));
    }

    private QuestionnaireImportResult importFile(Path file, String name) {
        return services.importQuestionnaire().run(file, name, Progress.NONE);
    }

    private Map<String, Long> counts() {
        return services.workspace().read(tx -> tx.questionnaires().tableCounts());
    }

    @Test
    void theSampleExportedAndImportedAgainIsTheSameQuestionnaireAsItsNextVersion() throws Exception {
        QuestionnaireImportResult first = importFile(SAMPLE, null);
        assertEquals(QuestionnaireImportResult.Outcome.IMPORTED, first.outcome(), first.errors().toString());
        Questionnaire imported = first.questionnaire();
        assertEquals(1, imported.version());
        assertEquals(14, imported.questions().size());

        Path exported = temp.resolve("exported.xlsx");
        assertEquals(imported, services.exportQuestionnaire().run(imported.id().substring(0, 8), exported));
        QuestionnaireImportResult again = importFile(exported, null);

        assertEquals(QuestionnaireImportResult.Outcome.IMPORTED, again.outcome(), again.errors().toString());
        Questionnaire back = again.questionnaire();
        assertEquals(imported.name(), back.name());
        assertEquals(2, back.version());
        assertEquals(imported.questions(), back.questions());
        assertEquals(imported.indices(), back.indices());
        assertEquals(List.of(imported, back), services.listQuestionnaires().run().stream().map(QuestionnaireSummary::questionnaire).toList());
    }

    @Test
    void theSameFileAgainSaysItIsAlreadyThereAndAddsNothing() {
        Questionnaire imported = importFile(SAMPLE, null).questionnaire();
        Map<String, Long> before = counts();
        QuestionnaireImportResult again = importFile(SAMPLE, "另一个名字");
        assertEquals(QuestionnaireImportResult.Outcome.ALREADY_IMPORTED, again.outcome());
        assertEquals(imported, again.questionnaire());
        assertEquals(before, counts());
    }

    @Test
    void aNameGivenMakesTheNextVersionOfThatName() throws Exception {
        Path copy = Files.copy(SAMPLE, temp.resolve("问卷.xlsx"));
        Questionnaire named = importFile(copy, "市民问卷").questionnaire();
        assertEquals("市民问卷 v1", named.label());
        Path exported = temp.resolve("again.xlsx");
        services.exportQuestionnaire().run(named.id(), exported);
        assertEquals("市民问卷 v2", importFile(exported, "市民问卷").questionnaire().label());
    }

    @Test
    void theListCountsQuestionsScreeningScoredAndIndices() {
        importFile(SAMPLE, null);
        QuestionnaireSummary summary = services.listQuestionnaires().run().get(0);
        assertEquals(List.of(14, 2, 10, 4), List.of(summary.questions(), summary.screening(), summary.scored(), summary.indices()));
    }

    @Test
    void aWorkbookWithSeveralMistakesIsRefusedWithAllOfThemAndStoresNothing() throws Exception {
        Map<String, Long> before = counts();
        Path file = new WorkbookBuilder().sheet("问卷题目")
                .row("题号", "题目", "题型", "甄别题", "跳题条件", "指数", "权重")
                .row("Q1", "您是否支持？", "单选", "", "", "支持率", 0)
                .row("Q2", "为什么？", "问答", "", "Q3=1", "", "")
                .row("Q3", "您是否满意？", "评分", "", "", "", "")
                .sheet("选项")
                .row("题号", "选项代码", "选项", "计为正向")
                .row("Q1", 1, "支持", "")
                .row("Q4", 1, "无主的选项", "")
                .save(temp, "mistakes.xlsx");
        QuestionnaireImportResult result = importFile(file, null);
        assertEquals(QuestionnaireImportResult.Outcome.REJECTED, result.outcome());
        assertEquals(List.of("问卷题目!G2 survey.weightNotPositive", "问卷题目!C3 survey.kindUnknown", "选项!A3 survey.optionOfUnknownQuestion",
                        "问卷题目!F2 survey.scoredWithoutPositive", "问卷题目!E3 survey.skipLaterQuestion", "问卷题目!C4 survey.choiceWithoutOptions"),
                result.errors().stream().map(p -> p.location() + " " + p.messageKey()).toList());
        assertEquals(before, counts());
    }

    @Test
    void aTruncatedWorkbookIsRefusedInOneSentenceNamingTheFile() throws Exception {
        byte[] whole = Files.readAllBytes(SAMPLE);
        Path truncated = Files.write(temp.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        SheetProblem problem = onlyProblem(importFile(truncated, null));
        assertEquals("import.damaged", problem.messageKey());
        Messages.use("en");
        try {
            assertEquals("cut.xlsx is damaged or incomplete and cannot be opened as an Excel workbook", Messages.describe(problem));
        } finally {
            Messages.use("zh");
        }
    }

    @Test
    void aForeignFileIsRefusedInOneSentence() throws Exception {
        Path text = Files.writeString(temp.resolve("问卷.xlsx"), "题号,题目\nQ1,您好\n");
        assertEquals("import.notWorkbook", onlyProblem(importFile(text, null)).messageKey());
        Path indicators = Path.of("assets", "sample-indicators.xlsx");
        assertEquals("survey.noHeader", onlyProblem(importFile(indicators, null)).messageKey());
    }

    @Test
    void exportingAnUnknownVersionIsRefused() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.exportQuestionnaire().run("nothing", temp.resolve("x.xlsx")));
        assertEquals("survey.noSuchQuestionnaire", refused.messageKey());
        assertTrue(Files.notExists(temp.resolve("x.xlsx")));
    }

    private SheetProblem onlyProblem(QuestionnaireImportResult result) {
        assertEquals(QuestionnaireImportResult.Outcome.REJECTED, result.outcome());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(Map.of("questionnaire", 0L, "questionnaire_index", 0L, "question", 0L, "question_option", 0L), counts());
        return result.errors().get(0);
    }
}
