package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round through the office's server with each staff member signed in with their own login: the 内业 login does all
 * of 内业's work (library, sites, round, tasks, merging, problem steps) and is refused, by the database, a decision
 * that needs 督查组长 even when the program would let the person it names make it; the 督查组长 login makes them.
 */
class StaffRolesThroughARoundTest {

    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static final String OFFICE = "ci_round_office_" + ProcessHandle.current().pid();
    private static final String SUPERVISOR = "ci_round_supervisor_" + ProcessHandle.current().pid();

    @TempDir Path temp;

    @Test
    void theOfficeLoginRunsTheRoundAndOnlyTheSupervisorLoginDecides() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        Path officeFolder = temp.resolve("office");
        CliSession administrator = new CliSession(officeFolder);
        String address = ServerWorkspaces.address(officeFolder);
        String database = ServerWorkspaces.databaseOf(officeFolder);
        TestServer.staffLogin(database, OFFICE, "pw");
        TestServer.staffLogin(database, SUPERVISOR, "pw");
        String kept = System.getProperty(PASSWORD_FILE);
        Path passwords = Files.writeString(temp.resolve("staff.pgpass"),
                Files.readString(Path.of(kept)) + "*:*:*:" + OFFICE + ":pw\n*:*:*:" + SUPERVISOR + ":pw\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PASSWORD_FILE, passwords.toString());
        try {
            for (String[] person : new String[][] {{"张三", "测评员", "第一组"}, {"李四", "测评员", "第二组"}, {"陈主任", "督查组长", ""}, {"王芳", "内业", ""}}) {
                List<String> add = new ArrayList<>(List.of("people", "add", "--name", person[0], "--role", person[1]));
                if (!person[2].isEmpty()) {
                    add.addAll(List.of("--team", person[2]));
                }
                assertEquals(0, administrator.run(add.toArray(String[]::new)), administrator.err());
            }
            assertEquals(0, administrator.run("people", "grant", OFFICE, "--role", "内业"), administrator.err());
            assertEquals(0, administrator.run("people", "grant", SUPERVISOR, "--role", "督查组长"), administrator.err());

            Staff office = new Staff(new CliSession(temp.resolve("desk")), address.replace("civicinspect_test@", OFFICE + "@"));
            Staff supervisor = new Staff(new CliSession(temp.resolve("desk")), address.replace("civicinspect_test@", SUPERVISOR + "@"));
            office.does("indicators", "import", "--sample");
            office.does("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString());
            office.does("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04");
            office.does("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42");
            office.does("round", "assign", "latest");
            office.does("materials", "review", "--round", "latest", "--standard", "09-02-01", "--grade", "部分", "--by", "王芳");
            supervisor.does("materials", "review", "--round", "latest", "--standard", "09-02-01", "--grade", "完整", "--by", "陈主任");
            office.does("score", "weights", "--round", "latest", "30,50,20", "--by", "王芳");
            office.does("package", "key");
            String officeKey = office.cli.out().strip();
            String shared = TestWorkspaces.open(officeFolder).showRound().run("latest").drawn().stream()
                    .filter(d -> "第一组".equals(d.team())).findFirst().orElseThrow().site().name();
            Path task1 = temp.resolve("t1.citask");
            Path task2 = temp.resolve("t2.citask");
            office.does("package", "task", "latest", "第一组", task1.toString(), "--for-key", TwoTeamsScored.laptopKey(temp.resolve("field1")));
            office.does("round", "assign", "latest", "--move", shared + "=第二组");
            office.does("package", "task", "latest", "第二组", task2.toString(), "--for-key", TwoTeamsScored.laptopKey(temp.resolve("field2")));
            String[][] laptops = {{"field1", task1.toString(), "不符合"}, {"field2", task2.toString(), "符合"}};
            List<String> results = new ArrayList<>();
            for (String[] laptop : laptops) {
                CliSession field = new CliSession(temp.resolve(laptop[0]));
                assertEquals(0, field.run("package", "import", laptop[1], "--trust", officeKey), field.err());
                PackageRoundTripTest.scoreEverything(field, temp.resolve(laptop[0]), shared, laptop[2]);
                results.add(temp.resolve(laptop[0] + ".ciresult").toString());
                assertEquals(0, field.run("package", "results", results.get(results.size() - 1)), field.err());
            }
            office.does("package", "import", results.get(0), results.get(1));

            office.does("conflicts", "list", "--round", "latest", "--json");
            JsonNode conflict = new ObjectMapper().readTree(office.cli.out()).get(0);
            String failing = null;
            for (JsonNode answer : conflict.get("answers")) {
                if ("第一组".equals(answer.get("team").asText())) {
                    failing = answer.get("finding").asText();
                }
            }
            String[] resolve = {"conflicts", "resolve", conflict.get("id").asText().substring(0, 8), "--choose", failing, "--by", "陈主任"};
            office.isRefused(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.SUPERVISOR")), resolve);
            supervisor.does(resolve);
            String[] approve = {"review", "approve", "--round", "latest", "--site", shared, "--by", "陈主任"};
            office.isRefused(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.SUPERVISOR")), approve);
            supervisor.does(approve);

            office.does("problems", "list", "--round", "latest", "--json");
            String problem = new ObjectMapper().readTree(office.cli.out()).get("problems").get(0).get("id").asText().substring(0, 8);
            office.does("problems", "update", problem, "--to", "整改中", "--note", "已通知责任单位", "--by", "王芳");
            office.does("problems", "update", problem, "--to", "待复查", "--note", "已清运", "--by", "王芳");
            String[] close = {"problems", "update", problem, "--to", "已销号", "--note", "复查合格", "--by", "王芳"};
            office.isRefused(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.SUPERVISOR")), close);
            close[close.length - 1] = "陈主任";
            supervisor.does(close);

            // Verified at the desk, which holds the merged photos: on a server they still stay where they were taken in.
            office.does("verify");
            assertTrue(logins(officeFolder).containsAll(Set.of(OFFICE, SUPERVISOR, "civicinspect_test")), "every entry names its login");
        } finally {
            System.setProperty(PASSWORD_FILE, kept);
            TestServer.dropLogin(OFFICE);
            TestServer.dropLogin(SUPERVISOR);
        }
    }

    /** A staff member at their desk, signed in to the office's server with their own login. */
    private record Staff(CliSession cli, String address) {

        void does(String... args) {
            assertEquals(0, run(args), String.join(" ", args) + ": " + cli.err());
        }

        void isRefused(String sentence, String... args) {
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals(sentence, cli.err().strip());
        }

        private int run(String... args) {
            List<String> all = new ArrayList<>(List.of("--db", address));
            all.addAll(List.of(args));
            return cli.runAs(all.toArray(String[]::new));
        }
    }

    private static Set<String> logins(Path officeFolder) throws Exception {
        Set<String> logins = new HashSet<>();
        try (Connection c = ServerWorkspaces.connect(officeFolder); ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT login FROM audit_entry")) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        return logins;
    }
}
