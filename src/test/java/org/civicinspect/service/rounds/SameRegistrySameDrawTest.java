package org.civicinspect.service.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.bench.SyntheticSiteWorkbook;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draw can be checked by anyone who has the site workbook and the plan: the same registry imported into another
 * workspace (where every site has another id) and drawn with the same seed gives the same sites.
 */
class SameRegistrySameDrawTest {

    @TempDir Path temp;

    @Test
    void theSameWorkbookAndSeedDrawTheSameSitesInAnotherWorkspace() throws Exception {
        Path workbook = temp.resolve("sites.xlsx");
        SyntheticSiteWorkbook.write(workbook, 400, List.of("公园", "农贸市场"), 11);
        SamplingPlan plan = new SamplingPlan(List.of(new Quota("公园", null, 12), new Quota("农贸市场", "第3区", 3)), 0, 20261203);

        List<String> office = drawnNames(temp.resolve("office"), workbook, plan);
        List<String> supervisor = drawnNames(temp.resolve("supervisor"), workbook, plan);

        assertEquals(office, supervisor);
        assertNotEquals(office, drawnNames(temp.resolve("other-seed"), workbook, new SamplingPlan(plan.quotas(), 0, 7)),
                "another seed draws other sites");
    }

    private static List<String> drawnNames(Path folder, Path workbook, SamplingPlan plan) throws Exception {
        Services services = TestWorkspaces.open(folder);
        try {
            services.importSampleIndicatorSet().run(Progress.NONE);
            services.importSiteWorkbook().run(workbook, Progress.NONE);
            services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
            Round round = services.createRound().run("第1期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), "");
            services.drawRoundSample().run(round.id(), plan);
            return services.assignTeams().run(round.id(), List.of()).drawn().stream()
                    .map(d -> d.site().district() + "/" + d.site().name()).sorted().toList();
        } finally {
            services.close();
        }
    }
}
