package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.exchange.DeviceKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code package task … --for-key FINGERPRINT}: the office issues a team's task package for the key of the laptop
 * that will score it, read off that laptop, and then trusts that laptop's result packages; the package opens on that
 * laptop only. What is not a laptop's key of that team is refused in one sentence, before any package is written.
 */
class TaskForALaptopKeyTest {

    @TempDir Path temp;

    @Test
    void theKeyATaskWasIssuedForIsTrustedAndItsPublicKeyLearntFromItsFirstPackage() throws Exception {
        TwoTeamsScored scored = TwoTeamsScored.build(temp);
        CliSession office = new CliSession(scored.office());
        assertEquals(0, office.run("package", "import", scored.results1().toString()), office.err());
        assertFalse(office.out().contains("--trust"), "no confirmation asked: " + office.out());
        DeviceKey laptop = DeviceKey.loadOrCreate(temp.resolve("field1").resolve("keys"));
        try (Connection c = TestWorkspaces.connect(scored.office());
             PreparedStatement ps = c.prepareStatement("SELECT public_key, trusted_by FROM trusted_key WHERE fingerprint = ?")) {
            ps.setString(1, laptop.fingerprint());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "trusted since its task package was issued");
                assertEquals(java.util.Base64.getEncoder().encodeToString(laptop.publicKey().getEncoded()), rs.getString(1));
            }
        }
        assertEquals(0, office.run("verify"), office.out() + office.err());
    }

    @Test
    void whatIsNotALaptopKeyOfThatTeamIsRefusedBeforeAnyPackageIsWritten() throws Exception {
        TwoTeamsScored.Tasks tasks = TwoTeamsScored.sendTasks(temp);
        String field1 = TwoTeamsScored.laptopKey(temp.resolve("field1"));
        Map<String, String> refusals = Map.of(
                "1234 abcd", "64 位十六进制",
                tasks.officeKey(), "本机自己的密钥",
                field1, "已属于测评组“第一组”");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Map<String, Object> before = PackageHostileInputTest.snapshot(tasks.office());
            Path out = temp.resolve("refused.citask");
            CliSession office = new CliSession(tasks.office());
            assertEquals(2, office.run("package", "task", "latest", "第二组", out.toString(), "--for-key", refusal.getKey()), office.out());
            String message = office.err().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains(refusal.getKey()) && message.contains(refusal.getValue()), message);
            assertFalse(Files.exists(out), "no package written");
            assertEquals(before, PackageHostileInputTest.snapshot(tasks.office()), "the workspace is unchanged");
        }
    }

    @Test
    void aTaskPackageOpensOnlyOnTheLaptopWhoseKeyItWasIssuedFor() throws Exception {
        TwoTeamsScored.Tasks tasks = TwoTeamsScored.sendTasks(temp);
        String field1 = TwoTeamsScored.laptopKey(temp.resolve("field1"));
        String field2 = TwoTeamsScored.laptopKey(temp.resolve("field2"));
        Map<String, Object> before = PackageHostileInputTest.snapshot(temp.resolve("field2"));
        CliSession other = new CliSession(temp.resolve("field2"));
        Map<String, String> languages = Map.of("zh", "本机的密钥", "en", "this computer's key");
        for (Map.Entry<String, String> language : languages.entrySet()) {
            assertEquals(2, other.run("--lang", language.getKey(), "package", "import", tasks.task1().toString(), "--trust", tasks.officeKey()),
                    other.out());
            String message = other.err().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains(field1) && message.contains(field2) && message.contains(language.getValue()), message);
            assertEquals(before, PackageHostileInputTest.snapshot(temp.resolve("field2")), "the workspace is unchanged");
        }
        CliSession issuedFor = new CliSession(temp.resolve("field1"));
        assertEquals(0, issuedFor.run("package", "import", tasks.task1().toString(), "--trust", tasks.officeKey()), issuedFor.err());

        // Issued for no key, as every package made before the key was carried: it opens on any laptop.
        Path forAnyLaptop = temp.resolve("any.citask");
        assertEquals(0, new CliSession(tasks.office()).run("package", "task", "latest", "第一组", forAnyLaptop.toString()));
        assertEquals(0, other.run("package", "import", forAnyLaptop.toString(), "--trust", tasks.officeKey()), other.err());
    }
}
