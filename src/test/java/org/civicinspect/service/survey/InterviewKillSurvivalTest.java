package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.civicinspect.KilledChild;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Interview;
import org.civicinspect.service.Services;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Tx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No lost interview: a child process conducts interviews and reports each answer saved; it is killed with SIGKILL at
 * a random moment, six times. Every answer it reported saved is in the workspace as it was given, every interview it
 * reported finished is finished, and the workspace stays sound.
 */
class InterviewKillSurvivalTest {

    private static final int KILLS = TestServer.inUse() ? 3 : 6;

    @TempDir Path temp;

    @Test
    void everyAnswerReportedSavedSurvivesSigkill() throws Exception {
        Path data = temp.resolve("ws");
        Services services = TestWorkspaces.open(data);
        String roundId = RecordInterviewTest.roundWithTiny(services);
        services.pinQuestionnaire().run("甲轮", "tiny-questionnaire");
        services.close();

        Random random = new Random(20261203);
        Map<String, String> saved = new ConcurrentHashMap<>();
        Set<String> finished = ConcurrentHashMap.newKeySet();
        for (int kill = 0; kill < KILLS; kill++) {
            List<String> args = new ArrayList<>(List.of(data.toString(), roundId, "K" + kill));
            if (TestServer.inUse()) {
                args.add(ServerWorkspaces.databaseOf(data));
            }
            KilledChild.run(InterviewKillChild.class, args, random, 400, line -> {
                String[] parts = line.split(" ");
                if (parts.length == 4 && parts[0].equals("SAVED")) {
                    saved.put(parts[1] + " " + parts[2], parts[3]);
                } else if (parts.length == 2 && parts[0].equals("FINISHED")) {
                    finished.add(parts[1]);
                }
            });

            Services after = TestWorkspaces.open(data);
            assertEquals("ok", after.workspace().read(Tx::integrityCheck));
            Map<String, Interview> stored = after.workspace().read(tx -> tx.interviews().ofRound(roundId)).stream()
                    .collect(Collectors.toMap(Interview::id, i -> i));
            for (Map.Entry<String, String> answer : saved.entrySet()) {
                String[] at = answer.getKey().split(" ");
                Interview interview = stored.get(at[0]);
                assertTrue(interview != null && interview.answer(at[1]).equals(List.of(answer.getValue())),
                        "kill " + kill + ": " + answer.getKey() + "=" + answer.getValue() + " reported saved but found " + interview);
            }
            for (String id : finished) {
                assertTrue(stored.get(id).endedAt() != null, "kill " + kill + ": " + id + " reported finished");
            }
            after.close();
        }
        assertTrue(saved.size() > KILLS, "the children reported " + saved.size() + " saved answers");
    }
}
