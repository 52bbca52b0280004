package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.store.TestServer;
import org.civicinspect.service.workspace.ChangePreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office → two field laptops → office, with two teams: every record that names a person names a registry person,
 * and the computer's login never appears as one.
 */
class NamedPeopleAcrossWorkspacesTest {

    private static final String OS_LOGIN = "os-login-xyz";

    /** Every column that names who did something, by table. */
    private static final Map<String, String> PERSON_COLUMNS = Map.of(
            "finding", "answered_by", "finding_candidate", "answered_by", "audit_entry", "actor", "problem_step", "actor",
            "review_comment", "reviewer", "finding_conflict", "resolved_by", "trusted_key", "trusted_by", "deadline_rule", "set_by");

    @TempDir Path temp;
    private String login;

    @BeforeEach
    void aDistinctiveLogin() {
        login = System.getProperty("user.name");
        System.setProperty("user.name", OS_LOGIN);
    }

    @AfterEach
    void theRealLoginBack() {
        System.setProperty("user.name", login);
    }

    @Test
    void everyRecordThatNamesAPersonNamesARegistryPerson() throws Exception {
        Path officeFolder = temp.resolve("office");
        CliSession office = new CliSession(officeFolder);
        assertEquals(0, office.run("people", "add", "--name", "王内业", "--role", "内业"), "the first person registers themselves");
        assertEquals(0, office.run("people", "use", "王内业"));
        assertEquals(0, office.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        for (String[] person : new String[][] {{"张三", "第一组"}, {"王五", "第一组"}, {"李四", "第二组"}, {"赵六", "第二组"}}) {
            assertEquals(0, office.run("people", "add", "--name", person[0], "--team", person[1]));
        }
        assertEquals(0, office.run("indicators", "import", "--sample"));
        assertEquals(0, office.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, office.run("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, office.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42"));
        assertEquals(0, office.run("round", "assign", "latest"));
        assertEquals(0, office.run("problems", "rules", "--fix-days", "5"));
        assertEquals(0, office.run("package", "key"));
        String officeKey = office.out().strip();
        String shared = TestWorkspaces.open(officeFolder).showRound().run("latest").drawn().stream()
                .filter(d -> "第一组".equals(d.team())).findFirst().orElseThrow().site().name();
        Path task1 = temp.resolve("t1.citask");
        Path task2 = temp.resolve("t2.citask");
        assertEquals(0, office.run("package", "task", "latest", "第一组", task1.toString(), "--for-key",
                TwoTeamsScored.laptopKey(temp.resolve("field1"))));
        assertEquals(0, office.run("round", "assign", "latest", "--move", shared + "=第二组"));
        assertEquals(0, office.run("package", "task", "latest", "第二组", task2.toString(), "--for-key",
                TwoTeamsScored.laptopKey(temp.resolve("field2"))));

        Path[] results = new Path[2];
        String[][] laptops = {{"field1", task1.toString(), "不符合", "王五"}, {"field2", task2.toString(), "符合", "赵六"}};
        for (int i = 0; i < 2; i++) {
            Path folder = temp.resolve(laptops[i][0]);
            CliSession laptop = new CliSession(folder);
            assertEquals(0, laptop.run("package", "import", laptops[i][1], "--trust", officeKey));
            assertEquals(TestServer.inUse() ? WorkspaceRole.OFFICE : WorkspaceRole.FIELD, new ChangePreferences(folder, TestServer.inUse()).current().role(),
                    "a workspace that took in a task package is a field laptop (one on a server is the office's whatever it holds):"
                            + " its first start in the window does not ask");
            assertEquals(2, laptop.run("people", "use", "陈主任"), "only the team's people are on the laptop");
            assertEquals(0, laptop.run("people", "use", laptops[i][3]), laptop.err());
            PackageRoundTripTest.scoreEverything(laptop, folder, shared, laptops[i][2]);
            results[i] = temp.resolve(laptops[i][0] + ".ciresult");
            assertEquals(0, laptop.run("package", "results", results[i].toString()));
            try (PackageReader reader = PackageReader.open(results[i], null)) {
                assertEquals(laptops[i][3], reader.manifest().sender().name(), "the package names who sealed it");
            }
            assertNamesOnlyRegistryPeople(folder, Set.of("finding"));
        }

        assertEquals(0, office.run("package", "import", results[0].toString(), results[1].toString()), office.err());
        assertEquals(0, office.run("conflicts", "list", "--round", "latest", "--json"));
        JsonNode conflict = new ObjectMapper().readTree(office.out()).get(0);
        assertEquals(2, office.run("conflicts", "resolve", conflict.get("id").asText().substring(0, 8), "--choose",
                conflict.get("answers").get(0).get("finding").asText(), "--by", OS_LOGIN), "the login is no one in the registry");
        assertTrue(office.err().contains(OS_LOGIN), office.err());
        assertEquals(0, office.run("conflicts", "resolve", conflict.get("id").asText().substring(0, 8), "--choose",
                failingAnswer(conflict), "--by", "陈主任"), office.err());
        assertEquals(0, office.run("review", "approve", "--round", "latest", "--site", shared, "--by", "陈主任"), office.err());
        Services at = TestWorkspaces.open(officeFolder);
        Round round = at.showRound().run("latest").round();
        String other = at.listTeamSites().run(round.id(), "第一组").get(0).drawn().site().id();
        String code = at.openInspection().run(round.id(), other).standards().get(0).code();
        assertEquals(0, office.run("problems", "rules", "--standard", code, "--days", "3"));
        assertEquals(0, office.run("review", "return", "--round", "latest", "--site", other, "--comment", code + "=请补拍照片", "--by", "陈主任"));
        assertEquals(0, office.run("problems", "list", "--round", "latest", "--json"));
        String problem = new ObjectMapper().readTree(office.out()).get("problems").get(0).get("id").asText().substring(0, 8);
        assertEquals(0, office.run("problems", "update", problem, "--to", "整改中", "--note", "已通知责任单位"), office.err());
        at.signIn().asNamed("陈主任");
        String sharedId = at.showRound().run("latest").drawn().stream().filter(d -> d.site().name().equals(shared)).findFirst().orElseThrow()
                .site().id();
        Finding approved = at.openInspection().run(round.id(), sharedId).findings().values().iterator().next();
        at.correctFinding().run(new RecordFinding.Request(round.id(), sharedId, approved.standardCode(), Answer.notApplicable(), "", List.of(),
                null), "该点位当天封闭施工");
        assertEquals(0, office.run("verify"), office.out() + office.err());

        Set<String> answeredBy = values(officeFolder, "finding", "answered_by");
        assertTrue(answeredBy.containsAll(Set.of("张三", "李四", "陈主任")), "names from both laptops and the correction: " + answeredBy);
        assertNamesOnlyRegistryPeople(officeFolder, PERSON_COLUMNS.keySet());
        assertEquals(Set.of(at.showDeviceKey().fingerprint()), values(officeFolder, "audit_entry", "device"),
                "every entry names this device beside the person");
        assertLoginNowhere(officeFolder);
    }

    private static String failingAnswer(JsonNode conflict) {
        for (JsonNode answer : conflict.get("answers")) {
            if ("第一组".equals(answer.get("team").asText())) {
                return answer.get("finding").asText();
            }
        }
        throw new AssertionError(conflict.toString());
    }

    private static void assertNamesOnlyRegistryPeople(Path folder, Set<String> tables) {
        Set<String> registry = values(folder, "person", "name");
        for (String table : tables) {
            Set<String> named = values(folder, table, PERSON_COLUMNS.get(table));
            assertFalse(named.isEmpty(), table + " names someone");
            assertTrue(registry.containsAll(named), table + "." + PERSON_COLUMNS.get(table) + " names " + named + "; registry " + registry);
        }
    }

    private static Set<String> values(Path folder, String table, String column) {
        return TestWorkspaces.jdbc(TestWorkspaces.open(folder).workspace(), c -> {
            Set<String> found = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT " + column + " FROM " + table
                    + " WHERE " + column + " IS NOT NULL")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    /** Not in any table, nor in any file of the workspace (the database and its write-ahead log included). */
    private static void assertLoginNowhere(Path folder) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("native")).forEach(files::add);
        }
        for (Path file : files) {
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(OS_LOGIN), file.toString());
        }
    }
}
