package org.civicinspect.model;

import java.util.Objects;

/**
 * 访问员任务: the valid interviews one interviewer is to bring back from one district by one method. The interviewer is
 * named as interviews name them: by the registered person's name.
 */
public record InterviewerQuota(String interviewer, String district, InterviewMethod method, int target) {

    public InterviewerQuota {
        Objects.requireNonNull(interviewer, "interviewer");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(method, "method");
        if (target < 0) {
            throw new IllegalArgumentException("a target cannot be negative");
        }
    }
}
