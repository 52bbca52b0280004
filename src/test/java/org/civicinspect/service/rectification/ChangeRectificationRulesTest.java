package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of rectification live in one store, the workspace's database: days to fix (by default and per standard),
 * red days, red reopenings and whether closing needs evidence. A workspace that kept them in its settings file keeps
 * its values, carried over once.
 */
class ChangeRectificationRulesTest {

    @TempDir Path temp;

    @Test
    void rulesAreKeptInTheWorkspaceDatabaseNotTheSettingsFile() throws Exception {
        Path folder = temp.resolve("ws");
        Services services = TestWorkspaces.open(folder);
        services.changeRectificationRules().save(15, 10, 3);
        services.changeRectificationRules().requireEvidenceToClose(false);
        services.changeRectificationRules().setForStandard("1.1.1", 30);

        Path file = folder.resolve(SettingsFile.FILE);
        String settings = Files.exists(file) ? Files.readString(file) : "";
        assertFalse(settings.contains("fixDays") || settings.contains("redDays") || settings.contains("redReopened")
                || settings.contains("closingNeedsEvidence"), settings);
        Files.deleteIfExists(file);
        ChangeRectificationRules.Rules rules = TestWorkspaces.open(folder).changeRectificationRules().current();
        assertEquals(new ChangeRectificationRules.Rules(15, 10, 3, Map.of("1.1.1", 30), false), rules);
    }

    @Test
    void anOlderWorkspacesSettingsAreCarriedOverOnceAndTheFileIsNotReadForThemAgain() throws Exception {
        Path folder = temp.resolve("old");
        TestWorkspaces.open(folder);
        new SettingsFile(folder).putAll(Map.of("problems.fixDays", "15", "escalation.redDays", "5", "escalation.redReopened", "4",
                "problems.closingNeedsEvidence", "false"));

        Services services = TestWorkspaces.open(folder);
        assertEquals(new ChangeRectificationRules.Rules(15, 5, 4, Map.of(), false), services.changeRectificationRules().current());

        new SettingsFile(folder).putAll(Map.of("problems.fixDays", "20", "escalation.redDays", "9"));
        assertEquals(15, TestWorkspaces.open(folder).changeRectificationRules().current().fixDays(), "the database holds the rules now");
        assertEquals(5, services.changeRectificationRules().escalation().redAfterDays());
    }

    @Test
    void aNewWorkspaceStartsFromTheDefaults() {
        Services services = TestWorkspaces.open(temp.resolve("new"));
        assertEquals(new ChangeRectificationRules.Rules(7, 7, 2, Map.of(), true), services.changeRectificationRules().current());
    }
}
