package org.civicinspect.service.fieldwork;

import org.civicinspect.service.Services;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Standard;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Workspace;

/**
 * The child process of {@link KillSurvivalTest}: records answers as fast as it can through the same service as
 * the scoring screen, and reports each one on standard output only after the call returned (i.e. "shown saved").
 */
public final class KillTestChild {

    private KillTestChild() {
    }

    public static void main(String[] args) {
        // A fourth argument names the workspace's database on the test server, on the suite's run on PostgreSQL.
        Services services = args.length > 3 ? new Services(Workspace.open(Path.of(args[0]), TestServer.login(args[3])), Clock.systemUTC())
                : Services.open(Path.of(args[0]), Clock.systemUTC());
        String roundId = args[1];
        String siteId = args[2];
        List<Standard> checklist = services.openInspection().run(roundId, siteId).standards();
        for (int i = 0; ; i++) {
            Standard standard = checklist.get(i % checklist.size());
            Answer answer = switch (standard.scoring().mode()) {
                case BINARY -> i % 2 == 0 ? Answer.met() : Answer.notMet();
                case GRADED -> Answer.grade(Grade.values()[i % Grade.values().length]);
                case DEDUCTION -> Answer.occurrences(i % 4);
            };
            Finding saved = services.recordFinding().run(new RecordFinding.Request(roundId, siteId, standard.code(), answer,
                    "第" + i + "次", List.of(), "测评员"));
            System.out.println("SAVED " + saved.standardCode() + " " + saved.version());
            System.out.flush();
        }
    }
}
