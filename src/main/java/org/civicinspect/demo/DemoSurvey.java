package org.civicinspect.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.survey.QuestionnaireImportResult;
import org.civicinspect.store.AuditLog;

/**
 * The demo city's questionnaire survey: the sample questionnaire (assets/sample-questionnaire.xlsx) imported once and
 * pinned by every round, a plan of targets per district × method with one interviewer for each, and interviews that
 * fill it. Answers follow the sample's questions and skip rule (Q5 only after Q4 = 参加过); rates differ by district and
 * improve a little round by round: 知晓率 about 85–95%, 支持率 above 95%, 满意度 75–90%, 参与率 lower. A few interviews
 * are abandoned, screened out (under 18, resident less than half a year) or void for a vague 说不清 to Q7, a few are
 * too fast, and some answers are 不清楚. The interviews of a round are written in one transaction, as typed-in paper
 * questionnaires are.
 */
final class DemoSurvey {

    private static final String SAMPLE = "/assets/sample-questionnaire.xlsx";
    private static final String SAMPLE_FILE = "sample-questionnaire.xlsx";
    private static final List<InterviewMethod> METHODS = List.of(InterviewMethod.HOME, InterviewMethod.STREET, InterviewMethod.PHONE);
    /** Shares of a district's target by method: 入户, 街访, 电话. */
    private static final double[] METHOD_SHARES = {0.4, 0.35, 0.25};
    private static final List<String> SUGGESTIONS = List.of("希望加强小区停车管理", "建议多设置垃圾分类投放点", "希望背街小巷的路灯及时修好",
            "农贸市场周边占道经营还要再管一管", "志愿服务活动可以多在周末开展", "公共厕所保洁还需加强");

    private final Services services;
    private final Random random;
    private final List<String> interviewers;
    private final List<String> districts;
    private final int perDistrict;
    private final int rounds;
    /** Each district's standing, added to every positive share: some districts are ahead of others. */
    private final Map<String, Double> standing = new HashMap<>();
    private String questionnaireId;

    /**
     * {@code interviewers}: the demo's people who ask; each district's target grows with the city, from 12 to 90 valid
     * interviews a round.
     */
    DemoSurvey(Services services, CreateDemoCity.Size size, List<String> districts, List<String> interviewers) {
        this.services = services;
        // Its own random numbers, so that the field scores of a seed stay what they were without the survey.
        this.random = new Random(size.seed() * 7919 + 19);
        this.interviewers = List.copyOf(interviewers);
        this.districts = List.copyOf(districts);
        this.perDistrict = Math.max(12, Math.min(90, size.sites() / Math.max(1, districts.size()) / 3));
        this.rounds = Math.max(1, size.rounds());
        for (String district : districts) {
            standing.put(district, -0.04 + random.nextDouble() * 0.07);
        }
    }

    /**
     * The round's survey: pinned, planned and interviewed, over the first days of the round; a round {@code under way}
     * has about half of its target. How many interviews were made.
     */
    int survey(Round round, int roundIndex, LocalDate start, boolean underWay) {
        if (questionnaireId == null) {
            questionnaireId = importSample();
        }
        services.pinQuestionnaire().run(round.id(), questionnaireId);
        SurveyPlan plan = plan(round.id());
        List<Interview> interviews = new ArrayList<>();
        for (SurveyQuota quota : plan.quotas()) {
            String interviewer = plan.assignments().stream().filter(a -> a.district().equals(quota.district()) && a.method() == quota.method())
                    .findFirst().orElseThrow().interviewer();
            int wanted = underWay ? quota.target() / 2 : quota.target();
            int valid = 0;
            for (int n = 1; valid < wanted; n++) {
                Interview interview = interview(round, roundIndex, start, quota, interviewer, n);
                interviews.add(interview);
                if (counts(interview)) {
                    valid++;
                }
            }
        }
        Instant now = Audit.now(services.clock());
        services.workspace().write(tx -> {
            tx.surveyPlans().replace(plan);
            for (Interview interview : interviews) {
                tx.interviews().save(interview, now);
            }
            tx.audit().append(now, services.signedIn().name(), AuditLog.Action.INTERVIEW, Audit.round(round.id()),
                    "demo survey quotas=" + plan.quotas().size() + " target=" + plan.target() + " interviews=" + interviews.size());
            return null;
        });
        return interviews.size();
    }

    private String importSample() {
        Path folder = null;
        try (InputStream in = DemoSurvey.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + SAMPLE);
            }
            folder = Files.createTempDirectory("civicinspect-demo-survey");
            Path file = folder.resolve(SAMPLE_FILE);
            Files.copy(in, file);
            QuestionnaireImportResult result = services.importQuestionnaire().run(file, null, Progress.NONE);
            Questionnaire questionnaire = result.questionnaire();
            if (questionnaire == null) {
                throw new IllegalStateException("the sample questionnaire did not import: " + result.errors());
            }
            return questionnaire.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                try {
                    Files.deleteIfExists(folder.resolve(SAMPLE_FILE));
                    Files.deleteIfExists(folder);
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }

    /** Targets per district × method, each quota asked by one of the interviewers in turn. */
    private SurveyPlan plan(String roundId) {
        List<SurveyQuota> quotas = new ArrayList<>();
        List<InterviewerQuota> assignments = new ArrayList<>();
        for (int d = 0; d < districts.size(); d++) {
            for (int m = 0; m < METHODS.size(); m++) {
                int target = Math.max(2, (int) Math.round(perDistrict * METHOD_SHARES[m]));
                quotas.add(new SurveyQuota(districts.get(d), METHODS.get(m), target));
                assignments.add(new InterviewerQuota(interviewers.get((d * METHODS.size() + m) % interviewers.size()), districts.get(d),
                        METHODS.get(m), target));
            }
        }
        return new SurveyPlan(roundId, quotas, List.of(), assignments);
    }

