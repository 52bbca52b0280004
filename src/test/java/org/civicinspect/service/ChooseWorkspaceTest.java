package org.civicinspect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.service.common.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace the desktop app starts on: --db, else CIVICINSPECT_DB, else the one chosen in 设置, else the data folder's. */
class ChooseWorkspaceTest {

    @TempDir Path home;

    @Test
    void withNothingChosenTheDataFoldersOwnWorkspaceOpens() {
        assertEquals(WorkspaceAddress.embedded(home), new ChooseWorkspace(home).atStart(null, " "));
    }

    @Test
    void theChoiceIsTheNextStartsUnlessDbOrTheVariableNamesAnother() {
        ChooseWorkspace choice = new ChooseWorkspace(home);
        choice.remember(new WorkspaceAddress(home, "postgresql://zhangwei@office-server:5432/civic"));

        assertEquals(new WorkspaceAddress(home, "postgresql://zhangwei@office-server:5432/civic"), choice.atStart(null, null));
        assertEquals(WorkspaceAddress.embedded(home.resolve("laptop")), choice.atStart(home.resolve("laptop").toString(), null));
        assertEquals("postgresql://other/civic", choice.atStart(null, "postgresql://other/civic").server());

        choice.remember(WorkspaceAddress.embedded(home.resolve("elsewhere")));
        assertEquals(WorkspaceAddress.embedded(home.resolve("elsewhere")), new ChooseWorkspace(home).atStart(null, null));
        choice.remember(WorkspaceAddress.embedded(home));
        assertFalse(new SettingsFile(home).get("workspace").isPresent(), "the data folder's own workspace is kept as no choice");
    }

    @Test
    void aPasswordWrittenIntoTheAddressIsNeverRemembered() throws Exception {
        new ChooseWorkspace(home).remember(new WorkspaceAddress(home, "postgresql://zhangwei:s3cret-pw@office-server/civic"));

        String settings = Files.readString(home.resolve(SettingsFile.FILE));
        assertFalse(settings.contains("s3cret-pw"), settings);
        assertTrue(settings.contains("zhangwei"), settings);
        assertEquals("postgresql://zhangwei@office-server:5432/civic", new ChooseWorkspace(home).remembered().server());
    }
}
