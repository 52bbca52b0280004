package org.civicinspect.service.survey;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * An interview as the interviewer goes through it: started, answered question by question, then finished or
 * abandoned. Each step is one committed transaction, so when a call returns what was typed survives the program being
 * killed. The interview answers the questionnaire version its round pins.
 */
public final class RecordInterview {

    /** How an interview starts: its 访问编号 in the round, who asks, where and how; {@code startedAt} null means now. */
    public record Start(String roundId, String interviewId, String interviewer, String district, InterviewMethod method, Instant startedAt) {
        public Start {
            interviewId = interviewId == null ? "" : interviewId.strip();
            interviewer = interviewer == null ? "" : interviewer.strip();
            district = district == null ? "" : district.strip();
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public RecordInterview(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** Starts the interview; refused when the round has one of that 访问编号 already. */
    public Interview start(Start start) {
        if (start.interviewId().isEmpty()) {
            throw new RequestRefused("interview.noId");
        }
        Instant now = Audit.now(clock);
        return workspace.write(tx -> {
            Round round = round(tx, start.roundId());
            Questionnaire questionnaire = SurveyRounds.pinned(tx, round);
            if (tx.interviews().find(round.id(), start.interviewId()).isPresent()) {
                throw new RequestRefused("interview.exists", start.interviewId(), round.name());
            }
            Interview saved = tx.interviews().save(new Interview(start.interviewId(), round.id(), questionnaire.id(),
                    signedIn.nameOr(start.interviewer()), start.district(), start.method(), start.startedAt() == null ? now : start.startedAt(),
                    null, false, Map.of(), 1), now);
            audit(tx, now, saved, "started " + saved.method() + " district=" + saved.district() + " interviewer=" + saved.interviewer());
            return saved;
        });
    }

    /**
     * Records one question's answer (option codes, or the one number or text said; none clears it) and commits it
     * before returning. Refused for an option the question does not have, a second option for a question that takes
     * one, or a number that is not a number.
     */
    public Interview answer(String roundId, String interviewId, String questionCode, List<String> values) {
        Instant now = Audit.now(clock);
        return workspace.write(tx -> {
            Interview interview = interview(tx, roundId, interviewId);
            Questionnaire questionnaire = tx.questionnaires().find(interview.questionnaireId()).orElseThrow();
            List<String> kept = InterviewAnswers.check(questionnaire, questionCode, values);
            tx.interviews().putAnswer(roundId, interview.id(), questionCode, kept, now);
            Interview answered = tx.interviews().find(roundId, interview.id()).orElseThrow();
            audit(tx, now, answered, "answered " + questionCode + "=" + String.join(";", kept));
            return answered;
        });
    }

    /** Ends the interview; {@code endedAt} null means now. */
    public Interview finish(String roundId, String interviewId, Instant endedAt) {
        return end(roundId, interviewId, endedAt, false, "");
    }

    /** Ends the interview as broken off: it does not count. */
    public Interview abandon(String roundId, String interviewId, Instant endedAt) {
        return end(roundId, interviewId, endedAt, true, "");
    }

    /** Ends the interview as broken off, with the interviewer's reason (the respondent left, …), kept in the audit log. */
    public Interview abandon(String roundId, String interviewId, Instant endedAt, String reason) {
        return end(roundId, interviewId, endedAt, true, reason == null ? "" : reason.strip());
    }

    private Interview end(String roundId, String interviewId, Instant endedAt, boolean abandoned, String reason) {
        Instant now = Audit.now(clock);
        return workspace.write(tx -> {
            Interview i = interview(tx, roundId, interviewId);
            Interview saved = tx.interviews().save(new Interview(i.id(), i.roundId(), i.questionnaireId(), i.interviewer(), i.district(),
                    i.method(), i.startedAt(), endedAt == null ? now : endedAt, abandoned, i.answers(), i.version()), now);
            audit(tx, now, saved, abandoned ? (reason.isEmpty() ? "abandoned" : "abandoned reason=" + reason) : "finished");
            return saved;
        });
    }

    private static Round round(Tx tx, String roundId) throws SQLException {
        return tx.rounds().find(roundId).orElseThrow(() -> new RequestRefused("round.notFound", roundId));
    }

    private static Interview interview(Tx tx, String roundId, String interviewId) throws SQLException {
        Round round = round(tx, roundId);
        Interview found = tx.interviews().find(round.id(), interviewId)
                .orElseThrow(() -> new RequestRefused("interview.notFound", interviewId, round.name()));
        refuseALaptops(tx, round, interviewId);
        return found;
    }

    /**
     * Refuses to change an interview taken in from a field laptop: it is that laptop's, whose next result package would
     * bring its own copy back.
     */
    static void refuseALaptops(Tx tx, Round round, String interviewId) throws SQLException {
        var stored = tx.interviews().stored(round.id(), interviewId);
        if (stored.isPresent() && stored.get().teamId().isPresent()) {
            String team = stored.get().teamId().get();
            String name = tx.people().teams().stream().filter(t -> t.id().equals(team)).map(t -> t.name()).findFirst().orElse(team);
            throw new RequestRefused("interview.fromALaptop", interviewId, round.name(), name);
        }
    }

    private void audit(Tx tx, Instant now, Interview interview, String detail) throws SQLException {
        tx.audit().append(now, signedIn.name(), AuditLog.Action.INTERVIEW, subject(interview), detail + " version=" + interview.version());
    }

    static String subject(Interview interview) {
        return "interview:" + interview.roundId() + "/" + interview.id();
    }
}
