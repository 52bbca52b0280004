package org.civicinspect.scoring;

import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;

/**
 * Whether one interview counts (docs/design.md, "问卷调查: validity, rates and indices"). Invalid when it was abandoned
 * or never ended, or when an asked question was answered with an option that {@code invalidates} (a screening answer
 * that rules the respondent out, or a vague answer to a question that must be clear); only the first reason in
 * questionnaire order is kept. A valid interview shorter than the minimum duration is {@link #flaggedForReview() flagged for review} and
 * still counts. {@code asked} are the questions whose skip rule held, in questionnaire order; {@code ignored} are the
 * questions answered although their skip rule did not hold, whose answers count nowhere.
 */
public record InterviewValidity(Interview interview, Reason reason, Question question, QuestionOption option, Duration duration,
                                Duration minimumDuration, List<String> asked, List<String> ignored) {

    /** Why an interview does not count. */
    public enum Reason {
        ABANDONED("中途放弃"),
        NOT_ENDED("未结束"),
        SCREENED_OUT("甄别不符"),
        VAGUE_ANSWER("回答不明确");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public InterviewValidity {
        Objects.requireNonNull(minimumDuration, "minimumDuration");
        asked = asked instanceof Asked ? asked : new Asked(asked);
        ignored = List.copyOf(ignored);
    }

    /**
     * The questions asked, in questionnaire order, as an unmodifiable list that answers {@code contains} without
     * scanning: every scored question asks it of every interview of a round, for the city and again for its district.
     */
    private static final class Asked extends AbstractList<String> implements RandomAccess {
        private final List<String> codes;
        private final Set<String> lookup;

        Asked(List<String> codes) {
            this.codes = List.copyOf(codes);
            this.lookup = Set.copyOf(this.codes);
        }

        @Override
        public String get(int index) {
            return codes.get(index);
        }

        @Override
        public int size() {
            return codes.size();
        }

        @Override
        public boolean contains(Object code) {
            return lookup.contains(code);
        }
    }

    /**
     * Judges an interview against its questionnaire. Skip rules are followed in questionnaire order: a question is
     * asked when it has no rule, or when its gate question was asked and answered with one of the rule's options.
     */
    public static InterviewValidity of(Questionnaire questionnaire, Interview interview, Duration minimumDuration) {
        Set<String> asked = new LinkedHashSet<>();
        List<String> ignored = new ArrayList<>();
        Map<String, List<String>> counted = new HashMap<>();
        Question invalidatingQuestion = null;
        QuestionOption invalidatingOption = null;
        for (Question question : questionnaire.questions()) {
            List<String> chosen = interview.answer(question.code());
            if (!askedBy(question.askedWhen(), counted)) {
                if (!chosen.isEmpty()) {
                    ignored.add(question.code());
                }
                continue;
            }
            asked.add(question.code());
            counted.put(question.code(), chosen);
            if (invalidatingQuestion == null) {
                invalidatingOption = invalidating(question, chosen);
                invalidatingQuestion = invalidatingOption == null ? null : question;
            }
        }
        Duration duration = interview.startedAt() == null || interview.endedAt() == null ? null
                : Duration.between(interview.startedAt(), interview.endedAt());
        Reason reason = interview.abandoned() ? Reason.ABANDONED
                : interview.endedAt() == null ? Reason.NOT_ENDED
                : invalidatingQuestion == null ? null
                : invalidatingQuestion.screening() ? Reason.SCREENED_OUT : Reason.VAGUE_ANSWER;
        boolean byAnswer = reason == Reason.SCREENED_OUT || reason == Reason.VAGUE_ANSWER;
        return new InterviewValidity(interview, reason, byAnswer ? invalidatingQuestion : null, byAnswer ? invalidatingOption : null,
                duration, minimumDuration, List.copyOf(asked), ignored);
    }

    /** The first option chosen that makes the interview invalid, or null; a loop, as it runs for every answer of a round. */
    private static QuestionOption invalidating(Question question, List<String> chosen) {
        for (String code : chosen) {
            for (QuestionOption option : question.options()) {
                if (option.invalidates() && option.code().equals(code)) {
                    return option;
                }
            }
        }
        return null;
    }

    private static boolean askedBy(AskedWhen rule, Map<String, List<String>> counted) {
        return rule == null || counted.getOrDefault(rule.questionCode(), List.of()).stream().anyMatch(rule.optionCodes()::contains);
    }

    public boolean valid() {
        return reason == null;
    }

    /** A valid interview shorter than the minimum duration: it counts, and someone should listen to it again. */
    public boolean flaggedForReview() {
        return valid() && duration != null && duration.compareTo(minimumDuration) < 0;
    }

    public String interviewId() {
        return interview.id();
    }

    public boolean asked(String questionCode) {
        return asked.contains(questionCode);
    }

    /**
     * The verdict in words, e.g. {@code A08：甄别不符（S1 选 未满18岁）}, {@code A03：有效，需复核（用时 3分，短于 5分）},
     * {@code A06：有效；Q2b 的回答不计入（跳题条件未满足）}.
     */
    public String explanation() {
        StringBuilder text = new StringBuilder(interview.id()).append("：");
        if (!valid()) {
            text.append(reason.label());
            if (question != null) {
                text.append("（").append(question.code()).append(" 选 ").append(option.text()).append("）");
            }
        } else {
            text.append("有效");
            if (flaggedForReview()) {
                text.append("，需复核（用时 ").append(minutes(duration)).append("，短于 ").append(minutes(minimumDuration)).append("）");
            }
        }
        if (!ignored.isEmpty()) {
            text.append("；").append(String.join("、", ignored)).append(" 的回答不计入（跳题条件未满足）");
        }
        return text.toString();
    }

    /** A duration as the explanations write it: {@code 5分}, {@code 3分20秒}. */
    public static String minutes(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + "分" : duration.toMinutes() + "分" + duration.toSecondsPart() + "秒";
    }
}
