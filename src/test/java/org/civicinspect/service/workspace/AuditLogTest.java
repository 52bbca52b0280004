package org.civicinspect.service.workspace;

import org.civicinspect.model.ReportScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change leaves an entry in the same transaction; the chain shows where it was tampered with. */
class AuditLogTest {

    private static final String BACKUPS_ARE_FILES = "a backup here is a copy of the SQLite file; a server database is backed up with pg_dump";

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite site;
    private Standard standard;

    @BeforeEach
    void aRoundWithOneAnswer() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        standard = services.openInspection().run(round.id(), site.site().id()).standards().stream()
                .filter(s -> s.scoring().mode() == org.civicinspect.model.ScoringMode.BINARY).findFirst().orElseThrow();
    }

    private Set<String> actions() {
        return TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT DISTINCT action FROM audit_entry")) {
                Set<String> found = new java.util.HashSet<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                return found;
            }
        });
    }

    @Test
    void everyKindOfChangeIsRecordedAndAFindingShowsItsHistory() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        services.annotateFinding().note(round.id(), site.site().id(), standard.code(), "垃圾未清运", "李娜");
        services.recordNegativeEvent().add(round.id(), round.start(), "09-03-01", "演示事件", BigDecimal.ONE);
        services.exportProblemList().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, temp.resolve("problems.xlsx"), Progress.NONE);
        assertEquals(Set.of("IMPORT_INDICATORS", "IMPORT_SITES", "PERSON", "ROUND", "DRAW", "ASSIGN", "ANSWER", "NEGATIVE_EVENT", "EXPORT"),
                actions());

        List<AuditEntry> history = services.showHistory().ofFinding(round.id(), site.site().id(), standard.code());
        assertEquals(List.of("张伟", "张伟", "李娜"), history.stream().map(AuditEntry::actor).toList());
        assertTrue(history.get(0).detail().startsWith("v1 ") && history.get(0).detail().contains("answer=MET"));
        assertTrue(history.get(1).detail().startsWith("v2 ") && history.get(1).detail().contains("answer=NOT_MET"));
        assertTrue(history.get(2).detail().contains("note=垃圾未清运"));
        assertTrue(services.verifyWorkspace().run().sound());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        long before = services.verifyWorkspace().run().entries();
        assertThrows(RequestRefused.class, () -> services.recordFinding().answer(round.id(), site.site().id(), standard.code(),
                Answer.occurrences(2), "张伟"));
        assertEquals(before, services.verifyWorkspace().run().entries());
    }

    @Test
    void theLogRefusesChangesAndTheChainNamesTheFirstEntryTamperedWith() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        assertThrows(SQLException.class, () -> sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3"));
        assertThrows(SQLException.class, () -> sql("DELETE FROM audit_entry WHERE seq = 3"));
        assertTrue(services.verifyWorkspace().run().sound());

        String original = TestWorkspaces.jdbc(services.workspace(), c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT actor FROM audit_entry WHERE seq = 3")) {
                rs.next();
                return rs.getString(1);
            }
        });
        dropTrigger("audit_entry_no_update");
        sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3");
        assertEquals(3, services.verifyWorkspace().run().brokenLink().orElseThrow().seq());
        sql("UPDATE audit_entry SET actor = '" + original + "' WHERE seq = 3");
        assertTrue(services.verifyWorkspace().run().sound(), "put back as it was, the chain holds again");

        dropTrigger("audit_entry_no_delete");
        sql("DELETE FROM audit_entry WHERE seq = 4");
        assertEquals(5, services.verifyWorkspace().run().brokenLink().orElseThrow().seq(), "a removed entry breaks the next link");
    }

    @Test
    void aTailCutFromTheLogIsReportedAgainstTheAnchorKeptBesideTheDatabase() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        long entries = services.verifyWorkspace().run().entries();
        dropTrigger("audit_entry_no_delete");
        sql("DELETE FROM audit_entry WHERE seq >= " + (entries - 1));

        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertTrue(verdict.brokenLink().isEmpty(), "what is left still links up");
        assertEquals(Optional.of(new VerifyWorkspace.AnchorMismatch(VerifyWorkspace.AnchorMismatch.Kind.CUT, entries - 2, entries, fingerprint())), verdict.anchorMismatch());
        assertFalse(verdict.sound());
    }

    @Test
    void aChainRewrittenWithRecomputedHashesNoLongerEndsAtTheAnchoredHash() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        long entries = services.verifyWorkspace().run().entries();
        dropTrigger("audit_entry_no_update");
        sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3");
        rehashFrom(3);

        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertTrue(verdict.brokenLink().isEmpty(), "every hash was recomputed, so every link holds");
        assertEquals(Optional.of(new VerifyWorkspace.AnchorMismatch(VerifyWorkspace.AnchorMismatch.Kind.REWRITTEN, entries, entries, fingerprint())), verdict.anchorMismatch());
        assertFalse(verdict.sound());
    }

    @Test
    void theAnchorFollowsEveryCommitThatAppendsEntries() {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.withdrawAnswer().run(round.id(), site.site().id(), standard.code(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertEquals(Optional.empty(), verdict.anchorMismatch());
        assertEquals(List.of(), verdict.unexplained());
        assertTrue(verdict.sound());
    }

    @Test
    void aRestoredOlderBackupIsAnchoredAfreshNotTakenForACutTail() {
        TestWorkspaces.assumeEmbedded(BACKUPS_ARE_FILES);
        Path backup = temp.resolve("before-answers.zip");
        services.backUpWorkspace().backUp(backup);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");

        BackUpWorkspace.restore(temp.resolve("ws"), backup, TestWorkspaces.CLOCK);
        Services restored = TestWorkspaces.open(temp.resolve("ws"));
        assertTrue(restored.verifyWorkspace().run().sound());
        restored.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        assertTrue(restored.verifyWorkspace().run().sound());
    }

    @Test
    void aFindingChangedInTheDatabaseWithoutALogEntryIsReported() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.annotateFinding().note(round.id(), site.site().id(), standard.code(), "已清扫", "张伟");
        assertTrue(services.verifyWorkspace().run().sound());

        sql("UPDATE finding SET answer_kind = 'NOT_MET'");
        VerifyWorkspace.Verdict changedAnswer = services.verifyWorkspace().run();
        assertEquals(List.of(standard.code()), changedAnswer.unexplained().stream().map(u -> u.standard()).toList());
        assertFalse(changedAnswer.sound());

        sql("UPDATE finding SET answer_kind = 'MET', note = '已清扫完毕'");
        assertEquals(1, services.verifyWorkspace().run().unexplained().size(), "a note lengthened is no note the log recorded");
        sql("UPDATE finding SET note = '已清扫'");
        assertTrue(services.verifyWorkspace().run().sound(), "put back as the log last recorded it");
    }

    @Test
    void aChainRewrittenTogetherWithItsAnchorIsCaughtByTheAnchorsSignature() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        long entries = services.verifyWorkspace().run().entries();
        dropTrigger("audit_entry_no_update");
        sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3");
        rehashFrom(3);
        String newHead = hashOf(entries);

        java.nio.file.Files.writeString(temp.resolve("ws/audit-anchor"), "civicinspect audit anchor 1\n" + entries + "\n" + newHead + "\n");
        assertFalse(services.verifyWorkspace().run().sound(), "an anchor without a signature proves nothing");

        java.security.KeyPair stranger = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String signed = "civicinspect audit anchor 2\n" + entries + "\n" + newHead + "\n";
        java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
        signature.initSign(stranger.getPrivate());
        signature.update(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.writeString(temp.resolve("ws/audit-anchor"), signed
                + java.util.Base64.getEncoder().encodeToString(stranger.getPublic().getEncoded()) + "\n"
                + java.util.Base64.getEncoder().encodeToString(signature.sign()) + "\n");
        assertFalse(services.verifyWorkspace().run().sound(), "an anchor signed by another key is not this device's");

        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        assertFalse(TestWorkspaces.open(temp.resolve("ws")).verifyWorkspace().run().sound(),
                "neither a later write nor opening the workspace again signs the forged anchor's head");
    }

    @Test
    void aBackupCarriesTheSignedAnchorOfItsOwnDatabaseAndARestorePutsItInPlace() throws Exception {
        TestWorkspaces.assumeEmbedded(BACKUPS_ARE_FILES);
        Path backup = temp.resolve("before-answers.zip");
        long entries = services.verifyWorkspace().run().entries();
        services.backUpWorkspace().backUp(backup);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");

        String carried;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry("audit-anchor");
            assertTrue(entry != null, "the backup carries the anchor");
            carried = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(carried.startsWith("civicinspect audit anchor 2\n" + entries + "\n" + hashOf(entries) + "\n"), carried);

        BackUpWorkspace.restore(temp.resolve("ws"), backup, TestWorkspaces.CLOCK);
        assertEquals(carried, java.nio.file.Files.readString(temp.resolve("ws/audit-anchor")), "the backup's anchor, as it came");
        assertTrue(TestWorkspaces.open(temp.resolve("ws")).verifyWorkspace().run().sound());
    }

    @Test
    void aBackupWhoseLogWasCutIsReportedOnceRestored() throws Exception {
        TestWorkspaces.assumeEmbedded(BACKUPS_ARE_FILES);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        Path backup = temp.resolve("backup.zip");
        services.backUpWorkspace().backUp(backup);
        long entries = services.verifyWorkspace().run().entries() - 1;

        Path unpacked = java.nio.file.Files.createDirectories(temp.resolve("unpacked"));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            java.nio.file.Files.copy(zip.getInputStream(zip.getEntry("workspace.db")), unpacked.resolve("workspace.db"));
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + unpacked.resolve("workspace.db")); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_entry_no_delete");
            s.executeUpdate("DELETE FROM audit_entry WHERE seq > " + (entries - 2));
        }
        Path tampered = temp.resolve("tampered.zip");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(tampered))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("workspace.db")) {
                    java.nio.file.Files.copy(unpacked.resolve("workspace.db"), out);
                } else {
                    zip.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }

        BackUpWorkspace.restore(temp.resolve("ws"), tampered, TestWorkspaces.CLOCK);
        VerifyWorkspace.Verdict verdict = TestWorkspaces.open(temp.resolve("ws")).verifyWorkspace().run();
        assertTrue(verdict.brokenLink().isEmpty(), "what is left still links up");
        assertFalse(verdict.sound(), "the anchor the backup carried names two entries more than its log holds");
    }

    @Test
    void aTaskPackageCarriesTheSignedAnchorOfTheChainThatMadeIt() throws Exception {
        long entries = services.verifyWorkspace().run().entries();
        Path out = temp.resolve("第一组.citask");
        services.exportTaskPackage().run(round.id(), "第一组", out, null, null);

        com.fasterxml.jackson.databind.JsonNode anchor;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            anchor = new com.fasterxml.jackson.databind.ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json"))).get("auditAnchor");
        }
        assertTrue(anchor != null, "the manifest carries the anchor");
        assertEquals(entries, anchor.get("entries").asLong());
        assertEquals(hashOf(entries), anchor.get("hash").asText());
        java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
        signature.initVerify(java.security.KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(
                java.nio.file.Files.readAllBytes(temp.resolve("ws/keys/device-ed25519.pub")))));
        signature.update(("civicinspect audit anchor 2\n" + entries + "\n" + hashOf(entries) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(signature.verify(java.util.Base64.getDecoder().decode(anchor.get("signature").asText())), "signed by this device");
    }

    @Test
    void theHolderOfTheDeviceKeyCanRewriteTheLogAndItsAnchorButNotThePackagesAndBackupsKeptElsewhere() throws Exception {
        TestWorkspaces.assumeEmbedded(BACKUPS_ARE_FILES);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        Path sent = temp.resolve("第一组.citask");
        services.exportTaskPackage().run(round.id(), "第一组", sent, null, null);
        Path backup = temp.resolve("backup.zip");
        services.backUpWorkspace().backUp(backup);
        VerifyWorkspace.Verdict before = services.verifyWorkspace().run(List.of(sent, backup));
        assertEquals(List.of(VerifyWorkspace.Held.Kind.HELD, VerifyWorkspace.Held.Kind.HELD),
                before.heldElsewhere().stream().map(VerifyWorkspace.Held::kind).toList());
        assertTrue(before.sound());

        dropTrigger("audit_entry_no_update");
        sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3");
        rehashFrom(3);
        long entries = services.verifyWorkspace().run().entries();
        signAnchorWithTheDeviceKey(entries, hashOf(entries));

        assertTrue(services.verifyWorkspace().run().sound(), "a rewrite signed with the device key is consistent from the inside");
        VerifyWorkspace.Verdict against = services.verifyWorkspace().run(List.of(sent, backup));
        assertEquals(List.of(VerifyWorkspace.Held.Kind.REWRITTEN, VerifyWorkspace.Held.Kind.REWRITTEN),
                against.heldElsewhere().stream().map(VerifyWorkspace.Held::kind).toList());
        assertFalse(against.sound());
    }

    @Test
    void anAnchorDeletedToHideACutLeavesAnEntrySayingTheLogWasAnchoredAfreshAndTheBackupStillShowsTheCut() throws Exception {
        TestWorkspaces.assumeEmbedded(BACKUPS_ARE_FILES);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        Path backup = temp.resolve("backup.zip");
        services.backUpWorkspace().backUp(backup);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        long entries = services.verifyWorkspace().run().entries();
        assertEquals(List.of(), services.verifyWorkspace().run().anchoredAfresh(), "a new workspace's empty log needs no such entry");

        dropTrigger("audit_entry_no_delete");
        // The backup anchored entry entries - 2 (then came its own entry and the second answer's); cut from one before it.
        sql("DELETE FROM audit_entry WHERE seq >= " + (entries - 3));
        java.nio.file.Files.delete(temp.resolve("ws/audit-anchor"));

        VerifyWorkspace.Verdict reopened = TestWorkspaces.open(temp.resolve("ws")).verifyWorkspace().run(List.of(backup));
        assertEquals(List.of(entries - 3), reopened.anchoredAfresh().stream().map(AuditEntry::seq).toList(),
                "entries 1 to " + (entries - 4) + " are left, and the entry saying so follows them");
        assertTrue(reopened.anchorMismatch().isEmpty(), "the fresh anchor holds");
        assertEquals(List.of(VerifyWorkspace.Held.Kind.CUT), reopened.heldElsewhere().stream().map(VerifyWorkspace.Held::kind).toList());
    }

    @Test
    void aBackupRestoredOnAnotherComputerHasItsAnchorSignedAgainByThatComputersKey() throws Exception {
        TestWorkspaces.assumeEmbedded(BACKUPS_ARE_FILES);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        Path backup = temp.resolve("backup.zip");
        services.backUpWorkspace().backUp(backup);

        Path elsewhere = temp.resolve("new-laptop");
        BackUpWorkspace.restore(elsewhere, backup, TestWorkspaces.CLOCK);
        Services restored = TestWorkspaces.open(elsewhere);
        VerifyWorkspace.Verdict verdict = restored.verifyWorkspace().run();
        assertTrue(verdict.sound(), "the backup's anchor was whole, and its chain holds it: " + verdict);
        assertTrue(!restored.showDeviceKey().fingerprint().equals(fingerprint()), "another computer, another key");
        assertEquals(java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(elsewhere.resolve("keys/device-ed25519.pub"))),
                java.nio.file.Files.readAllLines(elsewhere.resolve("audit-anchor")).get(3), "signed again by the new computer's key");
    }

    /** Signs an anchor as the program does, with the workspace's own device key, as whoever can read keys/ could. */
    private void signAnchorWithTheDeviceKey(long entries, String hash) throws Exception {
        java.security.PrivateKey key = java.security.KeyFactory.getInstance("Ed25519").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                java.nio.file.Files.readAllBytes(temp.resolve("ws/keys/device-ed25519.key"))));
        String signed = "civicinspect audit anchor 2\n" + entries + "\n" + hash + "\n";
        java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
        signature.initSign(key);
        signature.update(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.writeString(temp.resolve("ws/audit-anchor"), signed
                + java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(temp.resolve("ws/keys/device-ed25519.pub"))) + "\n"
                + java.util.Base64.getEncoder().encodeToString(signature.sign()) + "\n");
    }

    private String fingerprint() {
        return services.showDeviceKey().fingerprint();
    }

    private String hashOf(long seq) {
        return TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT hash FROM audit_entry WHERE seq = " + seq)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** Recomputes every hash from entry {@code from} on, as someone who knows the hash recipe could. */
    private void rehashFrom(long from) {
        TestWorkspaces.jdbc(services.workspace(), c -> {
            String previous;
            try (var rs = c.createStatement().executeQuery("SELECT hash FROM audit_entry WHERE seq = " + (from - 1))) {
                rs.next();
                previous = rs.getString(1);
            }
            List<String[]> rows = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT seq, at, actor, action, subject, detail, device, login FROM audit_entry"
                    + " WHERE seq >= " + from + " ORDER BY seq")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)});
                }
            }
            try (var update = c.prepareStatement("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE seq = ?")) {
                for (String[] r : rows) {
                    java.security.MessageDigest digest = sha256();
                    List<String> parts = new java.util.ArrayList<>(List.of(previous, r[0], r[1], r[2], r[3], r[4], r[5]));
                    if (r[6] != null || r[7] != null) {
                        parts.add(r[6] == null ? "" : r[6]);
                    }
                    if (r[7] != null) {
                        parts.add(r[7]);
                    }
                    for (String part : parts) {
                        byte[] bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        digest.update((bytes.length + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        digest.update(bytes);
                    }
                    String hash = java.util.HexFormat.of().formatHex(digest.digest());
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, Long.parseLong(r[0]));
                    update.executeUpdate();
                    previous = hash;
                }
            }
            return null;
        });
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes away one of the triggers that keep the log append-only, as someone editing the database by hand would. */
    private void dropTrigger(String trigger) throws SQLException {
        sql(TestWorkspaces.dropTrigger(trigger, "audit_entry"));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = services.workspace().connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void theChainStartsFromTheGenesisHash() {
        String first = TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT previous_hash FROM audit_entry WHERE seq = 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals(AuditLog.GENESIS, first);
    }
}
