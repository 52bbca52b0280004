package org.civicinspect.scoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Standard;

/**
 * The questionnaire survey's numbers (问卷调查), always computed from the interviews and never stored: each interview
 * judged valid or not, and per district and for the whole city the rate of every scored question, every index and
 * every standard of method 问卷调查. The city figure pools all valid interviews of the city; it is not a mean of the
 * districts, and respondents are not weighted to a population profile. The same interviews in any order give the same
 * numbers.
 */
public final class SurveyScores {

    /** The 测评方法 whose standards the survey scores. */
    public static final String METHOD = "问卷调查";
    public static final String CITY = "全市";

    private final List<InterviewValidity> interviews;
    private final SurveyGroup city;
    private final Map<String, SurveyGroup> byDistrict;

    private SurveyScores(List<InterviewValidity> interviews, SurveyGroup city, Map<String, SurveyGroup> byDistrict) {
        this.interviews = interviews;
        this.city = city;
        this.byDistrict = byDistrict;
    }

    /**
     * Scores the interviews of one questionnaire. {@code standards} may hold any standards: those of method 问卷调查 are
     * scored. An interview shorter than {@code minimumDuration} is flagged for review and still counts.
     */
    public static SurveyScores of(Questionnaire questionnaire, List<Interview> interviews, List<Standard> standards, Duration minimumDuration) {
        List<Standard> surveyStandards = standards.stream().filter(s -> s.methods().contains(METHOD)).toList();
        List<InterviewValidity> judged = new ArrayList<>();
        for (Interview interview : interviews.stream().sorted(Comparator.comparing(Interview::id)).toList()) {
            if (!Objects.equals(interview.questionnaireId(), questionnaire.id())) {
                throw new IllegalArgumentException("interview " + interview.id() + " answers questionnaire " + interview.questionnaireId()
                        + ", not " + questionnaire.id());
            }
            judged.add(InterviewValidity.of(questionnaire, interview, minimumDuration));
        }
        Map<String, List<InterviewValidity>> districts = new TreeMap<>();
        for (InterviewValidity interview : judged) {
            districts.computeIfAbsent(Objects.toString(interview.interview().district(), ""), d -> new ArrayList<>()).add(interview);
        }
        Map<String, SurveyGroup> byDistrict = new TreeMap<>();
        districts.forEach((district, its) -> byDistrict.put(district, SurveyGroup.of(district, false, questionnaire, its, surveyStandards)));
        return new SurveyScores(List.copyOf(judged), SurveyGroup.of(CITY, true, questionnaire, judged, surveyStandards),
                Collections.unmodifiableMap(byDistrict));
    }

    /** Every interview with its verdict, ordered by id. */
    public List<InterviewValidity> interviews() {
        return interviews;
    }

    /** The whole city: all its valid interviews pooled. */
    public SurveyGroup city() {
        return city;
    }

    public Map<String, SurveyGroup> byDistrict() {
        return byDistrict;
    }
}
