package org.civicinspect.model;

import java.util.List;
import java.util.Objects;

/** A skip rule: the question is asked only when the answer to {@code questionCode} is one of {@code optionCodes}. */
public record AskedWhen(String questionCode, List<String> optionCodes) {

    public AskedWhen {
        Objects.requireNonNull(questionCode, "questionCode");
        optionCodes = List.copyOf(optionCodes);
    }
}
