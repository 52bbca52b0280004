package org.civicinspect.service.packages;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.survey.InterviewAnswers;
import org.civicinspect.store.InterviewRepository;
import org.civicinspect.store.Tx;

/**
 * The survey's part of merging a result package: the interviews its laptop recorded. Each stays with the team whose
 * laptop recorded it: the same 访问编号 from another team, or one recorded at the office, refuses the package. Of two
 * copies from the same laptop the one it saved later (the higher version there) is kept, so packages may come in any
 * order and twice.
 */
final class MergeInterviews {

    private MergeInterviews() {
    }

    /** How many interviews a package added and brought newer copies of. */
    record Counts(int added, int updated) {
    }

    /**
     * Checks the interviews against the round before anything is written: the round pins a questionnaire, every
     * interview is of this round and answers that questionnaire, 访问编号 are given and each once, and every answer
     * is one the questionnaire takes.
     */
    static void check(Tx tx, String file, Round round, List<Interview> interviews) throws SQLException {
        if (interviews.isEmpty()) {
            return;
        }
        Optional<String> pinned = tx.interviews().pinnedQuestionnaire(round.id());
        if (pinned.isEmpty()) {
            throw new RequestRefused("package.interviewsWithoutSurvey", file, round.name());
        }
        Questionnaire questionnaire = tx.questionnaires().find(pinned.get()).orElseThrow();
        Set<String> ids = new HashSet<>();
        for (Interview interview : interviews) {
            if (interview.id().isBlank() || !ids.add(interview.id()) || !round.id().equals(interview.roundId())
                    || !questionnaire.id().equals(interview.questionnaireId()) || interview.version() < 1) {
                throw new RequestRefused("package.interviewNotOfRound", file, interview.id(), round.name(), questionnaire.label());
            }
            for (var answer : interview.answers().entrySet()) {
                try {
                    if (!InterviewAnswers.check(questionnaire, answer.getKey(), answer.getValue()).equals(answer.getValue())) {
                        throw new RequestRefused("interview.unknownOption", answer.getKey(), String.join("、", answer.getValue()));
                    }
                } catch (RequestRefused refused) {
                    throw new RequestRefused("package.badInterviewAnswer", file, interview.id(), answer.getKey(),
                            String.join("、", answer.getValue()), questionnaire.label());
                }
            }
        }
    }

    /** Writes the package's interviews as recorded by {@code team}, inside the merge's transaction. */
    static Counts merge(Tx tx, String file, Team team, Round round, List<Interview> interviews, Instant now) throws SQLException {
        int added = 0;
        int updated = 0;
        for (Interview interview : interviews) {
            Optional<InterviewRepository.Stored> stored = tx.interviews().stored(round.id(), interview.id());
            if (stored.isPresent() && !stored.get().teamId().equals(Optional.of(team.id()))) {
                Optional<String> holder = stored.get().teamId();
                if (holder.isEmpty()) {
                    throw new RequestRefused("package.interviewRecordedAtOffice", file, interview.id(), round.name());
                }
                throw new RequestRefused("package.interviewOfAnotherTeam", file, interview.id(), round.name(),
                        PackageFiles.teamName(tx, holder.get()));
            }
            if (stored.isEmpty() || interview.version() > stored.get().version()) {
                tx.interviews().saveReceived(interview, team.id(), now);
                if (stored.isEmpty()) {
                    added++;
                } else {
                    updated++;
                }
            }
        }
        return new Counts(added, updated);
    }
}
