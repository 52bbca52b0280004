package org.civicinspect.service.survey;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * What the interview screen opens on: the rounds whose survey has a questionnaire pinned and, for one of them, what the
 * interviewer at this laptop needs before the first respondent: the questionnaire, the districts to choose from, how
 * many interviews they have completed in the round, an unfinished interview to continue (the program was closed or
 * killed during it) and the 访问编号 to suggest for the next one.
 */
public final class PrepareInterviews {

    /** A round and the questionnaire version its interviews answer. */
    public record SurveyRound(Round round, Questionnaire questionnaire) {
    }

    /**
     * The round as one interviewer meets it. {@code completed}: their interviews finished and not abandoned;
     * {@code unfinished}: their latest interview neither finished nor abandoned, if any; {@code district} and
     * {@code method}: those of their latest interview (the first district and 入户 before any), kept for the next one;
     * {@code quota}: the survey plan's target for them in the round, over every district and method, if it gives one.
     */
    public record Desk(Round round, Questionnaire questionnaire, String interviewer, List<String> districts, int completed,
                       Optional<Interview> unfinished, String suggestedId, List<String> takenIds, String district, InterviewMethod method,
                       Optional<Integer> quota) {
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");
    private static final String FIRST_ID = "A001";

    private final Workspace workspace;
    private final SignedIn signedIn;

    public PrepareInterviews(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The rounds that pin a questionnaire, oldest first. */
    public List<SurveyRound> rounds() {
        return workspace.read(tx -> {
            List<SurveyRound> found = new ArrayList<>();
            for (Round round : tx.rounds().list()) {
                Optional<String> pinned = tx.interviews().pinnedQuestionnaire(round.id());
                if (pinned.isPresent()) {
                    found.add(new SurveyRound(round, tx.questionnaires().find(pinned.get()).orElseThrow()));
                }
            }
            return found;
        });
    }

    /** The round for the person signed in at this workspace. */
    public Desk desk(String roundId) {
        String interviewer = signedIn.name();
        return workspace.read(tx -> {
            Round round = tx.rounds().find(roundId).orElseThrow(() -> new org.civicinspect.service.common.RequestRefused("round.notFound", roundId));
            Questionnaire questionnaire = SurveyRounds.pinned(tx, round);
            List<Interview> all = tx.interviews().ofRound(round.id());
            List<Interview> mine = all.stream().filter(i -> i.interviewer().equals(interviewer))
                    .sorted(Comparator.comparing(Interview::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
            int completed = (int) mine.stream().filter(i -> i.endedAt() != null && !i.abandoned()).count();
            Optional<Interview> unfinished = mine.stream().filter(i -> i.endedAt() == null).reduce((a, b) -> b);
            List<String> taken = all.stream().map(Interview::id).toList();
            String last = mine.isEmpty() ? null : mine.get(mine.size() - 1).id();
            SurveyPlan plan = tx.surveyPlans().of(round.id());
            List<String> districts = districts(tx, all, plan);
            Optional<Interview> latest = mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
            String district = latest.map(Interview::district).orElse(districts.isEmpty() ? "" : districts.get(0));
            InterviewMethod method = latest.map(Interview::method).orElse(InterviewMethod.HOME);
            List<InterviewerQuota> assigned = plan.assignments().stream()
                    .filter(a -> a.interviewer().equals(interviewer)).toList();
            Optional<Integer> quota = assigned.isEmpty() ? Optional.empty()
                    : Optional.of(assigned.stream().mapToInt(InterviewerQuota::target).sum());
            return new Desk(round, questionnaire, interviewer, districts, completed, unfinished, next(last, taken), taken, district, method,
                    quota);
        });
    }

    /**
     * The 访问编号 after {@code last} (its number one up, as wide as before: A009 → A010) that no interview in
     * {@code taken} has; A001 onwards when there is no last one or it ends in no number.
     */
    public static String next(String last, java.util.Collection<String> taken) {
        Matcher m = TRAILING_NUMBER.matcher(last == null ? "" : last);
        String prefix = m.matches() ? m.group(1) : FIRST_ID.substring(0, 1);
        int width = m.matches() ? m.group(2).length() : FIRST_ID.length() - 1;
        long n = m.matches() ? Long.parseLong(m.group(2)) + 1 : 1;
        String candidate;
        do {
            candidate = prefix + String.format("%0" + width + "d", n++);
        } while (taken.contains(candidate));
        return candidate;
    }

    /** The districts of the sites, the interviews so far and the survey plan. */
    private static List<String> districts(org.civicinspect.store.Tx tx, List<Interview> interviews, SurveyPlan plan) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        plan.quotas().forEach(q -> names.add(q.district()));
        for (Site site : tx.sites().list()) {
            names.add(site.district());
        }
        interviews.forEach(i -> names.add(i.district()));
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }
}
