package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} passes a sound workspace and names the first broken link of a tampered one with exit code 2. */
class VerifyCommandTest {

    @TempDir Path temp;

    @Test
    void namesTheFirstBrokenLink() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("demo", "--districts", "2", "--sites", "60", "--rounds", "1", "--inspectors", "2", "--seed", "4"));
        assertEquals(0, cli.run("verify"));
        assertTrue(cli.out().contains("哈希链完整"), cli.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("ws/workspace.db")); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_entry_no_update");
            s.executeUpdate("UPDATE audit_entry SET detail = detail || ' (changed)' WHERE seq = 10");
        }
        assertEquals(2, cli.run("verify"));
        assertTrue(cli.err().contains("第 10 条"), cli.err());
    }
}
