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
import org.civicinspect.scoring.InterviewValidity;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import org.civicinspect.scoring.SurveyScores;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.service.survey.SurveyPlanProgress;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateDemoCityTest {

    @TempDir Path temp;

    private static final CreateDemoCity.Size SMALL = new CreateDemoCity.Size(3, 120, 2, 4, 7);

    @TempDir static Path shared;
    private static CreateDemoCity.Made threeRounds;

    /** The city of three rounds two tests look at, made once; each of them opens a copy of it. */
    @BeforeAll
    static void aCityOfThreeRounds() {
        Services maker = TestWorkspaces.open(shared.resolve("three"));
        threeRounds = new CreateDemoCity(maker).run(new CreateDemoCity.Size(3, 120, 3, 4, 7), Progress.NONE);
        maker.close();
    }

    private Services aCopyOfTheCityOfThreeRounds() {
        return TestWorkspaces.openCopy(shared.resolve("three"), temp.resolve("three"));
    }

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
        assertEquals(surveyFigures(first, older.id()), surveyFigures(second, second.showRound().list().get(0).id()),
                "the same seed interviews the same respondents");
    }

    @Test
    void everyRoundEndsInTheStatusItsInspectionsGiveIt() {
        Services services = aCopyOfTheCityOfThreeRounds();
        List<Round> rounds = services.showRound().list();
        assertEquals(List.of(RoundStatus.DONE, RoundStatus.DONE, RoundStatus.INSPECTING), rounds.stream().map(Round::status).toList(),
                "approved rounds are 已完成 and the newest, with its first answers, is 测评中");
    }

    @Test
    void everyRoundHasASurveyPlannedAndInterviewedTheNewestOneHalfWay() {
        Services services = aCopyOfTheCityOfThreeRounds();
        CreateDemoCity.Made made = threeRounds;
        List<Round> rounds = services.showRound().list();
        int interviews = 0;
        for (Round round : rounds) {
            SurveyPlanProgress progress = services.showSurveyPlan().run(round.id());
            assertEquals(9, progress.plan().quotas().size(), "3 districts × 入户, 街访, 电话 in " + round.name());
            assertEquals(9, progress.plan().assignments().size(), "each quota has its interviewer in " + round.name());
            int valid = progress.cells().stream().mapToInt(SurveyPlanProgress.Tally::valid).sum();
            boolean newest = round.equals(rounds.get(rounds.size() - 1));
            assertEquals(newest ? progress.plan().quotas().stream().mapToInt(q -> q.target() / 2).sum() : progress.plan().target(), valid,
                    "valid interviews against the plan of " + round.name());
            interviews += services.scoreSurvey().run(round.id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores().interviews().size();
        }
        assertEquals(made.interviews(), interviews);
        assertEquals(1, services.listQuestionnaires().run().size(), "the sample questionnaire is imported once, for every round");
    }

    @Test
    void theStandardCityIsAsLargeAsTheDemoPromisesWithPhotosProblemsAndSurveyRatesThatDifferByDistrict() {
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

        SurveyScores survey = services.scoreSurvey().run(services.showRound().list().get(0).id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores();
        assertBetween(0.85, 0.95, index(survey.city(), "知晓率"), "知晓率");
        assertBetween(0.95, 1.0, index(survey.city(), "支持率"), "支持率");
        assertBetween(0.75, 0.90, index(survey.city(), "满意度"), "满意度");
        assertBetween(0.40, 0.75, index(survey.city(), "参与率"), "参与率, lower than the others");
        for (SurveyGroup district : survey.byDistrict().values()) {
            assertBetween(0.78, 0.99, index(district, "知晓率"), district.group() + " 知晓率");
            assertBetween(0.68, 0.95, index(district, "满意度"), district.group() + " 满意度");
        }
        assertTrue(survey.byDistrict().values().stream().map(d -> index(d, "满意度")).distinct().count() >= 4, "districts differ");
        assertTrue(survey.city().excluded().size() >= 5, "a few interviews do not count");
        assertTrue(survey.city().excluded().size() < survey.city().interviews().size() / 10, "but only a few");
        assertEquals(3, survey.city().excluded().stream().map(InterviewValidity::reason).distinct().count(),
                "abandoned, screened out and vague answers: " + survey.city().explanation());
        assertTrue(survey.city().flaggedForReview().size() >= 3, "a few are too fast");
        assertTrue(survey.city().questions().get("Q1").notReadAloud() > 0, "不清楚 is said now and then");
        assertEquals(0, survey.city().withIgnoredAnswers().size(), "Q5 is asked only after Q4 = 参加过");
    }

    private static double index(SurveyGroup group, String index) {
        return group.indices().get(index).value().doubleValue();
    }

    private static void assertBetween(double low, double high, double value, String what) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", not within " + low + "–" + high);
    }

    private static List<String> surveyFigures(Services services, String roundId) {
        SurveyScores scores = services.scoreSurvey().run(roundId, ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(scores.city()), scores.byDistrict().values().stream())
                .flatMap(g -> g.indices().values().stream().map(SurveyIndex::formula)).toList();
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

    @Test
    void theCityHasUnitsWithContactsATaskBreakdownMaterialFilesAndEachSitesBaolian() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("t"));
        new CreateDemoCity(services).run(SMALL, Progress.NONE);
        List<Round> rounds = services.showRound().list();
        Round newest = rounds.get(rounds.size() - 1);

        assertTrue(services.listUnits().knownFromSites().isEmpty(), "every unit a site names is registered");
        assertTrue(services.listUnits().registered().stream().allMatch(u -> !u.leader().isEmpty() && !u.liaisonPhone().isEmpty()),
                "each with a 主要负责人 and a 联络员 to call");
        assertTrue(services.listSites().run(SiteFilter.ALL).stream().allMatch(s -> !s.partnerUnit().isEmpty() && !s.partnerLeader().isEmpty()),
                "each site with its 包联单位 and 包联领导");

        Path out = java.nio.file.Files.createDirectories(temp.resolve("out"));
        List<org.civicinspect.service.reports.ShowTaskProgress.StandardProgress> tasks = services.exportTaskProgress()
                .run(newest.id(), ReportScope.Counted.APPROVED, out.resolve("任务分解.xlsx")).standards();
        assertEquals(services.checklists().tree(newest.indicatorSetId()).standards().count(), tasks.size(), "every standard is assigned");
        assertTrue(tasks.stream().allMatch(t -> DemoTasks.DEPARTMENTS.contains(t.task().lead()) && !t.task().supporting().isEmpty()
                && !t.task().supporting().contains(t.task().lead())), "led by a department, supported by others");

        List<org.civicinspect.model.MaterialFile> files = services.listMaterialFiles().run(newest.id(), null).files();
        assertTrue(files.stream().anyMatch(f -> f.mediaType().equals("application/pdf")), files::toString);
        assertTrue(files.stream().anyMatch(f -> f.mediaType().equals("image/png")), files::toString);
        for (org.civicinspect.model.MaterialFile file : files) {
            assertTrue(services.previewMaterialFile().run(file).picture() != null, file.fileName() + " is previewed");
        }
        List<org.civicinspect.excel.MaterialsReportWriter.Line> materials = services.exportMaterialsReport().run(newest.id(), out.resolve("材料.xlsx"));
        assertTrue(materials.stream().anyMatch(l -> l.files() > 0 && !l.grade().isEmpty() && !l.leadUnit().isEmpty()), materials::toString);
        List<org.civicinspect.excel.LookbackWriter.Line> lookback = services.exportLookback()
                .run(newest.id(), ReportScope.Counted.APPROVED, out.resolve("回头望.xlsx")).lines();
        assertTrue(!lookback.isEmpty() && lookback.stream().allMatch(l -> !l.leadUnit().isEmpty()), "each lagging standard with its 牵头单位");
    }
}
