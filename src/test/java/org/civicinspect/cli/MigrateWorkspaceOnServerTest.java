package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CancellationException;
import org.civicinspect.model.Progress;
import org.civicinspect.service.workspace.DeviceSeal;
import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceCopy;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workspace migrate}: a workspace of this computer (SQLite) is copied whole, photos included, into an empty
 * database on the office server, where it reads and verifies as it did; and back into a new folder. The workspace
 * copied is not changed, and a database or folder that already holds something is refused and left as it was.
 */
class MigrateWorkspaceOnServerTest {

    private static final String PREFIX = "civic_migrate_" + ProcessHandle.current().pid() + "_";

    @TempDir static Path temp;
    private static CliSession laptop;
    private static int made;
    private final List<String> databases = new ArrayList<>();

    @BeforeAll
    static void aDemoWorkspaceOnThisComputer() {
        assertTrue(TestServer.inUse(), "runs on the suite's run on PostgreSQL");
        laptop = new CliSession(temp.resolve("laptop"));
        assertEquals(0, laptop.runAs("demo", "--districts", "2", "--sites", "30", "--rounds", "2", "--inspectors", "2", "--seed", "1"),
                laptop.err());
    }

    @AfterEach
    void dropTheDatabases() {
        databases.forEach(TestServer::drop);
    }

    /** A new, empty database on the test server, as the user names it with {@code --to}. */
    private String emptyDatabase() {
        String name = PREFIX + ++made;
        databases.add(name);
        ServerLogin login = TestServer.emptyDatabase(name);
        return login.address().replace("postgresql://", "postgresql://" + login.user() + "@");
    }

    private String laptopSays(String... args) {
        assertEquals(0, laptop.runAs(args), laptop.err());
        return laptop.out();
    }

    /** The laptop's data folder copied whole, as a user copies a closed workspace's folder. */
    private static Path copyOfTheLaptop(String name) throws java.io.IOException {
        Path copy = temp.resolve(name);
        try (java.util.stream.Stream<Path> files = Files.walk(temp.resolve("laptop"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(temp.resolve("laptop").relativize(file).toString()));
            }
        }
        return copy;
    }

    /** Runs the command on the session's folder, on the server's database at {@code address} unless it is null. */
    private static String says(CliSession session, String address, String... args) {
        List<String> all = new ArrayList<>(address == null ? List.of() : List.of("--db", address));
        all.addAll(List.of(args));
        assertEquals(0, session.runAs(all.toArray(String[]::new)), session.err());
        return session.out();
    }

    private String serverSays(String address, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", address));
        all.addAll(List.of(args));
        assertEquals(0, laptop.runAs(all.toArray(String[]::new)), laptop.err());
        return laptop.out();
    }

    /** Run on a copy of the laptop's folder: work on the server copy moves the anchor of the data folder it shares with its source. */
    @Test
    void aWorkspaceCopiedToTheServerHoldsTheSameAndVerifies() throws Exception {
        Path office = copyOfTheLaptop("office");
        CliSession here = new CliSession(office);
        String problems = says(here, null, "problems", "list", "--round", "latest", "--json");
        String people = says(here, null, "people", "list", "--json");
        String sites = says(here, null, "report", "sites", "--round", "latest", "--include-unreviewed", "--json", temp.resolve("sites.xlsx").toString());
        byte[] before = Files.readAllBytes(office.resolve("workspace.db"));
        byte[] anchorBefore = Files.readAllBytes(office.resolve("audit-anchor"));
        String server = emptyDatabase();

        String migrated = says(here, null, "workspace", "migrate", "--to", server, "--json");

        assertArrayEquals(before, Files.readAllBytes(office.resolve("workspace.db")), "the workspace copied is not changed");
        assertArrayEquals(anchorBefore, Files.readAllBytes(office.resolve("audit-anchor")), "nor its anchor");
        JsonNode answer = new ObjectMapper().readTree(migrated);
        assertTrue(answer.get("sound").asBoolean(), migrated);
        assertTrue(answer.get("photos").asLong() > 0, "the demo has photos: " + migrated);
        assertTrue(answer.get("tables").size() > 20, migrated);
        String verified = says(here, server, "verify");
        assertFalse(verified.contains("重新锚定"), "anchored at the copied head, not afresh: " + verified);
        assertEquals(problems, says(here, server, "problems", "list", "--round", "latest", "--json"), "the same problems, ids and all");
        assertEquals(people, says(here, server, "people", "list", "--json"));
        assertEquals(sites, says(here, server, "report", "sites", "--round", "latest", "--include-unreviewed", "--json",
                temp.resolve("sites.xlsx").toString()), "the same scores, site by site");
    }

    @Test
    void theCopyOnTheServerTakesNewWorkWhereTheSourceLeftOff() throws Exception {
        Path moved = copyOfTheLaptop("moved");
        CliSession movedLaptop = new CliSession(moved);
        String server = emptyDatabase();
        assertEquals(0, movedLaptop.runAs("workspace", "migrate", "--to", server), movedLaptop.err());
        JsonNode problems = new ObjectMapper().readTree(says(movedLaptop, server, "problems", "list", "--round", "latest", "--json")).get("problems");
        String toFix = java.util.stream.StreamSupport.stream(problems.spliterator(), false)
                .filter(p -> p.get("status").asText().equals("TO_FIX")).findFirst().orElseThrow().get("id").asText();
        String supervisor = new ObjectMapper().readTree(says(movedLaptop, server, "people", "list", "--json")).get("people").get(0).get("name").asText();

        says(movedLaptop, server, "problems", "update", toFix.substring(0, 8), "--to", "整改中", "--note", "已通知责任单位", "--by", supervisor);

        assertTrue(says(movedLaptop, server, "problems", "history", toFix.substring(0, 8)).contains("已通知责任单位"));
        assertFalse(says(movedLaptop, server, "verify").contains("重新锚定"));
    }

