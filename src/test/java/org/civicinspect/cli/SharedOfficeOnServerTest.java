package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.Services;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared office: three staff signed in to the office's server with logins of their own (an administrator, a 内业
 * clerk and a 督查组长), given their roles with {@code people grant}, and two field laptops on embedded workspaces run a
 * whole round: tasks out, results in, a conflict, review, problems and every report. The same script with the office
 * on an embedded workspace prints and exports the same, but for what each workspace makes afresh; the server's audit
 * log names the login that did each step.
 */
class SharedOfficeOnServerTest {

    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static final String ADMINISTRATOR = "ci_shared_admin_" + ProcessHandle.current().pid();
    private static final String CLERK = "ci_shared_clerk_" + ProcessHandle.current().pid();
    private static final String SUPERVISOR = "ci_shared_supervisor_" + ProcessHandle.current().pid();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REPORTS = List.of("blank", "sites", "ranking", "standards", "problems", "bulletin", "supervision");

    @TempDir Path temp;

    @Test
    void threeStaffLoginsAndTwoFieldLaptopsWorkTheSameRoundOnTheServerAsOnAnEmbeddedOffice() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        Path embeddedOffice = temp.resolve("embedded").resolve("office");
        Map<String, String> embedded = round(temp.resolve("embedded"), new Staff(new CliSession(embeddedOffice), null),
                new Staff(new CliSession(embeddedOffice), null), new Staff(new CliSession(embeddedOffice), null));

