package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.store.TestServer;
import org.civicinspect.service.workspace.ChangePreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} makes the office of a made-up city: the window's first start then opens it as the office without asking. */
class DemoCommandTest {

    @TempDir Path temp;

    @Test
    void theDemoCityIsTheOfficesWorkspace() {
        Path folder = temp.resolve("office");
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("demo", "--districts", "1", "--sites", "10", "--rounds", "1", "--inspectors", "2", "--seed", "1"), cli.err());
        assertEquals(WorkspaceRole.OFFICE, new ChangePreferences(folder, TestServer.inUse()).current().role());
    }
}
