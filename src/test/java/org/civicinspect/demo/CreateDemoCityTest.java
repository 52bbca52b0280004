package org.civicinspect.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Site;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateDemoCityTest {

    @TempDir Path temp;

    private static final CreateDemoCity.Size SMALL = new CreateDemoCity.Size(3, 120, 2, 4, 7);

    @Test
    void makesAScoredCityAndTheSameSeedMakesTheSameCity() {
        Services first = TestWorkspaces.open(temp.resolve("a"));
        CreateDemoCity.Made made = new CreateDemoCity(first).run(SMALL, Progress.NONE);
        assertEquals(120, made.sites());
        assertEquals(2, first.showRound().list().size());
        assertTrue(made.findings() > 0);
        Round older = first.showRound().list().get(0);
        List<ListTeamSites.ListedSite> sites = first.listTeamSites().run(older.id(), null);
        assertTrue(sites.stream().allMatch(s -> s.status() == InspectionStatus.APPROVED), "the older round is scored and approved");
        assertTrue(first.listPeople().teams().size() >= 2);

        Services second = TestWorkspaces.open(temp.resolve("b"));
        new CreateDemoCity(second).run(SMALL, Progress.NONE);
        assertEquals(first.listSites().run(SiteFilter.ALL).stream().map(Site::identity).sorted().toList(),
                second.listSites().run(SiteFilter.ALL).stream().map(Site::identity).sorted().toList());
        assertEquals(first.scoreRound().only("latest", ReportScope.Counted.APPROVED).city().formula(), second.scoreRound().only("latest", ReportScope.Counted.APPROVED).city().formula(),
                "the same seed draws and scores the same");
    }

    @Test
    void everyRoundEndsInTheStatusItsInspectionsGiveIt() {
        Services services = TestWorkspaces.open(temp.resolve("s"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 120, 3, 4, 7), Progress.NONE);
        List<Round> rounds = services.showRound().list();
        assertEquals(List.of(RoundStatus.DONE, RoundStatus.DONE, RoundStatus.INSPECTING), rounds.stream().map(Round::status).toList(),
                "approved rounds are 已完成 and the newest, with its first answers, is 测评中");
    }

    @Test
    void theStandardCityIsAsLargeAsTheDemoPromisesWithPhotosAndProblemsThatDifferByDistrict() {
        Services services = TestWorkspaces.open(temp.resolve("d"));
        CreateDemoCity.Made made = new CreateDemoCity(services).run(new CreateDemoCity.Size(6, 1600, 2, 20, 1), Progress.NONE);
        List<Site> sites = services.listSites().run(SiteFilter.ALL);
        assertEquals(1600, made.sites());
        assertEquals(6, sites.stream().map(Site::district).distinct().count());
        assertTrue(sites.stream().map(s -> s.district() + s.street()).distinct().count() >= 40, "at least 40 streets");
        assertTrue(sites.stream().map(Site::siteType).distinct().count() >= 16, "every site type");
        assertTrue(services.listPeople().people().size() >= 20);
        var scores = services.scoreRound().only("latest", ReportScope.Counted.APPROVED);
        assertTrue(scores.byDistrict().values().stream().map(a -> a.scoreRate()).distinct().count() > 1);
        assertTrue(services.exportProblemList().problems("latest").stream().anyMatch(p -> !p.photos().isEmpty()), "problems carry photos");
    }

    @Test
    void aWorkspaceWithDataIsLeftAlone() {
        Services services = TestWorkspaces.open(temp.resolve("c"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        assertEquals("demo.notEmpty", assertThrows(RequestRefused.class,
                () -> new CreateDemoCity(services).run(SMALL, Progress.NONE)).messageKey());
        assertEquals(10, services.listSites().run(SiteFilter.ALL).size());
    }
}
