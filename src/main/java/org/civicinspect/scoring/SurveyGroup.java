package org.civicinspect.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.model.Question;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Standard;

/**
 * The survey's figures for one group of interviews (a district, or the whole {@code city} pooled): every interview judged,
 * and over the valid ones the rate of each scored question, each index and each standard of method 问卷调查, keyed
 * and ordered as the questionnaire and the standards list them. {@code weighting} is null unless the figures are
 * weighted to the population profile.
 */
public record SurveyGroup(String group, boolean city, List<InterviewValidity> interviews, Map<String, QuestionRate> questions,
                          Map<String, SurveyIndex> indices, Map<String, SurveyStandardScore> standards, RespondentWeights weighting) {

    public SurveyGroup {
        interviews = List.copyOf(interviews);
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
        indices = Collections.unmodifiableMap(new LinkedHashMap<>(indices));
        standards = Collections.unmodifiableMap(new LinkedHashMap<>(standards));
    }

    /**
     * The group's figures from its {@code lines}: for each scored question, how each of the group's valid interviews that
     * were asked it answered, in interview order ({@link SurveyScores} works them out for all groups in one pass).
     */
    static SurveyGroup of(String group, boolean city, Questionnaire questionnaire, List<InterviewValidity> interviews,
                          Map<String, List<QuestionRate.Line>> lines, List<Standard> surveyStandards, RespondentWeights weighting) {
        Map<String, QuestionRate> questions = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            if (question.scored()) {
                questions.put(question.code(), new QuestionRate(question, lines.getOrDefault(question.code(), List.of()), weighting != null));
            }
        }
        Map<String, SurveyIndex> indices = new LinkedHashMap<>();
        for (String index : questionnaire.indices()) {
            indices.put(index, new SurveyIndex(index, mean(questions, questionnaire.ofIndex(index))));
        }
        Map<String, SurveyStandardScore> standards = new LinkedHashMap<>();
        for (Standard standard : surveyStandards) {
            List<Question> naming = questionnaire.questions().stream().filter(q -> q.standardCodes().contains(standard.code())).toList();
            standards.put(standard.code(), new SurveyStandardScore(standard, mean(questions, naming)));
        }
        return new SurveyGroup(group, city, interviews, questions, indices, standards, weighting);
    }

    /** The weighted mean of those of the questions that are scored; the others have no rate to weigh. */
    private static WeightedRate mean(Map<String, QuestionRate> rates, List<Question> questions) {
        List<WeightedRate.Part> parts = new ArrayList<>();
        for (Question question : questions) {
            QuestionRate rate = rates.get(question.code());
            if (rate != null) {
                parts.add(new WeightedRate.Part(rate, question.weight()));
            }
        }
        return new WeightedRate(parts);
    }

    public List<InterviewValidity> valid() {
        return interviews.stream().filter(InterviewValidity::valid).toList();
    }

    public List<InterviewValidity> excluded() {
        return interviews.stream().filter(i -> !i.valid()).toList();
    }

    public List<InterviewValidity> flaggedForReview() {
        return interviews.stream().filter(InterviewValidity::flaggedForReview).toList();
    }

    /** Valid interviews with an answer that counts nowhere because its question's skip rule did not hold. */
    public List<InterviewValidity> withIgnoredAnswers() {
        return valid().stream().filter(i -> !i.ignored().isEmpty()).toList();
    }

    /**
     * Which interviews the group's figures count, and which not and why, e.g.
     * {@code 全市（合并全市有效访问计算，不取各区平均）：访问 10 份，有效 6 份（A01、A02 …），无效 4 份（中途放弃 1 份：A04；
     * 甄别不符 1 份：A07（S1 选 18岁以下）…）；需复核 1 份（仍计入）：A03（用时 3分，短于 5分）；不计入的回答：A05 的 Q2（跳题条件未满足）}.
     */
    public String explanation() {
        StringBuilder text = new StringBuilder(group).append(city ? "（合并全市有效访问计算，不取各区平均）" : "")
                .append(city && weighting != null ? "（加权：各区有效访问按本区权重计入，各区权重之和等于其有效访问数）" : "")
                .append("：访问 ").append(interviews.size()).append(" 份，有效 ").append(valid().size()).append(" 份（")
                .append(valid().stream().map(InterviewValidity::interviewId).collect(Collectors.joining("、"))).append("）");
        if (!excluded().isEmpty()) {
            text.append("，无效 ").append(excluded().size()).append(" 份（").append(excludedByReason()).append("）");
        }
        List<InterviewValidity> flagged = flaggedForReview();
        if (!flagged.isEmpty()) {
            text.append("；需复核 ").append(flagged.size()).append(" 份（仍计入）：")
                    .append(flagged.stream().map(SurveyGroup::tooFast).collect(Collectors.joining("、")));
        }
        List<InterviewValidity> ignoring = withIgnoredAnswers();
        if (!ignoring.isEmpty()) {
            text.append("；不计入的回答：").append(ignoring.stream().map(i -> i.interviewId() + " 的 " + String.join("、", i.ignored()))
                    .collect(Collectors.joining("，"))).append("（跳题条件未满足）");
        }
        return text.toString();
    }

    /**
     * How the group's interviews were weighted, one line per district ({@link RespondentWeights.District#explanation}); empty
     * when unweighted.
     */
    public List<String> weightExplanation() {
        if (weighting == null) {
            return List.of();
        }
        return weighting.districts().values().stream().filter(d -> city || d.district().equals(group))
                .map(d -> d.explanation(weighting.question())).toList();
    }

    /** {@code 中途放弃 1 份：A04；甄别不符 1 份：A07（S1 选 18岁以下）}, reasons in the order of {@link InterviewValidity.Reason}. */
    private String excludedByReason() {
        Map<InterviewValidity.Reason, List<InterviewValidity>> byReason = excluded().stream().collect(Collectors.groupingBy(
                InterviewValidity::reason, () -> new EnumMap<>(InterviewValidity.Reason.class), Collectors.toList()));
        return byReason.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue().size() + " 份："
                + e.getValue().stream().map(SurveyGroup::invalid).collect(Collectors.joining("、"))).collect(Collectors.joining("；"));
    }

    private static String tooFast(InterviewValidity interview) {
        return interview.interviewId() + "（用时 " + InterviewValidity.minutes(interview.duration()) + "，短于 "
                + InterviewValidity.minutes(interview.minimumDuration()) + "）";
    }

    private static String invalid(InterviewValidity interview) {
        return interview.question() == null ? interview.interviewId()
                : interview.interviewId() + "（" + interview.question().code() + " 选 " + interview.option().text() + "）";
    }
}
