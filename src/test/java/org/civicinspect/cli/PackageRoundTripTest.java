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
import org.civicinspect.model.Finding;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.OpenInspection;
import org.civicinspect.service.Services;
import org.civicinspect.TestWorkspaces;
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
        assertEquals(0, office.run("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, office.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42"));
        assertEquals(0, office.run("round", "assign", "latest"));
        assertEquals(0, office.run("package", "key"));
        String officeKey = office.out().strip();

        Path task1 = temp.resolve("第一组.citask");
        assertEquals(0, office.run("package", "task", "latest", "第一组", task1.toString()));
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
        assertEquals(0, office.run("conflicts", "list", "--round", "latest", "--json"));
        assertEquals(0, new ObjectMapper().readTree(office.out()).size(), "a preview writes nothing");

        assertEquals(0, office.run("package", "import", results1.toString(), results2.toString()));
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

        Services at = TestWorkspaces.open(temp.resolve("office"));
        Round round = at.showRound().run("latest").round();
        Map<String, Finding> merged = new HashMap<>();
        for (OpenInspection.ListedSite site : at.openInspection().sites(round.id(), null)) {
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
        StringBuilder csv = new StringBuilder("round,site,standard,answer,note,photos\n");
        for (OpenInspection.ListedSite site : services.openInspection().sites(round.id(), null)) {
            List<Standard> standards = services.openInspection().run(round.id(), site.drawn().site().id()).standards();
            for (int i = 0; i < standards.size(); i++) {
                Standard s = standards.get(i);
                boolean planted = site.drawn().site().name().equals(conflictSite) && i == 0;
                String answer = planted ? answerThere : switch (s.scoring().mode()) {
                    case BINARY -> "符合";
                    case GRADED -> "A";
                    case DEDUCTION -> "0";
                };
                if (planted && s.scoring().mode() != org.civicinspect.model.ScoringMode.BINARY) {
                    answer = answerThere.equals("符合") ? (s.scoring().mode() == org.civicinspect.model.ScoringMode.GRADED ? "A" : "0")
                            : (s.scoring().mode() == org.civicinspect.model.ScoringMode.GRADED ? "C" : "2");
                }
                csv.append(round.id()).append(',').append(site.drawn().site().id()).append(',').append(s.code()).append(',').append(answer)
                        .append(',').append(planted && !answerThere.equals("符合") ? "垃圾未清运" : "").append(",\n");
            }
        }
        Path sheet = folder.resolveSibling(folder.getFileName() + "-answers.csv");
        Files.writeString(sheet, csv, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of("score", sheet.toString(), "--by", folder.getFileName().toString()));
        if (finish) {
            args.add("--complete");
        }
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        Map<String, Finding> answered = new HashMap<>();
        for (OpenInspection.ListedSite site : services.openInspection().sites(round.id(), null)) {
            services.openInspection().run(round.id(), site.drawn().site().id()).findings().values()
                    .forEach(f -> answered.put(f.siteId() + "/" + f.standardCode(), f));
        }
        return answered;
    }
}