    /** One respondent, answering as the district and the round make likely. */
    private Interview interview(Round round, int roundIndex, LocalDate start, SurveyQuota quota, String interviewer, int n) {
        int d = districts.indexOf(quota.district());
        String id = String.format("%02d-%s-%03d", d + 1, quota.method().name().charAt(0), n);
        Instant started = start.plusDays(random.nextInt(4)).atTime(9 + random.nextInt(11), random.nextInt(60))
                .toInstant(ZoneOffset.ofHours(8));
        // The city gains about five points over all the rounds; each district keeps its standing.
        double lift = standing.get(quota.district()) + 0.05 * roundIndex / Math.max(1, rounds - 1);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        double roll = random.nextDouble();
        if (roll < 0.012) {
            answers.put("S1", List.of("1"));
            return interview(id, round, quota, interviewer, started, 1 + random.nextInt(2), false, answers);
        }
        answers.put("S1", List.of("2"));
        if (roll < 0.03) {
            answers.put("S2", List.of("2"));
            return interview(id, round, quota, interviewer, started, 1 + random.nextInt(2), false, answers);
        }
        answers.put("S2", List.of("1"));
        // The respondent may break off at any question after the screening; about one in forty does.
        int breakOff = random.nextDouble() < 0.025 ? 1 + random.nextInt(9) : Integer.MAX_VALUE;
        List<String> order = List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12");
        for (int q = 0; q < order.size(); q++) {
            if (q >= breakOff) {
                return interview(id, round, quota, interviewer, started, 2 + q / 2, true, answers);
            }
            String code = order.get(q);
            List<String> answer = answer(code, lift, answers);
            if (!answer.isEmpty()) {
                answers.put(code, answer);
            }
        }
        // Most interviews take 8–18 minutes (by telephone 6–12); about one in thirty is hurried through in under five.
        int minutes = random.nextDouble() < 0.035 ? 3 + random.nextInt(2)
                : quota.method() == InterviewMethod.PHONE ? 6 + random.nextInt(7) : 8 + random.nextInt(11);
        return interview(id, round, quota, interviewer, started, minutes, false, answers);
    }

    private Interview interview(String id, Round round, SurveyQuota quota, String interviewer, Instant started, int minutes, boolean abandoned,
                                Map<String, List<String>> answers) {
        Instant ended = started.plusSeconds(minutes * 60L + random.nextInt(60));
        return new Interview(id, round.id(), questionnaireId, interviewer, quota.district(), quota.method(), started, ended, abandoned, answers, 1);
    }

    /** The answer to one question, none for a question its skip rule leaves out or a suggestion not given. */
    private List<String> answer(String code, double lift, Map<String, List<String>> given) {
        return switch (code) {
            case "Q1" -> yesNo(0.96 + lift, 0.02);
            case "Q2" -> yesNo(0.91 + lift, 0.03);
            case "Q3" -> yesNo(0.87 + lift, 0.04);
            case "Q4" -> yesNo(0.52 + 2 * lift, 0.02);
            case "Q5" -> given.getOrDefault("Q4", List.of()).equals(List.of("1")) ? activities() : List.of();
            case "Q6" -> yesNo(0.60 + 2 * lift, 0.03);
            case "Q7" -> yesNo(0.98 + lift / 3, 0.008);
            case "Q8" -> yesNo(0.97 + lift / 2, 0.01);
            case "Q9" -> rating(0.78 + lift);
            case "Q10" -> rating(0.76 + lift);
            case "Q11" -> rating(0.84 + lift);
            case "Q12" -> random.nextDouble() < 0.15 ? List.of(SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size()))) : List.of();
            default -> List.of();
        };
    }

    /** 1 with the positive share, 9 (不清楚, 说不清) with the vague share, 2 otherwise. */
    private List<String> yesNo(double positive, double vague) {
        double roll = random.nextDouble();
        return List.of(roll < vague ? "9" : roll < vague + Math.min(0.995, positive) * (1 - vague) ? "1" : "2");
    }

    /** 非常满意 or 比较满意 with the positive share, else 一般 … 很不满意, or now and then 不清楚. */
    private List<String> rating(double positive) {
        if (random.nextDouble() < 0.02) {
            return List.of("9");
        }
        if (random.nextDouble() < Math.min(0.97, positive)) {
            return List.of(random.nextDouble() < 0.45 ? "1" : "2");
        }
        double roll = random.nextDouble();
        return List.of(roll < 0.65 ? "3" : roll < 0.9 ? "4" : "5");
    }

    private List<String> activities() {
        List<String> chosen = new ArrayList<>();
        for (String option : List.of("1", "2", "3", "4")) {
            if (random.nextDouble() < (option.equals("4") ? 0.1 : 0.45)) {
                chosen.add(option);
            }
        }
        return chosen.isEmpty() ? List.of("1") : chosen;
    }

    /** Whether the interview will count, as the scoring judges it: ended, not screened out, Q7 not 说不清. */
    private static boolean counts(Interview interview) {
        return !interview.abandoned() && interview.answer("S1").equals(List.of("2")) && interview.answer("S2").equals(List.of("1"))
                && !interview.answer("Q7").equals(List.of("9"));
    }
}