        Path serverRoot = temp.resolve("server");
        Path officeFolder = serverRoot.resolve("office");
        String address = ServerWorkspaces.address(officeFolder);
        String database = ServerWorkspaces.databaseOf(officeFolder);
        String kept = System.getProperty(PASSWORD_FILE);
        StringBuilder passwords = new StringBuilder(Files.readString(Path.of(kept)));
        for (String login : List.of(ADMINISTRATOR, CLERK, SUPERVISOR)) {
            TestServer.staffLogin(database, login, "pw-" + login);
            passwords.append("*:*:*:").append(login).append(":pw-").append(login).append('\n');
        }
        Path passwordFile = Files.writeString(temp.resolve("staff.pgpass"), passwords);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PASSWORD_FILE, passwordFile.toString());
        Map<String, String> server;
        try {
            // The server's owner appoints the administrator, who gives the other two staff their roles.
            new Staff(new CliSession(officeFolder), address).does("people", "grant", ADMINISTRATOR, "--role", "管理员");
            Staff administrator = signedIn(serverRoot.resolve("desk-admin"), address, ADMINISTRATOR);
            administrator.does("people", "grant", CLERK, "--role", "内业");
            administrator.does("people", "grant", SUPERVISOR, "--role", "督查组长");
            server = round(serverRoot, administrator, signedIn(serverRoot.resolve("desk-clerk"), address, CLERK),
                    signedIn(serverRoot.resolve("desk-supervisor"), address, SUPERVISOR));
            Map<String, Set<String>> actions = actionsByLogin(officeFolder);
            assertEquals(Set.of("ROLE"), actions.get("civicinspect_test"), "the server's owner only appointed the administrator");
            assertTrue(actions.getOrDefault(ADMINISTRATOR, Set.of()).containsAll(Set.of("ROLE", "PERSON")), actions.toString());
            assertTrue(actions.getOrDefault(CLERK, Set.of()).containsAll(Set.of("IMPORT_INDICATORS", "ROUND", "DRAW", "PACKAGE_OUT", "MERGE", "PROBLEM")),
                    actions.toString());
            assertTrue(actions.getOrDefault(SUPERVISOR, Set.of()).containsAll(Set.of("CONFLICT", "REVIEW")), actions.toString());
            assertTrue(!actions.get(CLERK).contains("REVIEW") && !actions.get(ADMINISTRATOR).contains("REVIEW"), "the 督查组长 alone decided");
        } finally {
            System.setProperty(PASSWORD_FILE, kept);
            List.of(ADMINISTRATOR, CLERK, SUPERVISOR).forEach(TestServer::dropLogin);
        }

        assertEquals(embedded.keySet(), server.keySet());
        for (String output : embedded.keySet()) {
            assertEquals(embedded.get(output), server.get(output), output);
        }
        assertTrue(embedded.get("conflicts before").contains("第一组"), "the comparison covers a real conflict");
        assertTrue(embedded.get("report bulletin").contains("红榜"), "the comparison covers a real bulletin");
    }

    /**
     * The round, from an empty office to its reports, with the laptops' folders and the files that travel in
     * {@code root}; what it listed and exported, by name, fresh values left out.
     */
    private static Map<String, String> round(Path root, Staff administrator, Staff clerk, Staff supervisor) throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String[] person : new String[][] {{"张三", "测评员", "第一组"}, {"李四", "测评员", "第二组"}, {"陈主任", "督查组长", ""}, {"王芳", "内业", ""}}) {
            List<String> add = new ArrayList<>(List.of("people", "add", "--name", person[0], "--role", person[1]));
            if (!person[2].isEmpty()) {
                add.addAll(List.of("--team", person[2]));
            }
            administrator.does(add.toArray(String[]::new));
        }
        administrator.does("problems", "rules", "--fix-days", "12");

        clerk.does("indicators", "import", "--sample");
        clerk.does("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString());
        clerk.does("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04");
        clerk.does("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42");
        String assigned = clerk.does("round", "assign", "latest", "--json");
        String officeKey = clerk.does("package", "key").strip();
        String shared = null;
        String secondTeams = null;
        for (JsonNode drawn : JSON.readTree(assigned).get("drawn")) {
            String team = drawn.get("team").asText();
            if (shared == null && team.equals("第一组")) {
                shared = drawn.get("site").get("name").asText();
            } else if (secondTeams == null && team.equals("第二组")) {
                secondTeams = drawn.get("site").get("name").asText();
            }
        }
        outputs.put("round assign", ComparableOutput.freshValuesLeftOut(assigned));
        Laptop field1 = new Laptop(root.resolve("field1"));
        Laptop field2 = new Laptop(root.resolve("field2"));
        Path task1 = root.resolve("第一组.citask");
        Path task2 = root.resolve("第二组.citask");
        clerk.does("package", "task", "latest", "第一组", task1.toString(), "--for-key", field1.key());
        outputs.put("round assign --move", clerk.lists("round", "assign", "latest", "--move", shared + "=第二组", "--json"));
        clerk.does("package", "task", "latest", "第二组", task2.toString(), "--for-key", field2.key());

        // Both teams score the moved site, differently; the second team also finds a problem at a site of its own.
        Path results1 = field1.scores(task1, officeKey, Map.of(shared, "不符合"));
        Path results2 = field2.scores(task2, officeKey, Map.of(shared, "符合", secondTeams, "不符合"));
        clerk.does("package", "import", results1.toString(), results2.toString());
        String conflicts = clerk.does("conflicts", "list", "--round", "latest", "--json");
        outputs.put("conflicts before", ComparableOutput.freshValuesLeftOut(conflicts));

        JsonNode conflict = JSON.readTree(conflicts).get(0);
        String failing = null;
        for (JsonNode answer : conflict.get("answers")) {
            if (answer.get("team").asText().equals("第一组")) {
                failing = answer.get("finding").asText();
            }
        }
        supervisor.does("conflicts", "resolve", conflict.get("id").asText().substring(0, 8), "--choose", failing, "--by", "陈主任");
        String returned = null;
        for (JsonNode site : JSON.readTree(supervisor.does("review", "list", "--round", "latest", "--json"))) {
            String siteId = site.get("siteId").asText();
            if (returned == null && site.get("team").asText().equals("第一组") && !site.get("site").asText().equals(shared)) {
                returned = siteId;
                supervisor.does("review", "return", "--round", "latest", "--site", siteId, "--comment",
                        field1.firstStandard(siteId) + "=请补拍现场照片后重新判定", "--by", "陈主任");
            } else if (site.get("status").asText().equals("COMPLETED")) {
                supervisor.does("review", "approve", "--round", "latest", "--site", siteId, "--by", "陈主任");
            }
        }

        JsonNode problems = JSON.readTree(clerk.does("problems", "list", "--round", "latest", "--json")).get("problems");
        assertEquals(2, problems.size(), "a problem from each failing answer approved: " + problems);
        String moved = problems.get(0).get("id").asText().substring(0, 8);
        clerk.does("problems", "update", moved, "--to", "整改中", "--note", "已通知责任单位", "--by", "王芳");
        supervisor.does("problems", "deadline", problems.get(1).get("id").asText().substring(0, 8), "--date", "2027-01-15",
                "--reason", "需要更换设施", "--by", "陈主任");

        outputs.put("round list", clerk.lists("round", "list", "--json"));
        outputs.put("people list", clerk.lists("people", "list", "--json"));
        outputs.put("sites list", clerk.lists("sites", "list", "--json"));
        outputs.put("indicators list", clerk.lists("indicators", "list", "--json"));
        outputs.put("review list", clerk.lists("review", "list", "--round", "latest", "--json"));
        outputs.put("conflicts after", clerk.lists("conflicts", "list", "--round", "latest", "--all", "--json"));
        outputs.put("problems list", clerk.lists("problems", "list", "--round", "latest", "--json"));
        outputs.put("problems history", clerk.lists("problems", "history", moved, "--json"));
        outputs.put("problems placard", clerk.lists("problems", "placard", "--json"));
        for (String report : REPORTS) {
            Path file = root.resolve(report + ".xlsx");
            clerk.does("report", report, "--round", "latest", "--include-unreviewed", file.toString());
            outputs.put("report " + report, ComparableOutput.cells(file));
        }
        // Verified, not compared: the server's log holds the role grants too, and an entry for each desk that anchored
        // the log on its first start.
        clerk.does("verify");
        return outputs;
    }

    /** A staff member at their desk (a data folder of their own), signed in to the office's server with their login. */
    private static Staff signedIn(Path desk, String address, String login) {
        return new Staff(new CliSession(desk), address.replace("civicinspect_test@", login + "@"));
    }

    /** A staff member's command line on the office's workspace: the server's at {@code address}, or the embedded one when null. */
    private record Staff(CliSession cli, String address) {

        /** Runs the command, which must succeed, and returns what it printed. */
        String does(String... args) {
            List<String> line = new ArrayList<>();
            if (address != null) {
                line.addAll(List.of("--db", address));
            }
            line.addAll(List.of(args));
            assertEquals(0, cli.runAs(line.toArray(String[]::new)), String.join(" ", args) + ": " + cli.err());
            return cli.out();
        }

        /** What the command printed, fresh values left out. */
        String lists(String... args) {
            return ComparableOutput.freshValuesLeftOut(does(args));
        }
    }

    /** A field laptop: an embedded workspace of its own, whichever engine the office is on. */
    private static final class Laptop {

        private final Path folder;
        private final CliSession cli;
        private final Map<String, String> firstStandards = new HashMap<>();

        Laptop(Path folder) {
            this.folder = folder;
            this.cli = new CliSession(folder);
        }

        /** The laptop's key fingerprint, as its user reads it off to the office. */
        String key() {
            return does("package", "key").strip();
        }

        /** Takes the task package in, scores every site (as {@code planted} says where) and returns its result package. */
        Path scores(Path task, String officeKey, Map<String, String> planted) throws Exception {
            does("package", "import", task.toString(), "--trust", officeKey);
            Path sheet;
            String inspector;
            Workspace workspace = Workspace.open(folder);
            try {
                Services services = new Services(workspace, TestWorkspaces.CLOCK);
                sheet = PackageRoundTripTest.answerSheet(services, folder, planted);
                inspector = PackageRoundTripTest.inspector(services);
            } finally {
                workspace.close();
            }
            List<String> answers = Files.readAllLines(sheet, StandardCharsets.UTF_8);
            for (String answer : answers.subList(1, answers.size())) {
                String[] cells = answer.split(",", -1);
                firstStandards.putIfAbsent(cells[1], cells[2]);
            }
            does("score", sheet.toString(), "--complete", "--by", inspector);
            Path results = folder.resolveSibling(folder.getFileName() + ".ciresult");
            does("package", "results", results.toString());
            return results;
        }

        /** The code of the first standard the laptop answered at that site. */
        String firstStandard(String siteId) {
            return firstStandards.get(siteId);
        }

        private String does(String... args) {
            assertEquals(0, cli.runAs(args), String.join(" ", args) + ": " + cli.err());
            return cli.out();
        }
    }

    /** Which kinds of audit entry each login wrote on the server's workspace of that folder. */
    private static Map<String, Set<String>> actionsByLogin(Path officeFolder) throws Exception {
        Map<String, Set<String>> actions = new HashMap<>();
        try (Connection c = ServerWorkspaces.connect(officeFolder);
             ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT login, action FROM audit_entry WHERE login IS NOT NULL")) {
            while (rs.next()) {
                actions.computeIfAbsent(rs.getString(1), l -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return actions;
    }
}
