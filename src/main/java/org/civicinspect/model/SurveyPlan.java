package org.civicinspect.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 样本计划 of a round's survey: targets per district × method ({@code quotas}), per respondent profile
 * ({@code profiles}) and per interviewer ({@code assignments}). Targets count valid interviews. {@code populations}
 * is the population profile (人口结构) the survey may be weighted to, one question's option shares per district or for
 * the city. A round without a plan has an empty one.
 */
public record SurveyPlan(String roundId, List<SurveyQuota> quotas, List<ProfileQuota> profiles, List<InterviewerQuota> assignments,
                         List<PopulationShare> populations) {

    public SurveyPlan {
        Objects.requireNonNull(roundId, "roundId");
        quotas = List.copyOf(quotas);
        profiles = List.copyOf(profiles);
        assignments = List.copyOf(assignments);
        populations = populations == null ? List.of() : List.copyOf(populations);
    }

    /** A plan without a population profile. */
    public SurveyPlan(String roundId, List<SurveyQuota> quotas, List<ProfileQuota> profiles, List<InterviewerQuota> assignments) {
        this(roundId, quotas, profiles, assignments, List.of());
    }

    public static SurveyPlan empty(String roundId) {
        return new SurveyPlan(roundId, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return quotas.isEmpty() && profiles.isEmpty() && assignments.isEmpty() && populations.isEmpty();
    }

    /** Each district's target over all methods, in the order the quotas name the districts. */
    public Map<String, Integer> districtTargets() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        quotas.forEach(q -> totals.merge(q.district(), q.target(), Integer::sum));
        return totals;
    }

    public int target() {
        return quotas.stream().mapToInt(SurveyQuota::target).sum();
    }
}
