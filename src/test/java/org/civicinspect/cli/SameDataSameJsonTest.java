package org.civicinspect.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} is read by programs: the same data gives the same bytes, run after run, with each object's keys in the
 * order its text output shows them.
 */
class SameDataSameJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path shared;
    @TempDir Path temp;
    private static Path demo;
    private static String firstRound;
    private Path folder;
    private CliSession cli;

    /** The demo city is made once; each test works on a copy of it, since some set rules of their own. */
    @BeforeAll
    static void aDemoCityOfTwoRounds() throws IOException {
        demo = shared.resolve("office");
        CliSession maker = new CliSession(demo);
        assertEquals(0, maker.run("demo", "--districts", "2", "--sites", "30", "--rounds", "2", "--inspectors", "2", "--seed", "1"), maker.err());
        assertEquals(0, maker.run("round", "list", "--json"), maker.err());
        firstRound = JSON.readTree(maker.out()).get(0).get("name").asText();
    }

    @BeforeEach
    void aCopyOfTheDemoCity() throws IOException {
        folder = temp.resolve("office");
        TestWorkspaces.copy(demo, folder);
        cli = new CliSession(folder);
    }

    private JsonNode json(String... args) throws IOException {
        assertEquals(0, cli.run(args), cli.err());
        return JSON.readTree(cli.out());
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private String aProblem() throws IOException {
        return json("problems", "list", "--round", firstRound, "--json").get("problems").get(0).get("id").asText();
    }

    @Test
    void eachObjectsKeysComeInTheOrderItsTextShowsThem() throws IOException {
        assertEquals(List.of("at", "actor", "step", "note", "deadline", "photos"), keys(json("problems", "history", aProblem(), "--json").get(0)),
                "when, who, what, note, deadline, photos");
        assertEquals(List.of("site", "siteId", "team", "status"), keys(json("review", "list", "--round", firstRound, "--json").get(0)));
        assertEquals(List.of("people", "teams"), keys(json("people", "list", "--json")));
        assertEquals(List.of("file", "sites"), keys(json("sites", "export", temp.resolve("sites.xlsx").toString(), "--json")));
        assertEquals(List.of("file", "units"),
                keys(json("report", "supervision", "--round", firstRound, temp.resolve("supervision.xlsx").toString(), "--json")));
    }

    @Test
    void theDaysSetForSingleStandardsAreListedInTheOrderOfTheirCodes() throws IOException {
        for (String code : List.of("01-03-01", "01-01-03", "01-01-01")) {
            assertEquals(0, cli.run("problems", "rules", "--standard", code, "--days", "5"), cli.err());
        }
        assertEquals(List.of("01-01-01", "01-01-03", "01-03-01"), keys(json("problems", "rules", "--json").get("byStandard")));
        assertEquals(0, cli.run("problems", "rules"));
        assertEquals(List.of("01-01-01", "01-01-03", "01-03-01"),
                cli.out().lines().filter(l -> l.startsWith("  ")).map(l -> l.strip().split("[ ：]")[1]).toList(), cli.out());
    }

    @Test
    void theSameDataGivesByteIdenticalJsonInAnotherRunOfTheProgram() throws Exception {
        String problem = aProblem();
        assertEquals(0, cli.run("problems", "rules", "--standard", "01-03-01", "--days", "5"), cli.err());
        assertEquals(0, cli.run("problems", "rules", "--standard", "01-01-01", "--days", "6"), cli.err());
        for (List<String> command : List.of(List.of("problems", "history", problem, "--json"), List.of("problems", "rules", "--json"),
                List.of("review", "list", "--round", firstRound, "--json"))) {
            byte[] once = runOnItsOwn(command);
            byte[] again = runOnItsOwn(command);
            assertEquals(new String(once, UTF_8), new String(again, UTF_8),
                    String.join(" ", command));
        }
    }

    /** What the program prints for the command, run as a program of its own, as a user or a script would run it. */
    private byte[] runOnItsOwn(List<String> command) throws Exception {
        // Each command is over in a second or two: the top compiler would only compete with the test for the cores.
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
        if (TestServer.inUse()) {
            line.add("-Dorg.postgresql.pgpassfile=" + System.getProperty("org.postgresql.pgpassfile"));
        }
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.civicinspect.Launcher", "--data", folder.toString()));
        if (TestServer.inUse()) {
            line.addAll(List.of("--db", ServerWorkspaces.address(folder)));
        }
        line.addAll(command);
        Process child = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = child.getInputStream().readAllBytes();
        assertEquals(0, child.waitFor(), String.join(" ", command));
        return out;
    }
}
