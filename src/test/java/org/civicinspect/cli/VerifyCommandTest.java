package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} passes a sound workspace and, with exit code 2 and one sentence each, names the first broken link, a
 * cut tail, a rewritten chain and a finding changed outside the log.
 */
class VerifyCommandTest {

    @TempDir Path temp;

    @Test
    void namesTheFirstBrokenLink() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("demo", "--districts", "2", "--sites", "60", "--rounds", "1", "--inspectors", "2", "--seed", "4"));
        assertEquals(0, cli.run("verify"));
        assertTrue(cli.out().contains("哈希链完整"), cli.out());
        try (Connection c = TestWorkspaces.connect(temp.resolve("ws")); Statement s = c.createStatement()) {
            s.executeUpdate(TestWorkspaces.dropTrigger("audit_entry_no_update", "audit_entry"));
            s.executeUpdate("UPDATE audit_entry SET detail = detail || ' (changed)' WHERE seq = 10");
        }
        assertEquals(2, cli.run("verify"));
        assertTrue(cli.err().contains("第 10 条"), cli.err());
    }

    @Test
    void saysInSentencesWhatTheChainAndTheFindingsNoLongerExplain() throws Exception {
        CliSession cli = scoredWorkspace();
        assertEquals(0, cli.run("verify"), cli.err());

        sql("UPDATE finding SET note = '无积水'");
        assertEquals(2, cli.run("verify"));
        assertTrue(cli.err().contains("01-01-04") && cli.err().contains("无积水") && cli.err().contains("有积水"), cli.err());
        assertTrue(cli.err().contains("甲轮") && cli.err().contains("东湖农贸市场"), "the round and site by name: " + cli.err());
        assertFalse(java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-").matcher(cli.err()).find(), "no id: " + cli.err());
        sql("UPDATE finding SET note = '有积水'");
        assertEquals(0, cli.run("verify"), cli.err());

        long entries = auditEntries();
        sql(TestWorkspaces.dropTrigger("audit_entry_no_delete", "audit_entry"));
        sql("DELETE FROM audit_entry WHERE seq = " + entries);
        assertEquals(2, cli.run("verify"));
        assertEquals(Messages.get("cli.verify.cut", entries - 1, entries), cli.err().strip());
    }

    @Test
    void aBackupHoldsTheAnchorOfTheLogAsItWasSoACutBehindItIsNamed() throws Exception {
        TestWorkspaces.assumeEmbedded("a backup zip holds an embedded workspace; a server's database is backed up with pg_dump");
        CliSession cli = scoredWorkspace();
        Path backup = temp.resolve("kept.zip");
        assertEquals(0, cli.run("backup", backup.toString()));
        assertEquals(0, cli.run("verify", "--against", backup.toString()), cli.err());
        assertTrue(cli.out().contains("kept.zip"), cli.out());

        // The backup anchored the log as it was before its own entry (the last one) was written; cut that one and one more.
        long entries = auditEntries();
        sql(TestWorkspaces.dropTrigger("audit_entry_no_delete", "audit_entry"));
        sql("DELETE FROM audit_entry WHERE seq >= " + (entries - 1));
        assertEquals(2, cli.run("verify", "--against", backup.toString()));
        assertTrue(cli.err().contains(Messages.get("cli.verify.heldCut", "kept.zip", entries - 2, entries - 1, "")), cli.err());
    }

    /** A round with one answer scored from a sheet. */
    private CliSession scoredWorkspace() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        cli.run("indicators", "import", "--sample");
        cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString());
        cli.run("people", "add", "--name", "李娜", "--team", "第一组");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-12-01", "--end", "2026-12-02");
        cli.run("round", "sample", "甲轮", "--quota", "公园=1", "--seed", "1");
        cli.run("round", "assign", "甲轮");
        Path scores = Files.writeString(temp.resolve("scores.csv"), "round,site,standard,answer,note,photos\n甲轮,东湖农贸市场,01-01-04,1,有积水,\n");
        assertEquals(0, cli.run("score", scores.toString(), "--by", "李娜"), cli.err());
        return cli;
    }

    private long auditEntries() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws Exception {
        return TestWorkspaces.connect(temp.resolve("ws"));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
