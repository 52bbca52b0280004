package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --by NAME} and {@code people use NAME}: a command records as a registry person, or refuses and changes nothing. */
class NamedPeopleCommandTest {

    @TempDir Path temp;
    private CliSession cli;
    private Path scores;

    @BeforeEach
    void aRoundWithTheMarketDrawn() throws Exception {
        cli = new CliSession(temp.resolve("ws"));
        cli.run("indicators", "import", "--sample");
        cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString());
        cli.run("people", "add", "--name", "张伟", "--team", "第一组");
        cli.run("people", "add", "--name", "张伟", "--team", "第二组");
        cli.run("people", "add", "--name", "李娜", "--team", "第一组");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-12-01", "--end", "2026-12-02");
        cli.run("round", "sample", "甲轮", "--quota", "公园=1", "--seed", "1");
        cli.run("round", "assign", "甲轮");
        scores = temp.resolve("scores.csv");
        Files.writeString(scores, "round,site,standard,answer,note,photos\n甲轮,东湖农贸市场,01-01-04,1,,\n");
    }

    @Test
    void anUnknownOrAmbiguousNameIsRefusedInOneSentenceAndNothingIsRecorded() {
        Map<String, Long> before = TestWorkspaces.counts(TestWorkspaces.open(temp.resolve("ws")));
        assertEquals(2, cli.run("score", scores.toString(), "--by", "王某"));
        assertEquals(Messages.get("person.unknown", "王某"), cli.err().strip());
        assertEquals(2, cli.run("score", scores.toString(), "--by", "张伟"));
        assertEquals(Messages.get("person.ambiguous", "张伟", 2), cli.err().strip());
        assertEquals(2, cli.run("score", scores.toString()));
        assertEquals(Messages.get("person.nobodySignedIn"), cli.err().strip());
        assertEquals(before, TestWorkspaces.counts(TestWorkspaces.open(temp.resolve("ws"))));
    }

    @Test
    void withoutByTheRememberedPersonRecordsAndADeactivatedOneNoLonger() {
        assertEquals(0, cli.run("people", "use", "李娜"));
        assertEquals(0, cli.run("score", scores.toString()), cli.err());
        assertEquals("李娜", TestWorkspaces.jdbc(TestWorkspaces.open(temp.resolve("ws")).workspace(), c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT answered_by FROM finding")) {
                rs.next();
                return rs.getString(1);
            }
        }));
        assertEquals(2, cli.run("people", "edit", "李娜", "--name", "李娜娜"));
        assertEquals(Messages.get("person.renameWithRecords", "李娜"), cli.err().strip(), "her answers would name nobody");
        assertEquals(0, cli.run("people", "edit", "李娜", "--team", "第二组", "--phone", "139"));
        assertTrue(cli.out().contains("第二组"), cli.out());
        assertEquals(2, cli.run("people", "delete", "李娜"));
        assertTrue(cli.err().contains(Messages.get("person.deleteSelf", "李娜")), cli.err());
        assertEquals(0, cli.run("people", "deactivate", "李娜"));
        assertEquals(0, cli.run("people", "list"));
        assertTrue(cli.out().contains(Messages.get("people.inactive")), cli.out());
        assertEquals(2, cli.run("score", scores.toString()), "nobody is remembered once she is deactivated");
        assertEquals(2, cli.run("score", scores.toString(), "--by", "李娜"));
        assertEquals(Messages.get("person.deactivated", "李娜"), cli.err().strip());
    }
}
