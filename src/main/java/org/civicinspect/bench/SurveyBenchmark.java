package org.civicinspect.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.SetSource;
import org.civicinspect.service.Services;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;

/**
 * The survey workload: a synthetic questionnaire of 40 questions (2 screening, then yes/no and rating questions in four
 * indices, every fifth one asked only after a 是 to the one before) and a round of 20,000 interviews across six
 * districts, a few abandoned or screened out, written untimed. Timed: {@link ScoreSurvey} over the round, reading and
 * scoring, beside a bare JDBC read of the same interview_answer rows.
 */
final class SurveyBenchmark {

    static final int QUESTIONS = 40;
    static final int INTERVIEWS = 20_000;
    private static final int DISTRICTS = 6;
    private static final List<String> INDICES = List.of("知晓率", "参与率", "支持率", "满意度");

    private final Services services;
    private final Round round;
    private final int answers;

    private SurveyBenchmark(Services services, Round round, int answers) {
        this.services = services;
        this.round = round;
        this.answers = answers;
    }

    static SurveyBenchmark build(Path folder, Progress progress) {
        Services services = new Services(Workspace.open(folder), Clock.systemUTC());
        services.importSampleIndicatorSet().run(Progress.NONE);
        Round round = services.createRound().run("问卷基准", "latest", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5), "");
        Questionnaire questionnaire = questionnaire();
        services.workspace().write(tx -> {
            tx.questionnaires().insert(questionnaire);
            return null;
        });
        services.pinQuestionnaire().run(round.id(), questionnaire.id());
        Random random = new Random(42);
        Instant now = Instant.parse("2026-01-06T00:00:00Z");
        int answers = 0;
        int perTransaction = 2000;
        for (int from = 0; from < INTERVIEWS; from += perTransaction) {
            progress.checkCancelled();
            List<Interview> batch = new ArrayList<>();
            for (int i = from; i < Math.min(INTERVIEWS, from + perTransaction); i++) {
                batch.add(interview(round.id(), questionnaire, i, random));
            }
            answers += batch.stream().mapToInt(i -> i.answers().values().stream().mapToInt(List::size).sum()).sum();
            services.workspace().write(tx -> {
                for (Interview interview : batch) {
                    tx.interviews().save(interview, now);
                }
                return null;
            });
        }
        return new SurveyBenchmark(services, round, answers);
    }

    int answers() {
        return answers;
    }

    void score() {
        int scored = services.scoreSurvey().run(round.id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores().interviews().size();
        if (scored != INTERVIEWS) {
            throw new IllegalStateException("benchmark survey scored " + scored + " interviews");
        }
    }

    /** The baseline: every answer row of the round, read with one bare query. */
    void readBare() {
        int read = 0;
        try (Connection c = services.workspace().connect();
             PreparedStatement ps = c.prepareStatement("SELECT interview_id, question_code, answer_value FROM interview_answer WHERE round_id = ?")) {
            ps.setString(1, round.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null && rs.getString(2) != null && rs.getString(3) != null) {
                        read++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("benchmark read failed", e);
        }
        if (read != answers) {
            throw new IllegalStateException("benchmark read " + read + " answers of " + answers);
        }
    }

    private static Questionnaire questionnaire() {
        List<Question> questions = new ArrayList<>();
        questions.add(new Question("S1", "年龄", QuestionKind.SINGLE, List.of(option("1", "未满 18 周岁", false, false, true),
                option("2", "18 周岁及以上", false, false, false)), true, null, null, null, List.of()));
        questions.add(new Question("S2", "居住满半年", QuestionKind.YES_NO, List.of(option("1", "是", false, false, false),
                option("2", "否", false, false, true)), true, null, null, null, List.of()));
        for (int q = 1; q <= QUESTIONS - 2; q++) {
            String code = "Q" + q;
            boolean rating = q % 3 == 0;
            List<QuestionOption> options = rating
                    ? List.of(option("1", "非常满意", true, false, false), option("2", "比较满意", true, false, false), option("3", "一般", false, false, false),
                            option("4", "不太满意", false, false, false), option("5", "很不满意", false, false, false), option("9", "不清楚", false, true, false))
                    : List.of(option("1", "是", true, false, false), option("2", "否", false, false, false), option("9", "不清楚", false, true, false));
            AskedWhen rule = q % 5 == 0 ? new AskedWhen("Q" + (q - 1), List.of("1")) : null;
            questions.add(new Question(code, "基准题 " + q, rating ? QuestionKind.RATING : QuestionKind.YES_NO, options, false, rule,
                    INDICES.get(q % INDICES.size()), BigDecimal.ONE, List.of()));
        }
        return new Questionnaire(UUID.randomUUID().toString(), "问卷基准", 1, new SetSource("bench", "bench-" + UUID.randomUUID()),
                Instant.parse("2026-01-01T00:00:00Z"), questions, INDICES);
    }

    private static QuestionOption option(String code, String text, boolean positive, boolean notReadAloud, boolean invalidates) {
        return new QuestionOption(code, text, positive, notReadAloud, invalidates);
    }

    /** One respondent who answers every question asked; about one in a hundred screened out, one in fifty abandoning. */
    private static Interview interview(String roundId, Questionnaire questionnaire, int n, Random random) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        boolean screenedOut = random.nextInt(100) == 0;
        answers.put("S1", List.of(screenedOut ? "1" : "2"));
        answers.put("S2", List.of("1"));
        boolean abandoned = random.nextInt(50) == 0;
        for (Question question : questionnaire.questions()) {
            if (question.screening() || screenedOut) {
                continue;
            }
            if (question.askedWhen() != null && !answers.getOrDefault(question.askedWhen().questionCode(), List.of()).equals(List.of("1"))) {
                continue;
            }
            double roll = random.nextDouble();
            String chosen = roll < 0.03 ? "9" : question.kind() == QuestionKind.RATING ? String.valueOf(1 + (int) (roll * 5) % 5)
                    : roll < 0.8 ? "1" : "2";
            answers.put(question.code(), List.of(chosen));
        }
        Instant started = Instant.parse("2026-01-01T01:00:00Z").plusSeconds(n * 60L);
        return new Interview(String.format("B%05d", n), roundId, questionnaire.id(), "访问员" + (n % 40), "基准" + (n % DISTRICTS) + "区",
                InterviewMethod.values()[n % 3], started, started.plusSeconds(240 + random.nextInt(900)), abandoned, answers, 1);
    }
}
