package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One question of a questionnaire. Screening questions (甄别题: age, residence) come first and are not scored; the
 * others may belong to one index ({@code index}, e.g. 知晓率) with a weight in it, and serve the 测评标准 of method
 * 问卷调查 named in {@code standardCodes}. {@code askedWhen} is null for a question every respondent is asked.
 */
public record Question(String code, String text, QuestionKind kind, List<QuestionOption> options, boolean screening,
                       AskedWhen askedWhen, String index, BigDecimal weight, List<String> standardCodes) {

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
        standardCodes = List.copyOf(standardCodes);
        weight = weight == null ? BigDecimal.ONE : weight.stripTrailingZeros();
        index = index == null || index.isBlank() ? null : index;
    }

    /** Whether the question is scored: it has options that count as positive. */
    public boolean scored() {
        return !screening && options.stream().anyMatch(QuestionOption::positive);
    }

    public java.util.Optional<QuestionOption> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }
}
