package org.civicinspect.service.reports;

import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.Aggregate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's figures are the engine's figures, and there is nothing to show before the first round. */
class ShowDashboardTest {

    @TempDir Path temp;

    @Test
    void showsTheNewestRoundAndTheCityAcrossEveryEarlierRound() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        assertTrue(services.showDashboard().run(null).isEmpty(), "no rounds, no dashboard");
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 150, 4, 6, 8), Progress.NONE);
        List<Round> rounds = services.showRound().list();

        Dashboard newest = services.showDashboard().run(null).orElseThrow();
        assertEquals(rounds.get(3), newest.round());
        assertEquals(4, newest.trend().size());
        for (int i = 0; i < 4; i++) {
            ScoreRound.Scored scored = services.scoreRound().run(rounds.get(i).id(), ReportScope.Counted.APPROVED);
            assertEquals(rounds.get(i), newest.trend().get(i).round());
            assertEquals(scored.scores().city(), newest.trend().get(i).city().field());
        }
        int drawn = services.showRound().run(newest.round().id()).drawn().size();
        assertEquals(drawn, newest.teams().stream().mapToInt(Dashboard.TeamProgress::total).sum());
        assertTrue(newest.teams().stream().allMatch(t -> t.notDone().size() == t.total() - t.done()));
        assertEquals(newest.scores().byDistrict().size(), newest.districts().size());
        for (int i = 1; i < newest.weakest().size(); i++) {
            assertTrue(newest.weakest().get(i - 1).aggregate().complianceRate().compareTo(newest.weakest().get(i).aggregate().complianceRate()) <= 0);
        }
        assertTrue(newest.weakest().stream().allMatch(w -> w.standard() != null && w.standard().code().equals(w.aggregate().group())));
        for (int i = 1; i < newest.units().size(); i++) {
            assertTrue(newest.units().get(i - 1).problems() >= newest.units().get(i).problems());
        }
        assertTrue(newest.units().stream().mapToInt(Aggregate::problems).allMatch(p -> p > 0));

        // The 综合得分 beside the field score: the very figure score composite gives for the round, under the same scope.
        assertEquals(services.scoreComposite().run(ScoreComposite.Request.of(newest.round().id())).score(), newest.composite().orElseThrow());
        assertEquals(newest.scores().city().scoreRate(), newest.composite().orElseThrow().part(org.civicinspect.scoring.CompositeScore.FIELD).rate().orElseThrow(),
                "its field part is the headline's field figure");

        Dashboard second = services.showDashboard().run(rounds.get(1).id()).orElseThrow();
        assertEquals(2, second.trend().size(), "a past round shows the city up to itself");
    }
}
