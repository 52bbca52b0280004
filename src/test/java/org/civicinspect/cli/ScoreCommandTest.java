package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.Services;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score FILE.csv}: all answers or none, errors naming line and column. */
class ScoreCommandTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private CliSession cli;

    /** The round is set up once; every test scores a copy of it. */
    @BeforeAll
    static void aRoundWithTheMarketDrawn() {
        CliSession maker = new CliSession(shared.resolve("ws"));
        maker.run("indicators", "import", "--sample");
        maker.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString());
        maker.run("people", "add", "--name", "张伟", "--team", "第一组");
        maker.run("people", "use", "张伟");
        maker.run("round", "create", "--name", "甲轮", "--start", "2026-12-01", "--end", "2026-12-02");
        maker.run("round", "sample", "甲轮", "--quota", "公园=1", "--seed", "1");
        maker.run("round", "assign", "甲轮");
    }

    @BeforeEach
    void aCopyOfTheRound() throws java.io.IOException {
        TestWorkspaces.copy(shared.resolve("ws"), temp.resolve("ws"));
        cli = new CliSession(temp.resolve("ws"));
    }

    @Test
    void recordsEveryLineThroughTheSameServiceAsTheScreen() throws Exception {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", temp.resolve("scale.png").toFile());
        Files.writeString(temp.resolve("scores.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,不符合,公平秤损坏,scale.png
                甲轮,东湖农贸市场,01-02-03,2,两处占道,
                甲轮,东湖农贸市场,01-01-04,1,,
                甲轮,东湖农贸市场,05-01-01,N/A,,
                """);
        assertEquals(0, cli.run("score", temp.resolve("scores.csv").toString(), "--by", "张伟", "--json"));
        JsonNode answer = new ObjectMapper().readTree(cli.out());
        assertEquals(4, answer.get("recorded").asInt());
        assertEquals(0, cli.run("score", temp.resolve("scores.csv").toString()));
        assertTrue(cli.out().contains("4"), cli.out());
        assertEquals(2, cli.run("round", "sample", "甲轮", "--quota", "公园=1"), "a round with answers is not drawn again");
        assertTrue(cli.err().contains(Messages.get("round.hasAnswers", "甲轮", 4)), cli.err());
    }

    @Test
    void completingASiteWithStandardsLeftUnansweredRecordsNothingAndExitsTwo() throws Exception {
        ImageIO.write(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB), "png", temp.resolve("stall.png").toFile());
        Files.writeString(temp.resolve("part.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,不符合,公平秤损坏,stall.png
                甲轮,东湖农贸市场,01-01-04,1,,
                """);
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        long entries = services.workspace().read(tx -> tx.audit().count());

        assertEquals(2, cli.run("score", temp.resolve("part.csv").toString(), "--complete"));
        assertTrue(cli.err().contains("东湖农贸市场"), "the refusal names the site: " + cli.err());
        Round round = services.showRound().run("甲轮").round();
        String market = services.listTeamSites().run(round.id(), null).stream().filter(l -> l.drawn().site().name().equals("东湖农贸市场"))
                .findFirst().orElseThrow().drawn().site().id();
        assertTrue(services.openInspection().run(round.id(), market).findings().isEmpty(), "not one answer of the sheet is recorded");
        assertEquals(entries, (long) services.workspace().read(tx -> tx.audit().count()), "nothing at all is written, photos included");
        assertEquals(0, cli.run("score", temp.resolve("part.csv").toString()), "without --complete the same sheet is recorded");
    }

    @Test
    void anyBadLineRecordsNothingAndNamesLineAndColumn() throws Exception {
        Files.writeString(temp.resolve("bad.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,符合,,
                甲轮,东湖农贸市场,01-02-03,很多,,
                甲轮,火星,01-02-03,1,,
                乙轮,东湖农贸市场,01-02-03,1,,
                甲轮,东湖农贸市场,99-99-99,符合,,
                甲轮,东湖农贸市场,04-02-02,1,,missing.jpg
                """);
        assertEquals(2, cli.run("score", temp.resolve("bad.csv").toString()));
        for (String where : List.of("bad.csv:3:answer", "bad.csv:4:site", "bad.csv:5:round", "bad.csv:6:standard", "bad.csv:7:photos")) {
            assertTrue(cli.err().contains(where), where + " in " + cli.err());
        }
        Files.writeString(temp.resolve("good.csv"), "round,site,standard,answer,note,photos\n甲轮,东湖农贸市场,04-02-01,符合,,\n");
        assertEquals(0, cli.run("score", temp.resolve("good.csv").toString(), "--json"));
        assertEquals(1, new ObjectMapper().readTree(cli.out()).get("recorded").asInt());
    }

    @Test
    void anAnswerTimeFromPaperIsKeptAndOneThatIsNoTimeOrLaterThanNowIsRefusedNamingLineAndColumn() throws Exception {
        Files.writeString(temp.resolve("paper.csv"), """
                round,site,standard,answer,note,photos,answered_at
                甲轮,东湖农贸市场,04-02-01,符合,,,2026-11-20 09:30
                甲轮,东湖农贸市场,05-01-01,符合,,,2026-11-20
                甲轮,东湖农贸市场,01-01-04,1,,,
                """);
        Files.writeString(temp.resolve("badtime.csv"), """
                round,site,standard,answer,note,photos,answered_at
                甲轮,东湖农贸市场,04-02-01,符合,,,上周三
                甲轮,东湖农贸市场,05-01-01,符合,,,2999-01-01 09:00
                """);
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        long entries = services.workspace().read(tx -> tx.audit().count());

        assertEquals(2, cli.run("score", temp.resolve("badtime.csv").toString()));
        assertTrue(cli.err().contains("badtime.csv:2:answered_at"), cli.err());
        assertTrue(cli.err().contains("badtime.csv:3:answered_at"), cli.err());
        assertEquals(entries, (long) services.workspace().read(tx -> tx.audit().count()), "nothing is written");

        assertEquals(0, cli.run("score", temp.resolve("paper.csv").toString()));
        Round round = services.showRound().run("甲轮").round();
        String market = services.listTeamSites().run(round.id(), null).stream().filter(l -> l.drawn().site().name().equals("东湖农贸市场"))
                .findFirst().orElseThrow().drawn().site().id();
        var findings = services.openInspection().run(round.id(), market).findings();
        ZoneId here = ZoneId.systemDefault();
        assertEquals(LocalDateTime.of(2026, 11, 20, 9, 30).atZone(here).toInstant(), findings.get("04-02-01").answeredAt());
        assertEquals(LocalDate.of(2026, 11, 20).atStartOfDay(here).toInstant(), findings.get("05-01-01").answeredAt(), "a date alone: its start");
        assertTrue(findings.get("01-01-04").answeredAt().isAfter(findings.get("04-02-01").answeredAt()), "no time given: the time of the import");
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws Exception {
        Files.writeString(temp.resolve("plain.csv"), "甲轮,东湖农贸市场,04-02-01,符合\n");
        assertEquals(2, cli.run("score", temp.resolve("plain.csv").toString()));
        assertTrue(cli.err().contains("plain.csv:1"), cli.err());
    }

    @Test
    void aCsvSavedInGbkOrABinaryFileIsRefusedClearly() throws Exception {
        Files.write(temp.resolve("gbk.csv"), "round,site,standard,answer,note,photos\n甲轮,东湖农贸市场,04-02-01,符合,,\n"
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(2, cli.run("score", temp.resolve("gbk.csv").toString(), "--json"));
        assertEquals("score.notUtf8", new ObjectMapper().readTree(cli.out()).get("errors").get(0).get("key").asText());
        Files.write(temp.resolve("binary.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe});
        assertEquals(2, cli.run("score", temp.resolve("binary.csv").toString()));
        assertEquals(2, cli.run("score", temp.resolve("nowhere.csv").toString()));
        Files.writeString(temp.resolve("empty.csv"), "round,site,standard,answer,note,photos\n");
        assertEquals(2, cli.run("score", temp.resolve("empty.csv").toString()));
    }

    @Test
    void aPhotoThatIsNoPictureOrIsCutShortRefusesTheSheetBeforeAnyPhotoIsKept() throws Exception {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", temp.resolve("scale.png").toFile());
        Files.writeString(temp.resolve("x.jpg"), "这不是照片");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg", temp.resolve("whole.jpg").toFile());
        byte[] whole = Files.readAllBytes(temp.resolve("whole.jpg"));
        Files.write(temp.resolve("cut.jpg"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(temp.resolve("photos.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,不符合,公平秤损坏,scale.png
                甲轮,东湖农贸市场,01-02-03,2,两处占道,x.jpg
                甲轮,东湖农贸市场,01-01-04,1,,cut.jpg
                """);
        long entries = auditEntries();

        assertEquals(2, cli.run("score", temp.resolve("photos.csv").toString()));
        assertTrue(cli.err().contains("photos.csv:3:photos") && cli.err().contains("x.jpg"), cli.err());
        assertTrue(cli.err().contains("photos.csv:4:photos") && cli.err().contains("cut.jpg"), cli.err());
        assertRefusedInSentencesKeepingNothing(entries);
    }

    @Test
    void aPhotoLargerThanThirtyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        try (var file = new java.io.RandomAccessFile(temp.resolve("huge.png").toFile(), "rw")) {
            file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            file.setLength(30L * 1024 * 1024 + 1); // one byte over 30 MB
        }
        Files.writeString(temp.resolve("huge.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,不符合,公平秤损坏,huge.png
                """);
        long entries = auditEntries();

        assertEquals(2, cli.run("score", temp.resolve("huge.csv").toString()));
        assertTrue(cli.err().contains("huge.csv:2:photos") && cli.err().contains(Messages.get("photo.tooLarge", "huge.png")), cli.err());
        assertRefusedInSentencesKeepingNothing(entries);
    }

    @Test
    void aLineForACompletedOrApprovedInspectionRefusesTheSheetBeforeAnyPhotoIsKept() throws Exception {
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", temp.resolve("scale.png").toFile());
        Files.writeString(temp.resolve("late.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,不符合,公平秤损坏,scale.png
                """);
        for (InspectionStatus locked : List.of(InspectionStatus.COMPLETED, InspectionStatus.APPROVED)) {
            Services services = TestWorkspaces.open(temp.resolve("ws"));
            Round round = services.showRound().run("甲轮").round();
            String market = marketId(services, round);
            services.workspace().write(tx -> {
                tx.inspections().save(new Inspection(round.id(), market, locked, null, "", ""), java.time.Instant.now());
                return null;
            });
            long entries = auditEntries();

            assertEquals(2, cli.run("score", temp.resolve("late.csv").toString()), locked.name());
            assertTrue(cli.err().contains("late.csv:2:site") && cli.err().contains(Messages.get(locked == InspectionStatus.APPROVED
                    ? "finding.inspectionApproved" : "finding.inspectionCompleted")), cli.err());
            assertRefusedInSentencesKeepingNothing(entries);
        }
    }

    @Test
    void twoLinesForTheSameStandardOfASiteAreAnErrorNamingBothLines() throws Exception {
        Files.writeString(temp.resolve("twice.csv"), """
                round,site,standard,answer,note,photos
                甲轮,东湖农贸市场,04-02-01,符合,,
                甲轮,东湖农贸市场,01-01-04,1,,
                甲轮,东湖农贸市场,04-02-01,不符合,秤坏了,
                """);
        long entries = auditEntries();

        assertEquals(2, cli.run("score", temp.resolve("twice.csv").toString()));
        assertTrue(cli.err().contains("twice.csv:4:standard") && cli.err().contains(Messages.get("score.duplicateLine", "04-02-01", 2)),
                cli.err());
        assertRefusedInSentencesKeepingNothing(entries);
    }

    @Test
    void aNoteLongerThanTwoThousandCharactersIsRefusedNamingTheLimit() throws Exception {
        String note = "摊".repeat(2001);
        Files.writeString(temp.resolve("long.csv"), "round,site,standard,answer,note,photos\n甲轮,东湖农贸市场,04-02-01,不符合," + note + ",\n");
        long entries = auditEntries();

        assertEquals(2, cli.run("score", temp.resolve("long.csv").toString()));
        assertTrue(cli.err().contains("long.csv:2:note") && cli.err().contains(Messages.get("finding.noteTooLong", 2001, 2000)), cli.err());
        assertRefusedInSentencesKeepingNothing(entries);

        Files.writeString(temp.resolve("long.csv"), "round,site,standard,answer,note,photos\n甲轮,东湖农贸市场,04-02-01,不符合," + note.substring(1) + ",\n");
        assertEquals(0, cli.run("score", temp.resolve("long.csv").toString()), "2,000 characters are kept");
    }

    private long auditEntries() {
        return TestWorkspaces.open(temp.resolve("ws")).workspace().read(tx -> tx.audit().count());
    }

    private static String marketId(Services services, Round round) {
        return services.listTeamSites().run(round.id(), null).stream().filter(l -> l.drawn().site().name().equals("东湖农贸市场"))
                .findFirst().orElseThrow().drawn().site().id();
    }

    /** One sentence per problem, no stack trace, and the workspace as it was: no photo file, photo row or audit entry. */
    private void assertRefusedInSentencesKeepingNothing(long entriesBefore) throws Exception {
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), "no stack trace: " + cli.err());
        assertEquals(entriesBefore, auditEntries(), "no audit entry");
        assertEquals(List.of(), TestWorkspaces.storedPhotos(temp.resolve("ws")), "no photo kept");
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        Round round = services.showRound().run("甲轮").round();
        assertTrue(services.openInspection().run(round.id(), marketId(services, round)).findings().isEmpty(), "no answer");
    }
}
