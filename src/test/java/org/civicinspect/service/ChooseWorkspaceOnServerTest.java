package org.civicinspect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 checks a server before switching to it, changing nothing, and says in one sentence what is wrong. */
class ChooseWorkspaceOnServerTest {

    private static final String DATABASE = "civic_choose_check_" + ProcessHandle.current().pid();
    private static final String CLERK = "civic_choose_clerk";

    @TempDir Path home;
    private ChooseWorkspace choice;

    @BeforeEach
    void emptyDatabase() {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        TestServer.emptyDatabase(DATABASE);
        choice = new ChooseWorkspace(home);
    }

    @AfterEach
    void drop() {
        if (TestServer.inUse()) {
            TestServer.drop(DATABASE);
            TestServer.dropLogin(CLERK);
        }
    }

    private WorkspaceAddress at(String login, int port) {
        ServerLogin server = TestServer.login(DATABASE);
        var parts = new WorkspaceAddress(home, server.address()).serverParts().orElseThrow();
        return WorkspaceAddress.onServer(home, new WorkspaceAddress.ServerParts(parts.host(), port, parts.database(), login));
    }

    private WorkspaceAddress asOwner() {
        ServerLogin server = TestServer.login(DATABASE);
        return at(server.user(), new WorkspaceAddress(home, server.address()).serverParts().orElseThrow().port());
    }

    private String refusal(WorkspaceAddress workspace, String password) {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> choice.check(workspace, password == null ? null : password.toCharArray()));
        return refused.messageKey();
    }

    @Test
    void anEmptyDatabaseMayBeSetUpByItsOwnerOnly() {
        assertEquals(ChooseWorkspace.Found.EMPTY_DATABASE, choice.check(asOwner(), null));
        TestServer.staffLogin(DATABASE, CLERK, "clerk-pw");
        assertEquals("server.mayNotSetUp", refusal(at(CLERK, asOwner().serverParts().orElseThrow().port()), "clerk-pw"));
    }

    @Test
    void aDatabaseHoldingOtherTablesIsNotAWorkspace() throws Exception {
        ServerLogin owner = TestServer.login(DATABASE);
        try (Connection c = DriverManager.getConnection("jdbc:" + owner.address(), owner.user(), new String(owner.password()));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id integer)");
        }
        assertEquals("server.notAWorkspace", refusal(asOwner(), null));
    }

    @Test
    void nothingAnsweringAtThePortIsUnreachable() {
        assertEquals("server.unreachable", refusal(at("civicinspect_test", 1), null));
    }
}
