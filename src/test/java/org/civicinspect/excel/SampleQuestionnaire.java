package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;

/**
 * The sample questionnaire of assets/sample-questionnaire.xlsx, written in our own words (示例，非官方文本): two
 * screening questions, then questions for 知晓率, 参与率, 支持率 and 满意度, with 不清楚 not read aloud, one skip rule
 * and one question whose vague answer makes the interview invalid. {@code main} writes the asset again:
 * {@code java -cp … org.civicinspect.excel.SampleQuestionnaire assets/sample-questionnaire.xlsx}.
 */
public final class SampleQuestionnaire {

    public static final String TITLE = "文明城市创建市民问卷——示例（非官方文本）";
    public static final String FILE = "assets/sample-questionnaire.xlsx";

    private SampleQuestionnaire() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : FILE);
        try (OutputStream stream = Files.newOutputStream(out)) {
            new QuestionnaireWorkbookWriter().write(TITLE, questions(), stream);
        }
    }

    public static List<String> indices() {
        return List.of("知晓率", "参与率", "支持率", "满意度");
    }

    public static List<Question> questions() {
        return List.of(
                screening("S1", "请问您的年龄是？", QuestionKind.SINGLE,
                        option("1", "未满 18 周岁", false, false, true), option("2", "18 周岁及以上", false, false, false)),
                screening("S2", "您在本市居住是否已满半年？", QuestionKind.YES_NO,
                        option("1", "已满半年", false, false, false), option("2", "不满半年", false, false, true)),
                yesNo("Q1", "您是否听说过本市正在创建全国文明城市？", "知晓率", "1", List.of("09-01-01"), "听说过", "没听说过"),
                yesNo("Q2", "您是否知道社会主义核心价值观的主要内容？", "知晓率", "1", List.of("09-01-03"), "知道", "不知道"),
                yesNo("Q3", "您是否知道您家附近的新时代文明实践站（所）？", "知晓率", "1", List.of(), "知道", "不知道"),
                yesNo("Q4", "过去一年里，您是否参加过志愿服务活动？", "参与率", "1", List.of("05-03-04"), "参加过", "没有参加过"),
                new Question("Q5", "您参加过哪些志愿服务活动？（可多选）", QuestionKind.MULTIPLE, List.of(
                        option("1", "环境清洁", false, false, false), option("2", "交通文明劝导", false, false, false),
                        option("3", "关爱老人和儿童", false, false, false), option("4", "其他", false, false, false)),
                        false, new AskedWhen("Q4", List.of("1")), null, null, List.of()),
                yesNo("Q6", "您是否参加过社区组织的文明创建活动（如垃圾分类宣传）？", "参与率", "1", List.of(), "参加过", "没有参加过"),
                new Question("Q7", "您是否支持本市创建全国文明城市？", QuestionKind.SINGLE, List.of(
                        option("1", "支持", true, false, false), option("2", "不支持", false, false, false),
                        option("9", "说不清", false, true, true)), false, null, "支持率", BigDecimal.ONE, List.of()),
                yesNo("Q8", "您是否愿意为文明城市创建出一份力？", "支持率", "1", List.of(), "愿意", "不愿意"),
                rating("Q9", "您对本市街道和小区的环境卫生是否满意？", "1", List.of()),
                rating("Q10", "您对本市公共秩序（交通、排队、公共场所）是否满意？", "1", List.of()),
                rating("Q11", "总体来说，您对本市文明城市创建工作是否满意？", "2", List.of("09-01-02")),
                new Question("Q12", "您对文明城市创建还有什么意见或建议？", QuestionKind.TEXT, List.of(), false, null, null, null, List.of()));
    }

    private static Question screening(String code, String text, QuestionKind kind, QuestionOption... options) {
        return new Question(code, text, kind, List.of(options), true, null, null, null, List.of());
    }

    private static Question yesNo(String code, String text, String index, String weight, List<String> standards, String yes, String no) {
        return new Question(code, text, QuestionKind.YES_NO, List.of(option("1", yes, true, false, false), option("2", no, false, false, false),
                option("9", "不清楚", false, true, false)), false, null, index, new BigDecimal(weight), standards);
    }

    private static Question rating(String code, String text, String weight, List<String> standards) {
        return new Question(code, text, QuestionKind.RATING, List.of(
                option("1", "非常满意", true, false, false), option("2", "比较满意", true, false, false), option("3", "一般", false, false, false),
                option("4", "不太满意", false, false, false), option("5", "很不满意", false, false, false),
                option("9", "不清楚", false, true, false)), false, null, "满意度", new BigDecimal(weight), standards);
    }

    private static QuestionOption option(String code, String text, boolean positive, boolean notReadAloud, boolean invalidates) {
        return new QuestionOption(code, text, positive, notReadAloud, invalidates);
    }
}
