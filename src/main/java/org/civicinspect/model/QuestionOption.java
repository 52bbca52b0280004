package org.civicinspect.model;

import java.util.Objects;

/**
 * One option of a question. {@code positive}: the answer counts towards the question's rate (知道, 参与过, 支持,
 * 满意 …). {@code notReadAloud}: the interviewer does not read it out (不清楚, 说不清) but records it when the respondent
 * says it. {@code invalidates}: choosing it makes the whole interview invalid (a screening answer that rules the
 * respondent out, or a vague answer to a question that must be answered clearly).
 */
public record QuestionOption(String code, String text, boolean positive, boolean notReadAloud, boolean invalidates) {

    public QuestionOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
