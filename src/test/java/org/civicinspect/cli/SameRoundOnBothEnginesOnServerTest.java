package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.store.ServerWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One program, two engines: the same office round, worked by the same commands on an embedded workspace and on a
 * server one, lists the same figures and exports the same reports, cell for cell. Only what is made afresh in each
 * workspace (identifiers and the time of day) is left out of the comparison.
 */
class SameRoundOnBothEnginesOnServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path temp;

    @Test
    void everyListAndEveryReportOfARoundIsTheSameOnSqliteAndOnPostgresql() throws IOException {
        Map<String, String> embedded = officeRound("embedded", null);
        Path serverFolder = temp.resolve("server");
        Map<String, String> server = officeRound("server", ServerWorkspaces.address(serverFolder));
        assertEquals(embedded.keySet(), server.keySet());
        for (String output : embedded.keySet()) {
            assertEquals(embedded.get(output), server.get(output), output);
        }
        assertTrue(embedded.get("report bulletin").contains("红榜"), "the comparison covers a real bulletin");
    }

    /** What an office round prints and exports, by the command that made it; {@code address} null for the embedded workspace. */
    private Map<String, String> officeRound(String name, String address) throws IOException {
        Office office = new Office(temp.resolve(name), address);
        Map<String, String> outputs = new LinkedHashMap<>();
        office.run("demo", "--districts", "2", "--sites", "60", "--rounds", "2", "--inspectors", "2", "--seed", "3");
        office.run("people", "add", "--name", "陈主任", "--role", "督查组长");
        office.run("people", "use", "陈主任");
        String roundList = office.run("round", "list", "--json");
        outputs.put("round list", ComparableOutput.freshValuesLeftOut(roundList));
        JsonNode rounds = JSON.readTree(roundList);
        String first = rounds.get(0).get("name").asText();

        office.run("problems", "rules", "--fix-days", "12");
        List<String> completed = new ArrayList<>();
        JSON.readTree(office.run("review", "list", "--round", "latest", "--json")).forEach(site -> {
            if (site.get("status").asText().equals("COMPLETED")) {
                completed.add(site.get("siteId").asText());
            }
        });
        assertTrue(completed.size() >= 2, "the demo leaves inspections to review: " + completed);
        office.run("review", "approve", "--round", "latest", "--site", completed.get(0));
        office.run("review", "approve", "--round", "latest", "--site", completed.get(1));
        String latestProblems = office.run("problems", "list", "--round", "latest", "--json");
        assertTrue(JSON.readTree(latestProblems).get("problems").size() > 0, "the approvals raised problems under the rules set");
        outputs.put("latest problems", ComparableOutput.freshValuesLeftOut(latestProblems));
        outputs.put("review list", ComparableOutput.freshValuesLeftOut(office.run("review", "list", "--round", "latest", "--json")));

        JsonNode problems = JSON.readTree(office.run("problems", "list", "--round", first, "--json")).get("problems");
        String moved = problems.get(0).get("id").asText();
        office.run("problems", "update", moved, "--to", "整改中", "--note", "已通知责任单位");
        office.run("problems", "deadline", problems.get(1).get("id").asText(), "--date", "2027-01-15", "--reason", "需要更换设施");
        outputs.put("problems list", ComparableOutput.freshValuesLeftOut(office.run("problems", "list", "--round", first, "--json")));
        outputs.put("problems history", ComparableOutput.freshValuesLeftOut(office.run("problems", "history", moved, "--json")));
        outputs.put("problems placard", ComparableOutput.freshValuesLeftOut(office.run("problems", "placard", "--json")));

        for (String report : List.of("ranking", "standards", "problems", "bulletin", "supervision", "sites")) {
            Path file = temp.resolve(name + "-" + report + ".xlsx");
            office.run("report", report, "--round", "latest", "--include-unreviewed", file.toString());
            outputs.put("report " + report, ComparableOutput.cells(file));
        }
        outputs.put("verify", ComparableOutput.freshValuesLeftOut(office.run("verify")));
        return outputs;
    }

    /** An office's command line on one workspace, where each command must succeed. */
    private static final class Office {

        private final CliSession cli;
        private final String address;

        Office(Path folder, String address) {
            this.cli = new CliSession(folder);
            this.address = address;
        }

        String run(String... args) {
            List<String> line = new ArrayList<>();
            if (address != null) {
                line.addAll(List.of("--db", address));
            }
            line.addAll(List.of(args));
            assertEquals(0, cli.runAs(line.toArray(String[]::new)), String.join(" ", args) + ": " + cli.err());
            return cli.out();
        }
    }
}
