package org.civicinspect.scoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicinspect.model.Interview;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.Question;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Standard;

/**
 * The questionnaire survey's numbers (问卷调查), always computed from the interviews and never stored: each interview
 * judged valid or not, and per district and for the whole city the rate of every scored question, every index and
 * every standard of method 问卷调查. The city figure pools all valid interviews of the city; it is not a mean of the
 * districts. Respondents are weighted to a population profile only when asked ({@link #weighted}); unweighted figures
 * are the default. The same interviews in any order give the same numbers.
 */
public final class SurveyScores {

    /** The 测评方法 whose standards the survey scores. */
    public static final String METHOD = "问卷调查";
    public static final String CITY = "全市";

    private final List<InterviewValidity> interviews;
    private final SurveyGroup city;
    private final Map<String, SurveyGroup> byDistrict;
    private final RespondentWeights weighting;

    private SurveyScores(List<InterviewValidity> interviews, SurveyGroup city, Map<String, SurveyGroup> byDistrict, RespondentWeights weighting) {
        this.interviews = interviews;
        this.city = city;
        this.byDistrict = byDistrict;
        this.weighting = weighting;
    }

    /**
     * Scores the interviews of one questionnaire. {@code standards} may hold any standards: those of method 问卷调查 are
     * scored. An interview shorter than {@code minimumDuration} is flagged for review and still counts.
     */
    public static SurveyScores of(Questionnaire questionnaire, List<Interview> interviews, List<Standard> standards, Duration minimumDuration) {
        return of(questionnaire, interviews, standards, minimumDuration, List.of());
    }

    /**
     * Scores as {@link #of(Questionnaire, List, List, Duration)} does, each valid interview weighted to the population
     * {@code shares} (one question's options, per district or for the city) by post-stratification within its district
     * ({@link RespondentWeights}).
     */
    public static SurveyScores weighted(Questionnaire questionnaire, List<Interview> interviews, List<Standard> standards, Duration minimumDuration,
                                        List<PopulationShare> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("weighting needs population shares");
        }
        return of(questionnaire, interviews, standards, minimumDuration, shares);
    }

    private static SurveyScores of(Questionnaire questionnaire, List<Interview> interviews, List<Standard> standards, Duration minimumDuration,
                                   List<PopulationShare> shares) {
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
            districts.computeIfAbsent(district(interview), d -> new ArrayList<>()).add(interview);
        }
        RespondentWeights weighting = null;
        if (!shares.isEmpty()) {
            String code = shares.get(0).questionCode();
            Question question = questionnaire.question(code)
                    .orElseThrow(() -> new IllegalArgumentException("no question " + code + " in " + questionnaire.label()));
            Map<String, List<InterviewValidity>> validByDistrict = new TreeMap<>();
            districts.forEach((district, its) -> validByDistrict.put(district, its.stream().filter(InterviewValidity::valid).toList()));
            weighting = RespondentWeights.of(question, shares, validByDistrict);
        }
        List<Question> scored = questionnaire.questions().stream().filter(Question::scored).toList();
        Map<String, List<QuestionRate.Line>> cityLines = new HashMap<>();
        Map<String, Map<String, List<QuestionRate.Line>>> districtLines = new HashMap<>();
        // One pass, interview by interview: each line is worked out once and counts for the city and for its district.
        for (InterviewValidity interview : judged) {
            if (!interview.valid()) {
                continue;
            }
            Map<String, List<QuestionRate.Line>> inDistrict = districtLines.computeIfAbsent(district(interview), d -> new HashMap<>());
            for (Question question : scored) {
                QuestionRate.Line line = QuestionRate.line(question, interview, weighting);
                if (line != null) {
                    cityLines.computeIfAbsent(question.code(), q -> new ArrayList<>()).add(line);
                    inDistrict.computeIfAbsent(question.code(), q -> new ArrayList<>()).add(line);
                }
            }
        }
        Map<String, SurveyGroup> byDistrict = new TreeMap<>();
        for (Map.Entry<String, List<InterviewValidity>> district : districts.entrySet()) {
            byDistrict.put(district.getKey(), SurveyGroup.of(district.getKey(), false, questionnaire, district.getValue(),
                    districtLines.getOrDefault(district.getKey(), Map.of()), surveyStandards, weighting));
        }
        return new SurveyScores(List.copyOf(judged), SurveyGroup.of(CITY, true, questionnaire, judged, cityLines, surveyStandards, weighting),
                Collections.unmodifiableMap(byDistrict), weighting);
    }

    private static String district(InterviewValidity interview) {
        return Objects.toString(interview.interview().district(), "");
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

    /** The weights used, when the figures are weighted. */
    public Optional<RespondentWeights> weighting() {
        return Optional.ofNullable(weighting);
    }
}
