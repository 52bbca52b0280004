package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.survey.RecordInterview;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey's offline trip: the office pins the sample questionnaire and sends two teams their task packages; each
 * laptop gets the questionnaire with its task, records interviews without the office, and sends them back in its
 * result packages; the office merges them whichever team's comes first, and twice, and scores them. An interview stays with the laptop that
 * recorded it: the same 访问编号 from the other team is refused whole, and the office cannot change it. The two
 * laptops go on from the first test to the second, as they would through a round.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyRoundTripTest {

    private static final String SAMPLE = Path.of("assets", "sample-questionnaire.xlsx").toAbsolutePath().toString();
    private static final Instant NINE = Instant.parse("2026-11-30T01:00:00Z");

    @TempDir static Path temp;
    private CliSession office;
    private Path field1;
    private Path field2;
    private String roundId;
    private SurveyPlan plan;

    @BeforeAll
    void anOfficeThatPinnedTheQuestionnaireAndSentTwoTasks() throws Exception {
        Path officeFolder = temp.resolve("office");
        office = new CliSession(officeFolder);
        assertEquals(0, office.run("indicators", "import", "--sample"));
        assertEquals(0, office.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, office.run("people", "add", "--name", "张三", "--team", "第一组"));
        assertEquals(0, office.run("people", "add", "--name", "李四", "--team", "第二组"));
        assertEquals(0, office.run("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, office.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--seed", "42"));
        assertEquals(0, office.run("round", "assign", "latest"));
        assertEquals(0, office.run("survey", "questionnaire", "import", SAMPLE));
        assertEquals(0, office.run("survey", "questionnaires", "--json"));
        String questionnaire = office.out().replaceAll("(?s).*\"id\" : \"([0-9a-f-]+)\".*", "$1");
        assertEquals(0, office.run("survey", "pin", "--round", "第1期", "--questionnaire", questionnaire), office.err());
        roundId = TestWorkspaces.open(officeFolder).showRound().run("latest").round().id();
        plan = new SurveyPlan(roundId, List.of(new SurveyQuota("城东区", InterviewMethod.HOME, 20), new SurveyQuota("城西区", InterviewMethod.HOME, 20)),
                List.of(), List.of(new InterviewerQuota("王芳", "城东区", InterviewMethod.HOME, 20)),
                List.of(new PopulationShare("", "S2", "1", new java.math.BigDecimal("90")), new PopulationShare("", "S2", "2", new java.math.BigDecimal("10"))));
        TestWorkspaces.open(officeFolder).workspace().write(tx -> {
            tx.surveyPlans().replace(plan);
            return null;
        });
        assertEquals(0, office.run("package", "key"));
        String officeKey = office.out().strip();
        field1 = temp.resolve("field1");
        field2 = temp.resolve("field2");
        Path task1 = temp.resolve("t1.citask");
        Path task2 = temp.resolve("t2.citask");
        assertEquals(0, office.run("package", "task", "latest", "第一组", task1.toString(), "--for-key", TwoTeamsScored.laptopKey(field1)));
        assertEquals(0, office.run("package", "task", "latest", "第二组", task2.toString(), "--for-key", TwoTeamsScored.laptopKey(field2)));
        assertEquals(Manifest.CURRENT_VERSION, formatVersion(task1), "a task that carries the questionnaire is in the survey's format");
        assertEquals(0, new CliSession(field1).run("package", "import", task1.toString(), "--trust", officeKey));
        assertEquals(0, new CliSession(field2).run("package", "import", task2.toString(), "--trust", officeKey));
    }

    @Test
    @Order(1)
    void interviewsRecordedOnTwoLaptopsReachTheOfficeWholeInAnyOrderAndOnce() throws Exception {
        Services laptop1 = TestWorkspaces.open(field1);
        Services laptop2 = TestWorkspaces.open(field2);
        assertEquals(plan, laptop1.workspace().read(tx -> tx.surveyPlans().of(roundId)), "the laptop has the survey plan from its task");
        assertEquals("文明城市创建市民问卷——示例（非官方文本） v1", laptop1.scoreSurvey().run("latest", org.civicinspect.service.survey.ScoreSurvey.DEFAULT_MINIMUM_DURATION).questionnaire().label(),
                "the laptop has the round's questionnaire from its task");

        interview(laptop1, "一A01", "城东区", Map.of("S1", "2", "S2", "1", "Q1", "1"), true);
        interview(laptop1, "一A02", "城东区", Map.of("S1", "2", "S2", "1"), false);
        Path early = results(field1, "first-early.ciresult");
        assertEquals(Manifest.CURRENT_VERSION, formatVersion(early), "results that carry interviews are in the survey's format");
        laptop1.recordInterview().answer(roundId, "一A02", "Q1", List.of("2"));
        laptop1.recordInterview().finish(roundId, "一A02", NINE.plusSeconds(900));
        Path late = results(field1, "first-late.ciresult");
        interview(laptop2, "二B01", "城西区", Map.of("S1", "2", "S2", "1", "Q1", "1"), true);
        Path second = results(field2, "second.ciresult");

        // The second team's package before the first's; then the first laptop's later package brings its later copy of
        // 一A02; then both again, which changes nothing.
        assertEquals(0, office.run("package", "import", second.toString(), early.toString()), office.err());
        assertTrue(office.out().contains("另有问卷调查访问 2 份"), office.out());
        assertEquals(0, office.run("package", "import", late.toString()), office.err());
        assertEquals(0, office.run("package", "import", late.toString(), second.toString()), office.err());
        assertTrue(office.out().contains("已经导入过"), office.out());
        Services at = TestWorkspaces.open(temp.resolve("office"));
        Map<String, Interview> merged = at.workspace().read(tx -> tx.interviews().ofRound(roundId)).stream()
                .collect(java.util.stream.Collectors.toMap(Interview::id, i -> i));
        assertEquals(List.of("一A01", "一A02", "二B01"), merged.keySet().stream().sorted().toList());
        assertEquals(List.of("2"), merged.get("一A02").answer("Q1"), "the copy the laptop saved last");
        assertTrue(merged.get("一A02").endedAt() != null);
        assertEquals("城西区", merged.get("二B01").district());

        // 知晓率 (Q1 = 1 is positive): 一A01 yes, 一A02 no, 二B01 yes: 2 of 3.
        var city = at.scoreSurvey().run("latest", org.civicinspect.service.survey.ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores().city();
        assertEquals(3, city.valid().size(), city.toString());
        assertEquals(0, office.run("survey", "scores", "--round", "第1期"), office.err());
        assertTrue(office.out().contains("知晓率 = 2/3"), office.out());

        RequestRefused refused = org.junit.jupiter.api.Assertions.assertThrows(RequestRefused.class,
                () -> at.recordInterview().answer(roundId, "一A01", "Q1", List.of("2")));
        assertEquals("interview.fromALaptop", refused.messageKey(), "the office cannot change a laptop's interview");
        assertEquals(0, office.run("verify"), office.out() + office.err());
    }

    @Test
    @Order(2)
    void theSame访问编号FromTheOtherTeamIsRefusedWholeAndNothingChanges() throws Exception {
        Services laptop1 = TestWorkspaces.open(field1);
        Services laptop2 = TestWorkspaces.open(field2);
        interview(laptop1, "甲01", "城东区", Map.of("S1", "2", "S2", "1", "Q1", "1"), true);
        interview(laptop2, "甲01", "城西区", Map.of("S1", "2", "S2", "1", "Q1", "2"), true);
        interview(laptop2, "乙02", "城西区", Map.of("S1", "2", "S2", "1", "Q1", "1"), true);
        Path first = results(field1, "clash-first.ciresult");
        Path second = results(field2, "clash-second.ciresult");
        assertEquals(0, office.run("package", "import", first.toString()), office.err());
        Map<String, Object> before = PackageHostileInputTest.snapshot(temp.resolve("office"));

        assertEquals(2, office.run("--lang", "en", "package", "import", second.toString()));
        assertEquals(1, office.err().strip().lines().count(), office.err());
        assertTrue(office.err().contains("clash-second.ciresult: interview \"甲01\" of round \"第1期\" was taken in already from team 第一组"),
                office.err());
        assertEquals(before, PackageHostileInputTest.snapshot(temp.resolve("office")), "the workspace is unchanged");
    }

    private void interview(Services laptop, String id, String district, Map<String, String> answers, boolean finish) {
        RecordInterview record = laptop.recordInterview();
        record.start(new RecordInterview.Start(roundId, id, "王芳", district, InterviewMethod.HOME, NINE));
        answers.forEach((question, option) -> record.answer(roundId, id, question, List.of(option)));
        if (finish) {
            record.finish(roundId, id, NINE.plusSeconds(600));
        }
    }

    private Path results(Path laptop, String name) {
        Path out = temp.resolve(name);
        CliSession at = new CliSession(laptop);
        assertEquals(0, at.run("package", "results", out.toString()), at.err());
        return out;
    }

    private static int formatVersion(Path file) throws Exception {
        try (PackageReader reader = PackageReader.open(file, null)) {
            return reader.manifest().formatVersion();
        }
    }
}
