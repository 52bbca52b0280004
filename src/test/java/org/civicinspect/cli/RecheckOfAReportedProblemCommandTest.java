package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the command line, a citizen's report at 市第一人民医院 (of 市卫健委) on the first standard of its checklist: the
 * unit replies by workbook, the office leaves it for a recheck on site, the next round finds it still there (复查未通过)
 * and the one after finds it put right (已销号); status, 整改率 and the bulletin's rectification figures follow. The
 * program runs on today's date, so the rounds are set after it.
 */
class RecheckOfAReportedProblemCommandTest {

    private static final String HOSPITAL = "市第一人民医院";

    @TempDir Path temp;

    @Test
    void aReportedProblemIsRecheckedByTheNextRoundsUntilItPasses() throws Exception {
        Path folder = temp.resolve("office");
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        assertEquals(0, cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, cli.run("people", "add", "--name", "张三", "--team", "第一组"));
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, cli.run("people", "use", "陈主任"));
        LocalDate today = LocalDate.now();
        round(cli, "第1期", today.plusDays(7));
        Services services = TestWorkspaces.open(folder);
        Round first = services.showRound().run("第1期").round();
        String hospital = services.showRound().run("第1期").drawn().stream().filter(d -> d.site().name().equals(HOSPITAL)).findFirst()
                .orElseThrow().site().id();
        String standard = services.openInspection().run(first.id(), hospital).standards().get(0).code();

        assertEquals(0, cli.run("problems", "raise", "--source", "群众反映", "--site", HOSPITAL, "--standard", standard, "--deadline",
                today.plusDays(8).toString(), "--description", "12345：医院门口垃圾堆放"), cli.err());
        String number = replied(cli, today);
        assertEquals(0, cli.run("problems", "verify-reply", number, "--confirm", "--recheck"), cli.err());
        assertEquals("TO_RECHECK", problem(cli, null).get("status").asText());

        PackageRoundTripTest.scoreEverything(cli, folder, HOSPITAL, "不符合");
        assertEquals(0, cli.run("review", "approve", "--round", "第1期", "--site", HOSPITAL), cli.err());
        JsonNode failed = problem(cli, "第1期");
        assertEquals(number, failed.get("id").asText().substring(0, 8), "the round lists it, and raises no second problem for the same fault");
        assertEquals("FIXING", failed.get("status").asText());
        assertEquals(1, failed.get("reopened").asInt());
        assertTrue(bulletin(cli, "第1期").contains("市卫健委：整改率 = 0 / 1 = 0.00%，逾期 1 个，红色 0 个，复查未通过 1 个"),
                "due three days before the round ended: " + cli.out());

        round(cli, "第2期", today.plusDays(21));
        PackageRoundTripTest.scoreEverything(cli, folder, HOSPITAL, "符合");
        assertEquals(0, cli.run("review", "approve", "--round", "第2期", "--site", HOSPITAL), cli.err());
        assertEquals("CLOSED", problem(cli, null).get("status").asText());
        assertTrue(bulletin(cli, "第2期").contains("市卫健委：整改率 = 1 / 1 = 100.00%"), cli.out());
        assertEquals(0, cli.run("problems", "history", number));
        assertTrue(cli.out().contains("复查未通过") && cli.out().contains("复查通过"), cli.out());
    }

    private static void round(CliSession cli, String name, LocalDate start) {
        assertEquals(0, cli.run("round", "create", "--name", name, "--start", start.toString(), "--end", start.plusDays(4).toString()));
        assertEquals(0, cli.run("round", "sample", name, "--quota", "公园=1", "--seed", "1"));
        assertEquals(0, cli.run("round", "assign", name));
    }

    /** 派单 by workbook, the unit's reply filled in and taken back; the problem's number. */
    private String replied(CliSession cli, LocalDate today) throws Exception {
        Path out = temp.resolve("派单");
        assertEquals(0, cli.run("problems", "dispatch", "--out", out.toString()), cli.err());
        Path workbook = out.resolve("市卫健委.xlsx");
        String number;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row row = book.getSheet("督办单").getRow(4);
            number = row.getCell(0).getStringCellValue();
            row.getCell(8).setCellValue("刘洋");
            row.getCell(10).setCellValue("已清运并增设垃圾桶");
            row.getCell(11).setCellValue(today);
            try (OutputStream o = Files.newOutputStream(workbook)) {
                book.write(o);
            }
        }
        assertEquals(0, cli.run("problems", "replies", workbook.toString()), cli.err());
        return number;
    }

    /** The only problem, as {@code problems list} gives it (of the round, when one is named). */
    private static JsonNode problem(CliSession cli, String round) throws Exception {
        assertEquals(0, round == null ? cli.run("problems", "list", "--json") : cli.run("problems", "list", "--round", round, "--json"));
        JsonNode problems = new ObjectMapper().readTree(cli.out()).get("problems");
        assertEquals(1, problems.size(), cli.out());
        return problems.get(0);
    }

    /** What {@code report bulletin --explain} says of the round, rectification included. */
    private String bulletin(CliSession cli, String round) {
        assertEquals(0, cli.run("report", "bulletin", "--round", round, temp.resolve(round + ".xlsx").toString(), "--explain"), cli.err());
        return cli.out();
    }
}
