package org.civicinspect.model;

import java.util.Objects;

/**
 * 样本结构: the valid interviews a round aims at among respondents of one profile, in one district or (district empty)
 * across the city. A profile is an option of a screening question (年龄 18–34 岁, 女, 居住满半年 …), so that the
 * questionnaire the round pins says who belongs to it.
 */
public record ProfileQuota(String district, String questionCode, String optionCode, int target) {

    public ProfileQuota {
        district = district == null ? "" : district;
        Objects.requireNonNull(questionCode, "questionCode");
        Objects.requireNonNull(optionCode, "optionCode");
        if (target < 0) {
            throw new IllegalArgumentException("a target cannot be negative");
        }
    }

    public boolean cityWide() {
        return district.isEmpty();
    }
}
