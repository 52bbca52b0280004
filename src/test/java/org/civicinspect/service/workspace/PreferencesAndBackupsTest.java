package org.civicinspect.service.workspace;

import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.Progress;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences kept beside the language, the daily backup on closing, and the device key. */
class PreferencesAndBackupsTest {

    @TempDir Path temp;

    @Test
    void preferencesStartAtTheDefaultsAreKeptAndRefuseNonsense() throws Exception {
        Path folder = temp.resolve("ws");
        Files.createDirectories(folder);
        ChangePreferences preferences = new ChangePreferences(folder);
        assertEquals(Preferences.DEFAULT, preferences.current());
        new ChooseLanguage(folder).choose("en");
        preferences.save(new Preferences(WorkspaceRole.FIELD, 5, 7, 20));
        assertEquals(new Preferences(WorkspaceRole.FIELD, 5, 7, 20), new ChangePreferences(folder).current());
        assertEquals("en", new ChooseLanguage(folder).saved());
        assertEquals("settings.notSensible", assertThrows(RequestRefused.class,
                () -> preferences.save(new Preferences(WorkspaceRole.OFFICE, 0, 7, 20))).messageKey());
        assertEquals(WorkspaceRole.FIELD, preferences.current().role(), "a refused change changes nothing");

        Files.writeString(folder.resolve(ChooseLanguage.FILE), "role=MAYOR\nhonours.size=lots\nbackups.keep=-4\n");
        assertEquals(Preferences.DEFAULT, preferences.current(), "what cannot be read is the default");
    }

    @Test
    void closingBacksUpOnceADayAndKeepsOnlyTheNewest() throws Exception {
        TestWorkspaces.assumeEmbedded("a backup zip holds an embedded workspace; a server's database is backed up by its owner");
        Path folder = temp.resolve("ws");
        new Services(TestWorkspaces.workspace(folder), Clock.systemUTC()).importSampleIndicatorSet().run(Progress.NONE);
        new ChangePreferences(folder).save(new Preferences(WorkspaceRole.OFFICE, 3, 3, 2));
        Instant day = Instant.parse("2026-11-20T09:00:00Z");
        assertTrue(backUps(folder, day).daily(), "the first close of the day backs up");
        assertFalse(backUps(folder, day.plusSeconds(3600)).daily(), "a second close the same day does not");
        assertTrue(backUps(folder, day.plusSeconds(86_400)).daily());
        WorkspaceBackup.automatic(folder, "before-restore", day.plusSeconds(2 * 86_400), 2);
        assertTrue(backUps(folder, day.plusSeconds(3 * 86_400)).daily());
        List<Path> kept = WorkspaceBackup.automaticBackups(folder);
        assertEquals(2, kept.size(), "as many as the preferences keep");
        assertEquals(day.plusSeconds(3 * 86_400), WorkspaceBackup.madeAt(kept.get(0)).orElseThrow(), "newest first, whatever the reason");
        assertEquals(day.plusSeconds(2 * 86_400), WorkspaceBackup.madeAt(kept.get(1)).orElseThrow());
        Files.writeString(folder.resolve("backups/auto-daily-by-hand.zip"), "not ours");
        assertTrue(backUps(folder, day.plusSeconds(4 * 86_400)).daily(), "a stray file in backups/ does not stop the daily backup");
    }

    private static BackUpWorkspace backUps(Path folder, Instant now) {
        return new Services(TestWorkspaces.workspace(folder), Clock.fixed(now, ZoneOffset.UTC)).backUpWorkspace();
    }

    @Test
    void eachWorkspaceHasItsOwnDeviceKeyReadableByItsOwnerAlone() throws Exception {
        Services first = new Services(TestWorkspaces.workspace(temp.resolve("a")), Clock.systemUTC());
        String fingerprint = first.showDeviceKey().fingerprint();
        assertEquals(16, fingerprint.split(" ").length);
        assertEquals(fingerprint, new Services(TestWorkspaces.workspace(temp.resolve("a")), Clock.systemUTC()).showDeviceKey().fingerprint(),
                "the same key on every start");
        assertNotEquals(fingerprint, new Services(TestWorkspaces.workspace(temp.resolve("b")), Clock.systemUTC()).showDeviceKey().fingerprint());
        Path key = temp.resolve("a/keys/device-ed25519.key");
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
    }
}
