package org.civicinspect.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 访问: one respondent's interview. {@code answers} maps a question's code to the codes of the options chosen (one
 * for a single choice, rating or yes/no, several for a multiple choice) or, for a number or short text, to the one
 * value said. A question not asked (its skip rule did not hold) or not reached has no entry. {@code abandoned}: the
 * interview was broken off. {@code endedAt} is null while it runs.
 */
public record Interview(String id, String roundId, String questionnaireId, String interviewer, String district, InterviewMethod method,
                        Instant startedAt, Instant endedAt, boolean abandoned, Map<String, List<String>> answers, int version) {

    public Interview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        answers.forEach((code, chosen) -> copy.put(code, List.copyOf(chosen)));
        answers = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> answer(String questionCode) {
        return answers.getOrDefault(questionCode, List.of());
    }
}
