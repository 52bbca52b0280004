package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole offline trip, driven from the command line as people would: the office sends each of two teams its task
 * package; one site is moved to the second team after the first had its package, so both score it; each laptop
 * scores, finishes and sends its results; the office merges both and ends with every answer, one conflict for the
 * supervisor, and a workspace that verifies clean.
 */
class PackageRoundTripTest {

    @TempDir Path temp;

    @Test
    void officeToTwoFieldLaptopsAndBackEndsWithEveryAnswerOneConflictAndACleanVerify() throws Exception {
        CliSession office = new CliSession(temp.resolve("office"));
        assertEquals(0, office.run("indicators", "import", "--sample"));
        assertEquals(0, office.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        for (String[] person : new String[][] {{"张三", "第一组"}, {"王五", "第一组"}, {"李四", "第二组"}, {"赵六", "第二组"}}) {
            assertEquals(0, office.run("people", "add", "--name", person[0], "--team", person[1]));
        }
        assertEquals(0, office.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, office.run("people", "use", "陈主任"));
        assertEquals(0, office.run("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, office.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42"));
        assertEquals(0, office.run("round", "assign", "latest"));
        assertEquals(0, office.run("package", "key"));
        String officeKey = office.out().strip();

        // The first team's laptop reads its key off to the office, which issues the task package for it.
        Path task1 = temp.resolve("第一组.citask");
        String field1Key = TwoTeamsScored.laptopKey(temp.resolve("field1"));
        assertEquals(0, office.run("package", "task", "latest", "第一组", task1.toString(), "--for-key", field1Key.replace(" ", "")));
        assertTrue(office.out().contains(field1Key), office.out());
        String moved = TestWorkspaces.open(temp.resolve("office")).showRound().run("latest").drawn().stream()
                .filter(d -> "第一组".equals(d.team())).findFirst().orElseThrow().site().name();
        assertEquals(0, office.run("round", "assign", "latest", "--move", moved + "=第二组"));
        Path task2 = temp.resolve("第二组.citask");
        assertEquals(0, office.run("package", "task", "latest", "第二组", task2.toString()));

        CliSession field1 = new CliSession(temp.resolve("field1"));
        assertEquals(2, field1.run("package", "import", task1.toString()), "the office key is confirmed first");
        assertTrue(field1.err().contains(officeKey), field1.err());
        assertEquals(0, field1.run("package", "import", task1.toString(), "--trust", officeKey));
        CliSession field2 = new CliSession(temp.resolve("field2"));
        assertEquals(0, field2.run("package", "import", task2.toString(), "--trust", officeKey.replace(" ", "")));

        Map<String, Finding> answered = new HashMap<>();
        answered.putAll(scoreEverything(field1, temp.resolve("field1"), moved, "不符合"));
        Map<String, Finding> byField2 = scoreEverything(field2, temp.resolve("field2"), moved, "符合");
        Path results1 = temp.resolve("第一组.ciresult");
        Path results2 = temp.resolve("第二组.ciresult");
        assertEquals(0, field1.run("package", "results", results1.toString()));
        assertEquals(0, field2.run("package", "results", results2.toString()));

        assertEquals(0, office.run("package", "import", "--preview", results1.toString(), results2.toString()));
        assertTrue(office.out().contains("没有写入任何内容"), office.out());
        assertTrue(office.out().contains("--trust \"" + TwoTeamsScored.laptopKey(temp.resolve("field2")) + "\""), "the preview shows the new key");
        assertEquals(0, office.run("conflicts", "list", "--round", "latest", "--json"));
        assertEquals(0, new ObjectMapper().readTree(office.out()).size(), "a preview writes nothing");

        // The second team's laptop was not named: its first package waits until the office confirms its key.
        String field2Key = TwoTeamsScored.laptopKey(temp.resolve("field2"));
        assertEquals(2, office.run("package", "import", results1.toString(), results2.toString()));
        assertTrue(office.err().contains("第二组") && office.err().contains(field2Key), office.err());
        assertEquals(0, office.run("package", "import", results1.toString(), results2.toString(), "--trust", field2Key));
        assertTrue(office.out().contains("冲突 1 处"), office.out());
        assertEquals(0, office.run("package", "import", results2.toString()));
        assertTrue(office.out().contains("已经导入过"), "the same package twice changes nothing and says so");

        assertEquals(0, office.run("conflicts", "list", "--round", "latest", "--json"));
        JsonNode conflicts = new ObjectMapper().readTree(office.out());
        assertEquals(1, conflicts.size(), office.out());
        JsonNode conflict = conflicts.get(0);
        assertEquals(moved, conflict.get("site").asText());
        assertEquals(List.of("第一组", "第二组"), List.of(conflict.get("answers").get(0).get("team").asText(),
                conflict.get("answers").get(1).get("team").asText()).stream().sorted().toList());

        List<String> photos = new java.util.ArrayList<>();
        conflict.get("answers").forEach(a -> a.get("photos").forEach(p -> photos.add(p.asText())));
        assertEquals(1, photos.size(), "the failing answer's photo travelled with it");
        assertTrue(TestWorkspaces.storedPhotos(temp.resolve("office")).contains(photos.get(0)));
        Services at = TestWorkspaces.open(temp.resolve("office"));
        Round round = at.showRound().run("latest").round();
        Map<String, Finding> merged = new HashMap<>();
        for (ListTeamSites.ListedSite site : at.listTeamSites().run(round.id(), null)) {
            at.openInspection().run(round.id(), site.drawn().site().id()).findings().values()
                    .forEach(f -> merged.put(f.siteId() + "/" + f.standardCode(), f));
        }
        byField2.forEach((key, f) -> answered.merge(key, f, (one, two) -> one));
        assertEquals(answered.keySet(), merged.keySet(), "every answer reached the office");
        for (Map.Entry<String, Finding> e : answered.entrySet()) {
            if (!e.getKey().equals(conflict.get("siteId").asText() + "/" + conflict.get("standard").asText())) {
                assertEquals(e.getValue().answer(), merged.get(e.getKey()).answer(), e.getKey());
            }
        }
        assertEquals(0, office.run("verify"), office.out() + office.err());

        String chosen = conflict.get("answers").get(0).get("finding").asText();
        assertEquals(2, office.run("review", "approve", "--round", "latest", "--site", moved), "no approval over an open conflict");
        assertEquals(0, office.run("conflicts", "resolve", conflict.get("id").asText().substring(0, 8), "--choose", chosen, "--by", "陈主任"));
        assertEquals(0, office.run("conflicts", "list", "--round", "latest", "--json"));
        assertEquals(0, new ObjectMapper().readTree(office.out()).size());
        assertEquals(0, office.run("review", "approve", "--round", "latest", "--site", moved));
        assertEquals(0, office.run("verify"), office.out() + office.err());

        // A returned inspection travels back with its comment, is answered again on the laptop, and comes back newer.
        ListTeamSites.ListedSite again = at.listTeamSites().run(round.id(), "第一组").get(0);
        String siteId = again.drawn().site().id();
        String code = at.openInspection().run(round.id(), siteId).standards().get(0).code();
        assertEquals(0, office.run("review", "return", "--round", "latest", "--site", siteId, "--comment", code + "=请补拍现场照片后重新判定"));
        Path task1again = temp.resolve("第一组-退回.citask");
        assertEquals(0, office.run("package", "task", "latest", "第一组", task1again.toString()));
        assertTrue(office.out().contains("退回待复查 1 个"), office.out());
        assertEquals(0, field1.run("package", "import", task1again.toString()), "the office key is trusted now: " + field1.err());
        Services laptop = TestWorkspaces.open(temp.resolve("field1"));
        assertEquals(org.civicinspect.model.InspectionStatus.RETURNED, laptop.openInspection().run(round.id(), siteId).inspection().status());
        assertEquals("请补拍现场照片后重新判定", laptop.reviewInspection().comments(round.id(), siteId).get(code).comment());
        Path fix = temp.resolve("fix.csv");
        Files.writeString(fix, "round,site,standard,answer,note,photos\n" + round.id() + "," + siteId + "," + code + ",N/A,,\n");
        assertEquals(0, field1.run("score", fix.toString(), "--complete", "--by", "张三"), field1.err());
        Path results1again = temp.resolve("第一组-复查.ciresult");
        assertEquals(0, field1.run("package", "results", results1again.toString()));
        assertEquals(0, office.run("package", "import", results1again.toString()), office.err());
        assertTrue(office.out().contains("冲突 0 处"), office.out());
        assertEquals(org.civicinspect.model.InspectionStatus.COMPLETED, at.openInspection().run(round.id(), siteId).inspection().status());
        Finding answeredAgain = at.openInspection().run(round.id(), siteId).findings().get(code);
        assertEquals(org.civicinspect.model.AnswerKind.NOT_APPLICABLE, answeredAgain.answer().kind());
        assertEquals(2, answeredAgain.version());
        assertEquals(0, office.run("verify"), office.out() + office.err());
    }

    /** A small JPEG taken "on site", different for every laptop and answer (and the same for the same laptop's folder name). */
    private static String photo(Path folder, String answer) throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color((folder.getFileName().toString() + answer).hashCode() & 0xffffff));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path file = folder.resolveSibling(folder.getFileName() + "-" + Math.abs(answer.hashCode()) + ".jpg");
        javax.imageio.ImageIO.write(image, "jpg", file.toFile());
        return file.toString();
    }

    /** Answers every standard of the laptop's sites (at {@code conflictSite}, the first standard with {@code answerThere}) and finishes each. */
    static Map<String, Finding> scoreEverything(CliSession cli, Path folder, String conflictSite, String answerThere) throws Exception {
        return scoreEverything(cli, folder, conflictSite, answerThere, true);
    }

    /** The same, finishing the inspections only when {@code finish}. */
    static Map<String, Finding> scoreEverything(CliSession cli, Path folder, String conflictSite, String answerThere, boolean finish)
            throws Exception {
        Services services = TestWorkspaces.open(folder);
        Round round = services.showRound().run("latest").round();
        Path sheet = answerSheet(services, folder, Map.of(conflictSite, answerThere));
        List<String> args = new java.util.ArrayList<>(List.of("score", sheet.toString(), "--by", inspector(services)));
        if (finish) {
            args.add("--complete");
        }
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        Map<String, Finding> answered = new HashMap<>();
        for (ListTeamSites.ListedSite site : services.listTeamSites().run(round.id(), null)) {
            services.openInspection().run(round.id(), site.drawn().site().id()).findings().values()
                    .forEach(f -> answered.put(f.siteId() + "/" + f.standardCode(), f));
        }
        return answered;
    }

    /**
     * The answer sheet ({@code score}'s CSV) of every standard of the latest round's sites on the laptop in {@code folder}:
     * each standard met, but the first standard of each site named in {@code planted}, answered as given there; a
     * failing planted answer has a note and a photo.
     */
    static Path answerSheet(Services services, Path folder, Map<String, String> planted) throws Exception {
        Round round = services.showRound().run("latest").round();
        StringBuilder csv = new StringBuilder("round,site,standard,answer,note,photos\n");
        for (ListTeamSites.ListedSite site : services.listTeamSites().run(round.id(), null)) {
            List<Standard> standards = services.openInspection().run(round.id(), site.drawn().site().id()).standards();
            String answerThere = planted.get(site.drawn().site().name());
            for (int i = 0; i < standards.size(); i++) {
                Standard s = standards.get(i);
                boolean plantedHere = answerThere != null && i == 0;
                String answer = plantedHere ? answerThere : switch (s.scoring().mode()) {
                    case BINARY -> "符合";
                    case GRADED -> "A";
                    case DEDUCTION -> "0";
                };
                if (plantedHere && s.scoring().mode() != org.civicinspect.model.ScoringMode.BINARY) {
                    answer = answerThere.equals("符合") ? (s.scoring().mode() == org.civicinspect.model.ScoringMode.GRADED ? "A" : "0")
                            : (s.scoring().mode() == org.civicinspect.model.ScoringMode.GRADED ? "C" : "2");
                }
                boolean failing = plantedHere && !answerThere.equals("符合");
                csv.append(round.id()).append(',').append(site.drawn().site().id()).append(',').append(s.code()).append(',').append(answer)
                        .append(',').append(failing ? "垃圾未清运" : "").append(',').append(failing ? photo(folder, answerThere) : "").append('\n');
            }
        }
        Path sheet = folder.resolveSibling(folder.getFileName() + "-answers.csv");
        Files.writeString(sheet, csv, StandardCharsets.UTF_8);
        return sheet;
    }

    /** The first member of a team that the laptop knows, who scores on it. */
    static String inspector(Services services) {
        return services.listPeople().people().stream().filter(p -> p.team() != null).findFirst().orElseThrow().name();
    }
}