    @Test
    void aServerWorkspaceCopiedBackToANewFolderHoldsTheSame() {
        String server = emptyDatabase();
        laptopSays("workspace", "migrate", "--to", server);
        Path back = temp.resolve("back");

        assertEquals(0, laptop.runAs("--db", server, "workspace", "migrate", "--to", back.toString()), laptop.err());

        CliSession returned = new CliSession(back);
        assertEquals(0, returned.runAs("problems", "list", "--round", "latest", "--json"), returned.err());
        assertEquals(laptopSays("problems", "list", "--round", "latest", "--json"), returned.out());
        assertEquals(0, returned.runAs("verify"), returned.out() + returned.err());
        assertFalse(returned.out().contains("重新锚定"), returned.out());
        assertEquals(0, returned.runAs("people", "add", "--name", "王新来", "--role", "内业"), returned.err());
    }

    @Test
    void aServerDatabaseInUseIsRefusedAndLeftAsItWas() {
        String server = emptyDatabase();
        laptopSays("workspace", "migrate", "--to", server);
        String problems = serverSays(server, "problems", "list", "--round", "latest", "--json");

        assertEquals(2, laptop.runAs("workspace", "migrate", "--to", server));
        assertEquals(1, laptop.err().strip().lines().count(), laptop.err());
        assertTrue(laptop.err().contains(server), laptop.err());
        assertEquals(problems, serverSays(server, "problems", "list", "--round", "latest", "--json"));
        serverSays(server, "verify");
    }

    @Test
    void aWorkspaceOfAnOlderProgramIsRefusedUnopenedRatherThanUpgraded() throws Exception {
        Path old = Files.createDirectories(temp.resolve("old"));
        Files.copy(Path.of("src/test/resources/fixtures/schema-v3/workspace.db"), old.resolve("workspace.db"));
        byte[] before = Files.readAllBytes(old.resolve("workspace.db"));
        String server = emptyDatabase();

        CliSession oldLaptop = new CliSession(old);
        assertEquals(2, oldLaptop.runAs("workspace", "migrate", "--to", server));

        assertEquals(1, oldLaptop.err().strip().lines().count(), oldLaptop.err());
        assertArrayEquals(before, Files.readAllBytes(old.resolve("workspace.db")));
        assertEquals(0, laptop.runAs("workspace", "migrate", "--to", server), "the database was left empty: " + laptop.err());
    }

    @Test
    void aCopyCancelledHalfWayLeavesTheServerDatabaseWithoutARow() throws Exception {
        String name = PREFIX + ++made;
        databases.add(name);
        Workspace source = Workspace.open(temp.resolve("laptop"));
        Workspace target = TestServer.openEmpty(temp.resolve("cancelled"), name);
        try {
            long[] updates = {0};
            Progress cancelsHalfWay = new Progress() {
                @Override
                public void update(long done, long total) {
                    updates[0] = done;
                }

                @Override
                public boolean isCancelled() {
                    return updates[0] > 1000;
                }
            };
            assertThrows(CancellationException.class, () -> WorkspaceCopy.copy(source, target, new DeviceSeal(temp.resolve("cancelled/keys")),
                    cancelsHalfWay));

            WorkspaceCopy.Comparison left = WorkspaceCopy.compare(source, target);
            assertTrue(left.tables().stream().allMatch(t -> t.target() == 0), left.tables().toString());
            assertTrue(left.photos() > 0 && left.photosDiffering().size() == left.photos(), "no photo kept: " + left.photosDiffering());
        } finally {
            source.close();
            target.close();
        }
        String address = TestServer.login(name).address().replace("postgresql://", "postgresql://" + TestServer.login(name).user() + "@");
        assertEquals(0, laptop.runAs("workspace", "migrate", "--to", address), "a copy may be tried again: " + laptop.err());
    }

    @Test
    void aDamagedPhotoIsNamedAndNothingIsCopied() throws Exception {
        Path damaged = copyOfTheLaptop("damaged");
        Path photo;
        try (java.util.stream.Stream<Path> files = Files.walk(damaged.resolve("photos"))) {
            photo = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.write(photo, new byte[] {1, 2, 3});
        String server = emptyDatabase();

        CliSession withDamage = new CliSession(damaged);
        assertEquals(2, withDamage.runAs("workspace", "migrate", "--to", server, "--json"));

        assertTrue(withDamage.err().contains(photo.getFileName().toString()), withDamage.err());
        assertEquals(0, laptop.runAs("workspace", "migrate", "--to", server, "--json"), "the database was left empty: " + laptop.err());
    }

    @Test
    void aFolderThatHoldsAWorkspaceIsRefused() {
        assertEquals(2, laptop.runAs("workspace", "migrate", "--to", temp.resolve("laptop").toString()));
        assertTrue(laptop.err().contains("laptop"), laptop.err());
    }

    @Test
    void aServerThatCannotBeReachedIsRefusedAsWhenOpening() {
        assertEquals(2, laptop.runAs("workspace", "migrate", "--to", "postgresql://localhost:1/nowhere"));
        assertEquals(1, laptop.err().strip().lines().count(), laptop.err());
    }
}
