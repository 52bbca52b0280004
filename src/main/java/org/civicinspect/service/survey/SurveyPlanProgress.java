package org.civicinspect.service.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.ProfileQuota;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;
import org.civicinspect.scoring.InterviewValidity;

/**
 * A round's survey plan against the interviews recorded so far. Only valid interviews count towards a target
 * ({@link InterviewValidity}: not abandoned, ended, not screened out, no vague answer where one is not allowed); the
 * invalid ones are counted beside them. A district × method or an interviewer's district × method that has interviews
 * but no target in the plan is listed too, with target 0 and {@code planned} false, so that no interview goes
 * unseen.
 *
 * @param cells       one per district × method: the plan's quotas in their order, then the unplanned ones
 * @param districts   each district's cells added up, in the order of {@code cells}
 * @param city        all cells added up
 * @param profiles    one per profile target, in the plan's order
 * @param interviewers one per interviewer × district × method: the plan's assignments, then the unplanned ones
 */
public record SurveyPlanProgress(Round round, Questionnaire questionnaire, SurveyPlan plan, List<Tally> cells, List<Tally> districts,
                                 Tally city, List<ProfileTally> profiles, List<InterviewerTally> interviewers) {

    /**
     * Valid and invalid interviews against a target. {@code method} is null for a district's total, and {@code district}
     * too for the city's.
     */
    public record Tally(String district, InterviewMethod method, int target, int valid, int invalid, boolean planned) {

        /** Valid interviews still wanted: 0 once the target is met. */
        public int remaining() {
            return Math.max(0, target - valid);
        }

        /** Whether the valid interviews reach the target. */
        public boolean met() {
            return valid >= target;
        }

        Tally plus(Tally other) {
            return new Tally(district, method, target + other.target, valid + other.valid, invalid + other.invalid, planned || other.planned);
        }
    }

    /** Valid interviews of respondents of one profile; {@code label} is e.g. {@code S2=1 已满半年}. */
    public record ProfileTally(ProfileQuota quota, String label, int valid) {

        public int remaining() {
            return Math.max(0, quota.target() - valid);
        }

        public boolean met() {
            return valid >= quota.target();
        }
    }

    /** One interviewer's valid and invalid interviews in one district by one method, against the quota assigned. */
    public record InterviewerTally(String interviewer, Tally tally) {
    }

    public SurveyPlanProgress {
        Objects.requireNonNull(round, "round");
        cells = List.copyOf(cells);
        districts = List.copyOf(districts);
        profiles = List.copyOf(profiles);
        interviewers = List.copyOf(interviewers);
    }

    /**
     * One interviewer's cells added up (district and method null): what the interview screen shows as the running
     * count against the interviewer's quota. Zero everywhere for a name the plan and the interviews do not know.
     */
    public Tally ofInterviewer(String interviewer) {
        return interviewers.stream().filter(i -> i.interviewer().equals(interviewer)).map(InterviewerTally::tally)
                .map(t -> new Tally(null, null, t.target(), t.valid(), t.invalid(), t.planned()))
                .reduce(Tally::plus).orElse(new Tally(null, null, 0, 0, 0, false));
    }

    /**
     * Counts the interviews against the plan. {@code questionnaire} is the version the round pins (null when none is,
     * and then there are no interviews either).
     */
    public static SurveyPlanProgress of(Round round, Questionnaire questionnaire, SurveyPlan plan, List<Interview> interviews) {
        List<InterviewValidity> judged = questionnaire == null ? List.of()
                : interviews.stream().map(i -> InterviewValidity.of(questionnaire, i, ScoreSurvey.DEFAULT_MINIMUM_DURATION)).toList();
        return judged(round, questionnaire, plan, judged);
    }

    /**
     * Counts interviews already judged against the plan: the survey report passes {@link org.civicinspect.scoring.SurveyScores}'
     * verdicts, so that its rates and its targets count the very same valid interviews.
     */
    public static SurveyPlanProgress judged(Round round, Questionnaire questionnaire, SurveyPlan plan, List<InterviewValidity> judged) {
        Map<String, Tally> cells = new LinkedHashMap<>();
        for (SurveyQuota q : plan.quotas()) {
            cells.put(key(q.district(), q.method()), new Tally(q.district(), q.method(), q.target(), 0, 0, true));
        }
        Map<String, InterviewerTally> interviewers = new LinkedHashMap<>();
        for (InterviewerQuota q : plan.assignments()) {
            interviewers.put(key(q.interviewer(), q.district(), q.method()),
                    new InterviewerTally(q.interviewer(), new Tally(q.district(), q.method(), q.target(), 0, 0, true)));
        }
        for (InterviewValidity v : judged) {
            Interview i = v.interview();
            Tally one = new Tally(i.district(), i.method(), 0, v.valid() ? 1 : 0, v.valid() ? 0 : 1, false);
            cells.merge(key(i.district(), i.method()), one, Tally::plus);
            interviewers.merge(key(i.interviewer(), i.district(), i.method()), new InterviewerTally(i.interviewer(), one),
                    (a, b) -> new InterviewerTally(a.interviewer(), a.tally().plus(b.tally())));
        }

        Map<String, Tally> districts = new LinkedHashMap<>();
        Tally city = new Tally(null, null, 0, 0, 0, false);
        for (Tally cell : cells.values()) {
            Tally asDistrict = new Tally(cell.district(), null, cell.target(), cell.valid(), cell.invalid(), cell.planned());
            districts.merge(cell.district(), asDistrict, Tally::plus);
            city = city.plus(new Tally(null, null, cell.target(), cell.valid(), cell.invalid(), cell.planned()));
        }

        List<ProfileTally> profiles = new ArrayList<>();
        for (ProfileQuota q : plan.profiles()) {
            Predicate<Interview> inDistrict = i -> q.cityWide() || i.district().equals(q.district());
            int valid = (int) judged.stream().filter(InterviewValidity::valid).map(InterviewValidity::interview).filter(inDistrict)
                    .filter(i -> i.answer(q.questionCode()).contains(q.optionCode())).count();
            profiles.add(new ProfileTally(q, label(questionnaire, q), valid));
        }
        return new SurveyPlanProgress(round, questionnaire, plan, List.copyOf(cells.values()), List.copyOf(districts.values()), city, profiles,
                List.copyOf(interviewers.values()));
    }

    private static String label(Questionnaire questionnaire, ProfileQuota q) {
        String code = q.questionCode() + "=" + q.optionCode();
        if (questionnaire == null) {
            return code;
        }
        return questionnaire.question(q.questionCode()).flatMap(question -> question.option(q.optionCode()))
                .map(option -> code + " " + option.text()).orElse(code);
    }

    private static String key(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('\u0000');
        }
        return key.toString();
    }
}
