package org.civicinspect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceAddressTest {

    private static final Path DATA = Path.of("/tmp/office-data");

    @Test
    void withoutDbTheWorkspaceIsTheEmbeddedOneInTheDataFolder() {
        WorkspaceAddress address = WorkspaceAddress.of(null, null, DATA);
        assertFalse(address.onServer());
        assertEquals(DATA, address.folder());
    }

    @Test
    void aServerAddressPutsTheWorkspaceOnTheServerAndKeepsTheDataFolderForThisComputer() {
        WorkspaceAddress address = WorkspaceAddress.of("postgresql://office:5432/civic", null, DATA);
        assertTrue(address.onServer());
        assertEquals("postgresql://office:5432/civic", address.server());
        assertEquals(DATA, address.folder());
    }

    @Test
    void dbNamingAFolderIsTheEmbeddedWorkspaceThere() {
        WorkspaceAddress address = WorkspaceAddress.of("/tmp/laptop", null, DATA);
        assertNull(address.server());
        assertEquals(Path.of("/tmp/laptop"), address.folder());
    }

    @Test
    void theOptionWinsOverTheEnvironmentVariable() {
        assertEquals("postgresql://office/civic", WorkspaceAddress.of(null, "postgresql://office/civic", DATA).server());
        assertEquals("postgresql://other/civic", WorkspaceAddress.of("postgresql://other/civic", "postgresql://office/civic", DATA).server());
        assertFalse(WorkspaceAddress.of("/tmp/laptop", "postgresql://office/civic", DATA).onServer());
    }
}
