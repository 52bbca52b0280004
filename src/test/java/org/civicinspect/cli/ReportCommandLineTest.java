package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** negative-list events and the scored reports as typed at a prompt, with their explanations. */
class ReportCommandLineTest {

    @TempDir Path temp;
    private CliSession cli;

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @BeforeEach
    void demoCity() {
        cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("demo", "--districts", "3", "--sites", "120", "--rounds", "2", "--inspectors", "4", "--seed", "3"));
    }

    private int events() throws Exception {
        assertEquals(0, cli.run("negative", "list", "--round", "latest", "--json"));
        return json(cli.out()).get("events").size();
    }

    @Test
    void negativeListEventsAreRecordedListedAndWithdrawnAndBadOnesChangeNothing() throws Exception {
        String today = LocalDate.now().toString();
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", today, "--standard", "01-01-01", "--deduction", "1", "事件"));
        assertTrue(cli.err().contains("不是本期测评体系中的负面清单测评标准"), cli.err());
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", today, "--standard", "09-03-01", "--deduction", "-1", "事件"));
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", today, "--standard", "09-03-01", "--deduction", "1.234", "事件"));
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", today, "--standard", "09-03-01", "--deduction", "五", "事件"));
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", "2026-13-01", "--standard", "09-03-01", "--deduction", "1", "事件"));
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", LocalDate.now().plusDays(30).toString(), "--standard",
                "09-03-01", "--deduction", "1", "事件"));
        assertEquals(2, cli.run("negative", "add", "--round", "没有这一轮", "--date", today, "--standard", "09-03-01", "--deduction", "1", "事件"));
        assertEquals(2, cli.run("negative", "add", "--round", "latest", "--date", today, "--standard", "09-03-01", "--deduction", "1", " "));
        assertEquals(0, events(), "nothing refused was recorded");

        assertEquals(0, cli.run("negative", "add", "--round", "latest", "--date", today, "--standard", "09-03-01", "--deduction", "2.5",
                "--json", "发生安全生产事故（演示）"));
        String id = json(cli.out()).get("id").asText();
        assertEquals(1, events());
        assertEquals(0, cli.run("report", "bulletin", "--round", "latest", temp.resolve("b.xlsx").toString()));
        assertTrue(cli.out().contains("− 2.5 ="), cli.out());

        assertEquals(2, cli.run("negative", "remove", "no-such-event"));
        assertEquals(0, cli.run("negative", "remove", id));
        assertEquals(0, events());
    }

    @Test
    void everyScoredReportExplainsItsFiguresWithTheirFindings() throws Exception {
        Path sites = temp.resolve("sites.xlsx");
        assertEquals(0, cli.run("report", "sites", "--round", "latest", "--include-unreviewed", "--json", "--explain", sites.toString()));
        JsonNode answer = json(cli.out());
        assertTrue(Files.size(sites) > 0);
        assertTrue(answer.get("sites").asInt() > 0);
        JsonNode first = answer.get("explained").get(0);
        assertTrue(first.get("formula").asText().startsWith("得分率 = "));
        assertTrue(first.get("findings").size() > 0);
        assertTrue(first.get("findings").get(0).has("standardCode"));

        for (String report : new String[] {"ranking", "standards", "problems", "bulletin"}) {
            assertEquals(0, cli.run("report", report, "--round", "latest", "--include-unreviewed", "--explain", temp.resolve(report + ".xlsx").toString()), report);
            assertTrue(cli.out().contains("得分率 = "), report + ": " + cli.out());
            assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("    ")), report + " lists the findings");
        }
        assertEquals(0, cli.run("report", "ranking", "--round", "latest", temp.resolve("plain.xlsx").toString()));
        assertFalse(cli.out().lines().anyMatch(l -> l.startsWith("    ")), "without --explain only the totals");
    }

    @Test
    void aReportForAnUnknownRoundOrToAFileThatIsNotXlsxIsRefused() {
        assertEquals(2, cli.run("report", "sites", "--round", "没有这一轮", temp.resolve("x.xlsx").toString()));
        assertTrue(cli.err().contains("没有这一轮"), cli.err());
        assertEquals(2, cli.run("report", "bulletin", "--round", "latest", temp.resolve("x.csv").toString()));
        assertFalse(Files.exists(temp.resolve("x.xlsx")));
        assertFalse(Files.exists(temp.resolve("x.csv")));
    }
}
