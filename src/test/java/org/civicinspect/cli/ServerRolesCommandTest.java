package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator gives staff logins their role on the office's server from the command line, and a staff member
 * whose login the database refuses is told in one sentence which role they lack.
 */
class ServerRolesCommandTest {

    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static final String OFFICE = "ci_cli_office_" + ProcessHandle.current().pid();

    @TempDir Path temp;

    @Test
    void anEmbeddedWorkspaceHasNoLoginsToGiveRolesTo() {
        TestWorkspaces.assumeEmbedded("an embedded workspace only");
        CliSession cli = new CliSession(temp.resolve("laptop"));
        assertEquals(2, cli.run("people", "grants"));
        assertEquals(Messages.get("people.rolesOnServerOnly", temp.resolve("laptop")), cli.err().strip());
        assertEquals(2, cli.run("people", "grant", "zhangwei", "--role", "督查组长"));
    }

    @Test
    void anAdministratorGivesARoleAndAStaffLoginIsToldWhichRoleItLacks() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        Path folder = temp.resolve("office");
        CliSession administrator = new CliSession(folder);
        String address = ServerWorkspaces.address(folder);
        TestServer.staffLogin(ServerWorkspaces.databaseOf(folder), OFFICE, "pw");
        String kept = System.getProperty(PASSWORD_FILE);
        Path passwords = Files.writeString(temp.resolve("staff.pgpass"), Files.readString(Path.of(kept)) + "*:*:*:" + OFFICE + ":pw\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PASSWORD_FILE, passwords.toString());
        try {
            assertEquals(2, administrator.run("people", "grant", "nobody_here", "--role", "内业"));
            assertEquals(0, administrator.run("people", "grant", OFFICE, "--role", "内业"), administrator.err());
            assertEquals(0, administrator.run("people", "grants", "--json"));
            assertTrue(administrator.out().replaceAll("\\s", "").contains("{\"login\":\"" + OFFICE + "\",\"role\":\"OFFICE\"}"), administrator.out());

            CliSession staff = new CliSession(temp.resolve("staff"));
            String asStaff = address.replace("civicinspect_test@", OFFICE + "@");
            assertEquals(0, staff.runAs("--db", asStaff, "people", "list"), staff.err());
            assertEquals(2, staff.runAs("--db", asStaff, "problems", "rules", "--fix-days", "3"));
            assertEquals(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.ADMINISTRATOR")), staff.err().strip());
            assertEquals(2, staff.runAs("--db", asStaff, "people", "grant", OFFICE, "--role", "管理员"));
            assertEquals(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.ADMINISTRATOR")), staff.err().strip());

            assertEquals(0, administrator.run("people", "revoke", OFFICE));
            assertEquals(2, staff.runAs("--db", asStaff, "people", "list"));
            assertEquals(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.OFFICE")), staff.err().strip());
        } finally {
            System.setProperty(PASSWORD_FILE, kept);
            TestServer.dropLogin(OFFICE);
        }
    }
}
