package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** round add-site and round remove-site: one site at a time, exit 2 with one sentence and nothing changed when refused. */
class RoundSiteCommandTest {

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void aRoundWithTheMarketDrawn() {
        cli = new CliSession(temp.resolve("ws"));
        cli.run("indicators", "import", "--sample");
        cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString());
        cli.run("people", "add", "--name", "张伟", "--team", "第一组");
        cli.run("people", "add", "--name", "王强", "--team", "第二组");
        cli.run("round", "create", "--name", "甲轮", "--start", "2026-12-01", "--end", "2026-12-02");
        cli.run("round", "sample", "甲轮", "--quota", "公园=1", "--seed", "1");
        cli.run("round", "assign", "甲轮", "--team", "第一组");
    }

    private JsonNode shown() throws Exception {
        assertEquals(0, cli.run("round", "show", "甲轮", "--json"));
        return new ObjectMapper().readTree(cli.out());
    }

    private JsonNode drawnSite(JsonNode round, String name) {
        for (JsonNode site : round.get("drawn")) {
            if (site.get("site").get("name").asText().equals(name)) {
                return site;
            }
        }
        return null;
    }

    @Test
    void addsASiteWithItsTeamAndRefusesItTwice() throws Exception {
        int before = shown().get("drawn").size();

        assertEquals(0, cli.run("round", "add-site", "甲轮", "东湖路", "--team", "第二组"));
        assertTrue(cli.out().contains(Messages.get("round.siteAdded", "东湖路", "甲轮", "第二组")), cli.out());
        JsonNode site = drawnSite(shown(), "东湖路");
        assertEquals("第二组", site.get("team").asText());
        assertEquals("ADDED", site.get("reason").asText());

        assertEquals(2, cli.run("round", "add-site", "甲轮", "东湖路", "--team", "第一组"));
        assertEquals(Messages.get("round.siteAlreadyDrawn", "东湖路", "甲轮"), cli.err().strip());
        assertEquals(2, cli.run("round", "add-site", "甲轮", "火星公园", "--team", "第一组"));
        assertEquals(Messages.get("round.unknownSite", "火星公园"), cli.err().strip());
        assertEquals(before + 1, shown().get("drawn").size());
        assertEquals("第二组", drawnSite(shown(), "东湖路").get("team").asText(), "nothing changed by a refusal");
    }

    @Test
    void takesOutASiteWithAnswersOnlyWithAReason() throws Exception {
        Files.writeString(temp.resolve("scores.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,不符合,公平秤损坏,
                甲轮,东湖农贸市场,05-01-01,N/A,,
                """);
        assertEquals(0, cli.run("score", temp.resolve("scores.csv").toString(), "--by", "张伟"));

        assertEquals(2, cli.run("round", "remove-site", "甲轮", "东湖农贸市场"));
        assertEquals(Messages.get("round.removeNeedsReason", "东湖农贸市场", 2, "甲轮"), cli.err().strip());
        assertEquals(2, shown().get("answers").asInt(), "nothing removed");

        assertEquals(0, cli.run("round", "remove-site", "甲轮", "东湖农贸市场", "--reason", "市场停业装修"));
        assertTrue(cli.out().contains(Messages.get("round.siteRemovedWithAnswers", "东湖农贸市场", "甲轮", 2)), cli.out());
        JsonNode round = shown();
        assertEquals(0, round.get("answers").asInt());
        assertEquals(null, drawnSite(round, "东湖农贸市场"));

        assertEquals(2, cli.run("round", "remove-site", "甲轮", "东湖农贸市场", "--reason", "再来一次"));
        assertEquals(Messages.get("round.siteNotDrawn", "东湖农贸市场"), cli.err().strip());
        assertFalse(cli.err().strip().contains("\n"), "one sentence");
    }

    @Test
    void aResultPackageForASiteTakenOutNamesTheSiteAndIsTakenInOnceItIsBack() throws Exception {
        TwoTeamsScored scored = TwoTeamsScored.build(temp.resolve("exchange"));
        CliSession office = new CliSession(scored.office());
        assertEquals(0, office.run("round", "remove-site", "第1期", scored.sharedSite()));

        assertEquals(2, office.run("package", "import", scored.results2().toString()));
        assertEquals(Messages.get("package.siteTakenOut", scored.results2().getFileName(), scored.sharedSite(), "第1期"), office.err().strip());

        assertEquals(0, office.run("round", "add-site", "第1期", scored.sharedSite(), "--team", "第二组"));
        assertEquals(0, office.run("package", "import", scored.results2().toString()));
    }
}
