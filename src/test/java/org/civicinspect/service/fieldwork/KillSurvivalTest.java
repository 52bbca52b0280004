package org.civicinspect.service.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.civicinspect.KilledChild;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Tx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No lost work: a child process records answers and reports each one saved; it is killed with SIGKILL at a
 * random moment, 16 times. Every answer it reported saved must be in the workspace, which must stay sound.
 */
class KillSurvivalTest {

    // On a server the commit is the server's; fewer kills keep its run short (each child signs in anew).
    private static final int KILLS = TestServer.inUse() ? 6 : 16;

    @TempDir Path temp;

    @Test
    void everyAnswerReportedSavedSurvivesSigkill() throws Exception {
        Path data = temp.resolve("ws");
        Services services = TestWorkspaces.open(data);
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        Round round = services.createRound().run("断电测试", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 1));
        DrawnSite site = services.assignTeams().run(round.id(), List.of()).drawn().stream()
                .filter(d -> d.site().siteType().equals("公园")).findFirst().orElseThrow();

        Random random = new Random(20261127);
        Map<String, Integer> reported = new ConcurrentHashMap<>();
        int totalReported = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            List<String> args = new java.util.ArrayList<>(List.of(data.toString(), round.id(), site.site().id()));
            if (TestServer.inUse()) {
                args.add(ServerWorkspaces.databaseOf(data));
            }
            int[] lines = {0};
            KilledChild.run(KillTestChild.class, args, random, 300, line -> {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("SAVED")) {
                    reported.merge(parts[1], Integer.parseInt(parts[2]), Math::max);
                    lines[0]++;
                }
            });
            totalReported += lines[0];

            Services after = TestWorkspaces.open(data);
            assertEquals("ok", after.workspace().read(Tx::integrityCheck));
            Map<String, Finding> stored = after.openInspection().run(round.id(), site.site().id()).findings();
            for (Map.Entry<String, Integer> saved : reported.entrySet()) {
                Finding finding = stored.get(saved.getKey());
                assertTrue(finding != null && finding.version() >= saved.getValue(),
                        "kill " + kill + ": " + saved.getKey() + " v" + saved.getValue() + " reported saved but found " + finding);
            }
            after.close();
        }
        assertTrue(totalReported > KILLS, "the children reported " + totalReported + " saved answers");
    }
}
