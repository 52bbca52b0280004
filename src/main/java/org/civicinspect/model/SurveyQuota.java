package org.civicinspect.model;

import java.util.Objects;

/** 样本配额: the valid interviews a round aims at in one district by one method (入户, 街访 or 电话). */
public record SurveyQuota(String district, InterviewMethod method, int target) {

    public SurveyQuota {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(method, "method");
        if (target < 0) {
            throw new IllegalArgumentException("a target cannot be negative");
        }
    }
}
