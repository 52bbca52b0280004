package org.civicinspect.service.survey;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.service.Services;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Workspace;

/**
 * The child process of {@link InterviewKillSurvivalTest}: conducts interviews as fast as it can through the same
 * service as the interview screen, and reports each answer on standard output only after the call returned (i.e.
 * "shown saved"): {@code SAVED interview question value}.
 */
public final class InterviewKillChild {

    private InterviewKillChild() {
    }

    public static void main(String[] args) {
        // A fourth argument names the workspace's database on the test server, on the suite's run on PostgreSQL.
        Services services = args.length > 3 ? new Services(Workspace.open(Path.of(args[0]), TestServer.login(args[3])), Clock.systemUTC())
                : Services.open(Path.of(args[0]), Clock.systemUTC());
        String roundId = args[1];
        String prefix = args[2];
        Questionnaire questionnaire = services.prepareInterviews().desk(roundId).questionnaire();
        RecordInterview record = services.recordInterview();
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            record.start(new RecordInterview.Start(roundId, id, "王芳", "城东区", InterviewMethod.HOME, null));
            for (Question question : questionnaire.questions()) {
                String value = question.kind() == QuestionKind.NUMBER ? String.valueOf(18 + n % 60)
                        : question.kind() == QuestionKind.TEXT ? "第" + n + "份"
                        : question.options().get(n % question.options().size()).code();
                record.answer(roundId, id, question.code(), List.of(value));
                System.out.println("SAVED " + id + " " + question.code() + " " + value);
                System.out.flush();
            }
            record.finish(roundId, id, null);
            System.out.println("FINISHED " + id);
            System.out.flush();
        }
    }
}
