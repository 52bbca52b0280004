package org.civicinspect.model;

import java.time.Instant;
import java.util.List;

/**
 * 派单: one problem sent to its responsible unit in a batch, when, by whom and how ({@code workbook}, or {@code package}: a signed
 * unit task package). {@code sentTexts} are the texts of the columns the unit may not change, as they were sent, so that a
 * reply which changed them is refused.
 */
public record ProblemDispatch(String batchId, String problemId, String unit, Instant at, String by, String channel, List<String> sentTexts) {

    public static final String WORKBOOK = "workbook";
    public static final String PACKAGE = "package";

    public ProblemDispatch {
        sentTexts = List.copyOf(sentTexts);
    }
}
