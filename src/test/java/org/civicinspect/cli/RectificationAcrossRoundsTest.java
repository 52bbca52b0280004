package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.MovingClock;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three rounds at one must-check site: the first finds a problem, which is worked on and then passes its recheck in
 * the second round (已销号), and fails again in the third (复发). Statuses, colours (from a clock the test sets),
 * rates and marks follow; steps out of the lifecycle are refused.
 */
class RectificationAcrossRoundsTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private static Path office;

    /** The office every test starts from, made once: the sample indicator set, the sample sites and 张三 of 第一组. */
    @BeforeAll
    static void anOfficeWithItsIndicatorsSitesAndAnInspector() {
        office = shared.resolve("office");
        CliSession cli = new CliSession(office);
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        assertEquals(0, cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, cli.run("people", "add", "--name", "张三", "--team", "第一组"));
    }

    @Test
    void foundThenFixedThenRecurred() throws Exception {
        Path folder = temp.resolve("office");
        TestWorkspaces.copy(office, folder);
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, cli.run("people", "use", "陈主任"));
        String site = "市第一人民医院";
        String[] answers = {"不符合", "符合", "不符合"};
        String[] problemIds = new String[3];
        for (int r = 0; r < 3; r++) {
            String name = "第" + (r + 1) + "期";
            LocalDate start = LocalDate.of(2026, 1 + r, 5);
            assertEquals(0, cli.run("round", "create", "--name", name, "--start", start.toString(), "--end", start.plusDays(4).toString()));
            assertEquals(0, cli.run("round", "sample", name, "--quota", "公园=1", "--seed", "1"));
            assertEquals(0, cli.run("round", "assign", name));
            if (r == 1) {
                assertEquals(0, cli.run("package", "key"));
                String officeKey = cli.out().strip();
                Path task = temp.resolve("第2期.citask");
                assertEquals(0, cli.run("package", "task", name, "第一组", task.toString()));
                CliSession laptop = new CliSession(temp.resolve("field"));
                assertEquals(0, laptop.run("package", "import", task.toString(), "--trust", officeKey), laptop.err());
                Services field = TestWorkspaces.open(temp.resolve("field"));
                String roundId = field.showRound().run(name).round().id();
                String siteId = field.showRound().run(name).drawn().stream().filter(d -> d.site().name().equals(site)).findFirst().orElseThrow()
                        .site().id();
                var rechecks = field.openInspection().rechecks(roundId, siteId);
                assertEquals(1, rechecks.size(), "the task package asks the laptop to recheck the open problem");
                assertEquals("2026-01-20", rechecks.values().iterator().next().deadline().toString());
            }
            PackageRoundTripTest.scoreEverything(cli, folder, site, answers[r]);
            assertEquals(0, cli.run("review", "approve", "--round", name, "--site", site), cli.err());
            assertEquals(0, cli.run("problems", "list", "--round", name, "--json"));
            JsonNode listed = new ObjectMapper().readTree(cli.out()).get("problems");
            problemIds[r] = listed.size() == 0 ? null : listed.get(0).get("id").asText();
            if (r == 0) {
                assertEquals(1, listed.size(), "the failing answer became a problem once approved");
                assertEquals("TO_FIX", listed.get(0).get("status").asText());
                assertEquals("2026-01-16", listed.get(0).get("deadline").asText(), "due seven days after the round ends");
                String id = problemIds[0].substring(0, 8);
                assertEquals(2, cli.run("problems", "update", id, "--to", "待复查"), "not before it is worked on: " + cli.err());
                assertEquals(0, cli.run("problems", "update", id, "--to", "整改中", "--by", "张三"));
                assertEquals(0, cli.run("problems", "update", id, "--to", "待复查", "--note", "已清扫并安排专人保洁"));
                assertEquals(2, cli.run("problems", "update", id, "--to", "整改中"), "a failed recheck says why");
                assertEquals(2, cli.run("problems", "deadline", id, "--date", "2026-01-20", "--reason", " "), "a new deadline says why");
                assertEquals(0, cli.run("problems", "deadline", id, "--date", "2026-01-20", "--reason", "春节前人手不足"));
            }
        }
        assertEquals(null, problemIds[1], "a passing recheck raises nothing");
        assertEquals(0, cli.run("problems", "list", "--round", "第1期", "--json"));
        JsonNode first = new ObjectMapper().readTree(cli.out()).get("problems").get(0);
        assertEquals("CLOSED", first.get("status").asText(), "the second round's recheck closed it");
        assertEquals(0, cli.run("problems", "history", problemIds[0]));
        assertTrue(cli.out().contains("复查通过") && cli.out().contains("春节前人手不足") && cli.out().contains("已清扫"), cli.out());
        assertTrue(cli.out().contains("第2期 0 处") && cli.out().contains("整改期限 未设期限 → 2026-01-16")
                && cli.out().contains("整改期限 2026-01-16 → 2026-01-20"), "the history reads in words: " + cli.out());
        assertTrue(!cli.out().contains("MET") && !cli.out().contains("null") && !cli.out().contains("RECHECK"), cli.out());

        assertEquals(0, cli.run("problems", "list", "--round", "第3期", "--json"));
        JsonNode third = new ObjectMapper().readTree(cli.out());
        JsonNode recurred = third.get("problems").get(0);
        assertTrue(recurred.get("recurred").asBoolean(), "failing again after it was closed is 复发");
        assertEquals(problemIds[0], recurred.get("recurredFrom").asText());
        // As of 9 March the only problem due (the first, due 20 January) was fixed; the recurrence is due 16 March.
        JsonNode unit = third.get("units").get(0);
        assertEquals(List.of(1, 1, 0), List.of(unit.get("due").asInt(), unit.get("fixed").asInt(), unit.get("overdue").asInt()));
        assertEquals(0, third.get("blackList").size(), "a unit that fixed everything due is not on the black list");
        assertEquals(0, cli.run("problems", "placard"));
        assertEquals("", cli.out().strip(), "nobody failed to fix anything due, so nobody held the placard");

        MovingClock clock = new MovingClock(Instant.parse("2026-01-10T08:00:00Z"));
        Services services = new Services(TestWorkspaces.workspace(folder), clock);
        LocalDate due = LocalDate.parse(recurred.get("deadline").asText());
        clock.set(due.minusDays(4));
        assertEquals(Escalation.WHITE, colour(services));
        clock.set(due.minusDays(1));
        assertEquals(Escalation.YELLOW, colour(services));
        clock.set(due.plusDays(3));
        assertEquals(Escalation.YELLOW, colour(services));
        assertEquals(1, services.listProblems().run("第3期", new ListProblems.Filter(null, null, null, null, true)).problems().size());
        clock.set(due.plusDays(8));
        assertEquals(Escalation.RED, colour(services));
        assertEquals(1, services.listProblems().run("第3期", new ListProblems.Filter(null, null, Escalation.RED, null, false)).problems().size());

        clock.set(due.minusDays(10));
        String id = problemIds[2];
        for (ProblemStatus step : new ProblemStatus[] {ProblemStatus.FIXING, ProblemStatus.TO_RECHECK, ProblemStatus.FIXING,
            ProblemStatus.TO_RECHECK, ProblemStatus.FIXING}) {
            services.updateProblem().move(java.util.List.of(id), step, "复查仍有垃圾", java.util.List.of(), "督查组");
        }
        assertEquals(Escalation.RED, colour(services), "reopened twice is red even in time");

        Path sheets = temp.resolve("督办单.xlsx");
        assertEquals(0, cli.run("report", "supervision", "--round", "第3期", sheets.toString()), cli.err());
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(sheets.toFile(), null, true)) {
            assertEquals(2, book.getNumberOfSheets(), "one unit's 督办单 and the overdue list");
            assertEquals("逾期清单", book.getSheetName(1));
            var row = book.getSheetAt(0).getRow(4);
            assertEquals(site, row.getCell(2).getStringCellValue());
            assertTrue(row.getCell(4).getStringCellValue().endsWith("（复发）"), row.getCell(4).getStringCellValue());
            assertEquals("待整改", row.getCell(7).getStringCellValue(), "as it stood when the round's review was done; later steps count in the next round");
        }
        assertEquals(0, cli.run("verify"), cli.out() + cli.err());
    }

    @Test
    void theCitysRulesSetTheDeadlinesAndWhenProblemsTurnRed() throws Exception {
        Path folder = temp.resolve("office");
        TestWorkspaces.copy(office, folder);
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, cli.run("people", "use", "陈主任"));
        assertEquals(0, cli.run("round", "create", "--name", "第1期", "--start", "2026-01-05", "--end", "2026-01-09"));
        assertEquals(0, cli.run("round", "sample", "第1期", "--quota", "公园=1", "--seed", "1"));
        assertEquals(0, cli.run("round", "assign", "第1期"));
        String site = "市第一人民医院";
        Services services = TestWorkspaces.open(folder);
        var round = services.showRound().run("第1期");
        String siteId = round.drawn().stream().filter(d -> d.site().name().equals(site)).findFirst().orElseThrow().site().id();
        String code = services.openInspection().run(round.round().id(), siteId).standards().get(0).code();

        assertEquals(2, cli.run("problems", "rules", "--fix-days", "0"), "a problem needs at least a day");
        assertEquals(2, cli.run("problems", "rules", "--standard", code), "a standard's rule needs its days");
        assertEquals(0, cli.run("problems", "rules", "--fix-days", "10", "--red-days", "1", "--red-reopened", "3"));
        assertEquals(0, cli.run("problems", "rules", "--standard", code, "--days", "3"));
        assertTrue(cli.out().contains(code + "：3 天"), cli.out());
        PackageRoundTripTest.scoreEverything(cli, folder, site, "不符合");
        assertEquals(0, cli.run("review", "approve", "--round", "第1期", "--site", site));
        assertEquals(0, cli.run("problems", "list", "--round", "第1期", "--json"));
        JsonNode problem = new ObjectMapper().readTree(cli.out()).get("problems").get(0);
        assertEquals("2026-01-12", problem.get("deadline").asText(), "three days after the round, as the standard's rule says");

        MovingClock clock = new MovingClock(Instant.parse("2026-01-10T08:00:00Z"));
        Services at = new Services(TestWorkspaces.workspace(folder), clock);
        clock.set(LocalDate.of(2026, 1, 13));
        assertEquals(Escalation.YELLOW, at.listProblems().run("第1期", ListProblems.Filter.ALL).problems().get(0).escalation());
        clock.set(LocalDate.of(2026, 1, 14));
        assertEquals(Escalation.RED, at.listProblems().run("第1期", ListProblems.Filter.ALL).problems().get(0).escalation(),
                "red one day overdue past the city's one day");
    }

    @Test
    void refusedStepsExitWithASentenceNamingTheSiteAndStandardAndClosingNeedsEvidenceUntilTheRuleIsOff() throws Exception {
        Path folder = temp.resolve("office");
        TestWorkspaces.copy(office, folder);
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("people", "use", "张三"));
        assertEquals(0, cli.run("round", "create", "--name", "第1期", "--start", "2026-01-05", "--end", "2026-01-09"));
        assertEquals(0, cli.run("round", "sample", "第1期", "--quota", "公园=1", "--seed", "1"));
        assertEquals(0, cli.run("round", "assign", "第1期"));
        String site = "市第一人民医院";
        PackageRoundTripTest.scoreEverything(cli, folder, site, "不符合");
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, cli.run("review", "approve", "--round", "第1期", "--site", site, "--by", "陈主任"));
        assertEquals(0, cli.run("problems", "list", "--round", "第1期", "--json"));
        JsonNode problem = new ObjectMapper().readTree(cli.out()).get("problems").get(0);
        String id = problem.get("id").asText().substring(0, 8);
        String code = problem.get("standard").asText();

        assertEquals(2, cli.run("problems", "update", id, "--to", "已销号"));
        assertEquals("“" + site + "”测评标准 " + code + " 的问题现在是“待整改”，不能直接改为“已销号”", cli.err().strip());
        assertEquals(0, cli.run("problems", "update", id, "--to", "整改中"));
        assertEquals(0, cli.run("problems", "update", id, "--to", "待复查"));
        assertEquals(2, cli.run("problems", "update", id, "--to", "已销号"));
        assertEquals("“" + site + "”测评标准 " + code + " 的问题销号前须附整改后的照片或写明说明（整改规则）", cli.err().strip());

        assertEquals(0, cli.run("problems", "rules"));
        assertTrue(cli.out().contains("销号须附整改后的照片或说明"), cli.out());
        assertEquals(0, cli.run("problems", "rules", "--closing-needs-evidence", "false"));
        assertTrue(cli.out().contains("销号无须附整改照片或说明"), cli.out());
        assertEquals(0, cli.run("problems", "update", id, "--to", "已销号"), cli.err());
    }

    private static Escalation colour(Services services) {
        return services.listProblems().run("第3期", ListProblems.Filter.ALL).problems().get(0).escalation();
    }
}
