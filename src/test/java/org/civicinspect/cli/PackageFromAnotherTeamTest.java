package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.model.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result package speaks only for its own team's work, even when that team's laptop signs it properly: the second
 * team's laptop re-signs its package so that it updates the first team's answer or answers a site the office never
 * gave it. The office refuses the whole package in one sentence naming the place and both teams, exit code 2, and
 * keeps its workspace exactly as it was (rows, photos, backups).
 */
class PackageFromAnotherTeamTest {

    @TempDir static Path shared;
    @TempDir Path temp;

    private static TwoTeamsScored scored;
    private static DeviceKey secondTeamsKey;
    private static JsonNode firstTeams;
    private static JsonNode secondTeams;

    @BeforeAll
    static void twoTeamsHaveScoredTheirSites() throws Exception {
        scored = TwoTeamsScored.build(shared);
        secondTeamsKey = DeviceKey.loadOrCreate(shared.resolve("field2").resolve("keys"));
        firstTeams = content(scored.results1());
        secondTeams = content(scored.results2());
    }

    @Test
    void aPackageThatUpdatesAnotherTeamsAnswerIsRefused() throws Exception {
        Path office = officeCopy();
        CliSession at = new CliSession(office);
        assertEquals(0, at.run("package", "import", scored.results1().toString()), at.err());
        String sharedId = siteId(scored.sharedSite(), office);
        // The first team found a problem at the shared site's first standard; the second team's laptop claims that
        // very answer (its lineage id) with a higher version and its own answer, 符合.
        JsonNode theirs = findingAt(firstTeams, sharedId, 0);
        String standard = theirs.get("standardCode").asText();
        Path forged = resigned(scored.results2(), content -> {
            for (JsonNode f : content.get("findings")) {
                if (f.get("siteId").asText().equals(sharedId) && f.get("standardCode").asText().equals(standard)) {
                    ((ObjectNode) f).put("id", theirs.get("id").asText()).put("version", theirs.get("version").asInt() + 5);
                }
            }
        });

        String said = refused(office, forged);
        assertTrue(said.contains(scored.sharedSite()) && said.contains(standard) && said.contains("第一组") && said.contains("第二组"), said);
        assertEquals(0, at.run("package", "import", scored.results2().toString()), "the untouched package is taken in: " + at.err());
        assertTrue(at.out().contains("冲突 1 处"), "the two answers stand side by side for the supervisor: " + at.out());
    }

    @Test
    void takenInTogetherWithTheOtherTeamsPackageNeitherIsKept() throws Exception {
        Path office = officeCopy();
        String sharedId = siteId(scored.sharedSite(), office);
        JsonNode theirs = findingAt(firstTeams, sharedId, 0);
        Path forged = resigned(scored.results2(), content -> {
            for (JsonNode f : content.get("findings")) {
                if (f.get("siteId").asText().equals(sharedId) && f.get("standardCode").asText().equals(theirs.get("standardCode").asText())) {
                    ((ObjectNode) f).put("id", theirs.get("id").asText()).put("version", theirs.get("version").asInt() + 5);
                }
            }
        });
        Map<String, Object> before = PackageHostileInputTest.snapshot(office);
        CliSession at = new CliSession(office);
        assertEquals(2, at.run("package", "import", scored.results1().toString(), forged.toString()), at.out() + at.err());
        assertTrue(at.err().contains(forged.getFileName().toString()) && at.err().contains("第一组"), at.err());
        Map<String, Object> after = PackageHostileInputTest.snapshot(office);
        after.remove("backups");
        before.remove("backups");
        assertEquals(before, after, "no row and no photo of either package (the first team's photo included)");
    }

    @Test
    void aMergeRefusedHalfWayKeepsNoneOfThePhotosItHadAlreadyWritten() throws Exception {
        Path office = officeCopy();
        String sharedId = siteId(scored.sharedSite(), office);
        JsonNode theirs = findingAt(firstTeams, sharedId, 0);
        Path forged = resigned(scored.results2(), content -> {
            for (JsonNode f : content.get("findings")) {
                if (f.get("siteId").asText().equals(sharedId) && f.get("standardCode").asText().equals(theirs.get("standardCode").asText())) {
                    ((ObjectNode) f).put("id", theirs.get("id").asText()).put("version", theirs.get("version").asInt() + 5);
                }
            }
        });
        CliSession at = new CliSession(office);
        // The forged package passes its checks alone; it is refused inside the write, after the first team's package
        // (and its photo) was written there.
        assertEquals(2, at.run("package", "import", scored.results1().toString(), forged.toString()), at.out() + at.err());
        assertEquals(java.util.List.of(), TestWorkspaces.storedPhotos(office), "no photo's bytes");
        assertEquals(0L, (long) TestWorkspaces.open(office).workspace().read(tx -> tx.photos().hashes().size()), "no photo row");

        assertEquals(0, at.run("package", "import", scored.results1().toString()), at.err());
        java.util.List<String> recorded = TestWorkspaces.open(office).workspace().read(tx -> tx.photos().hashes());
        assertEquals(1, recorded.size(), "the first team's photo, taken in alone");
        assertEquals(recorded, TestWorkspaces.storedPhotos(office), "kept with its row");
        assertEquals(0, at.run("verify"), at.err());
    }

    @Test
    void aPackageThatAnswersASiteOfAnotherTeamIsRefused() throws Exception {
        Path office = officeCopy();
        Set<String> seconds = new HashSet<>();
        secondTeams.get("inspections").forEach(i -> seconds.add(i.get("siteId").asText()));
        JsonNode inspection = null;
        for (JsonNode i : firstTeams.get("inspections")) {
            if (!seconds.contains(i.get("siteId").asText())) {
                inspection = i;
            }
        }
        String otherSite = inspection.get("siteId").asText();
        JsonNode completed = inspection;
        // The second team's laptop adds the first team's site, finished, with answers of lineages of its own.
        Path forged = resigned(scored.results2(), content -> {
            ((ArrayNode) content.get("inspections")).add(completed.deepCopy());
            for (JsonNode f : firstTeams.get("findings")) {
                if (f.get("siteId").asText().equals(otherSite)) {
                    ((ArrayNode) content.get("findings")).add(((ObjectNode) f.deepCopy()).put("id", UUID.randomUUID().toString()));
                }
            }
        });

        String said = refused(office, forged);
        assertTrue(said.contains(siteName(otherSite, office)) && said.contains("第一组") && said.contains("第二组"), said);
        CliSession at = new CliSession(office);
        assertEquals(0, at.run("package", "import", scored.results2().toString()), "the untouched package is taken in: " + at.err());
    }

    @Test
    void aSiteMovedToAnotherTeamAfterItsTaskWasSentIsStillAnsweredByBoth() throws Exception {
        Path office = officeCopy();
        CliSession at = new CliSession(office);
        assertEquals(0, at.run("package", "import", scored.results1().toString(), scored.results2().toString()), at.err());
        assertTrue(at.out().contains("冲突 1 处"), at.out());
    }

    @Test
    void anAnswerChosenHereTravelsWithAReturnedInspectionAndMayBeAnsweredAgainByTheTeam() throws Exception {
        Path office = officeCopy();
        CliSession at = new CliSession(office);
        assertEquals(0, at.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, at.run("people", "use", "陈主任"));
        assertEquals(0, at.run("package", "import", scored.results1().toString(), scored.results2().toString()), at.err());
        assertEquals(0, at.run("conflicts", "list", "--round", "latest", "--json"));
        JsonNode conflict = new ObjectMapper().readTree(at.out()).get(0);
        String siteId = conflict.get("siteId").asText();
        String code = conflict.get("standard").asText();
        // The resolution is an answer made here, shown at the site of the second team, which review returns to it.
        assertEquals(0, at.run("conflicts", "resolve", conflict.get("id").asText().substring(0, 8), "--choose",
                conflict.get("answers").get(0).get("finding").asText()), at.err());
        assertEquals(0, at.run("review", "return", "--round", "latest", "--site", siteId, "--comment", code + "=请重新判定"), at.err());
        Path task = temp.resolve("returned.citask");
        assertEquals(0, at.run("package", "task", "latest", "第二组", task.toString()), at.err());

        // A new laptop of the second team takes the returned inspection, so the answer chosen here is the one it changes.
        CliSession field = new CliSession(temp.resolve("new-laptop"));
        assertEquals(0, at.run("package", "key"));
        assertEquals(0, field.run("package", "import", task.toString(), "--trust", at.out().strip()), field.err());
        assertEquals(0, field.run("package", "key"));
        String newDevice = field.out().strip();
        String roundId = TestWorkspaces.open(office).showRound().run("latest").round().id();
        Path fix = temp.resolve("fix.csv");
        Files.writeString(fix, "round,site,standard,answer,note,photos\n" + roundId + "," + siteId + "," + code + ",N/A,,\n");
        assertEquals(0, field.run("score", fix.toString(), "--complete", "--by", "李四"), field.err());
        Path again = temp.resolve("again.ciresult");
        assertEquals(0, field.run("package", "results", again.toString()));

        assertEquals(0, at.run("package", "import", again.toString(), "--trust", newDevice), at.err());
        assertTrue(at.out().contains("更新 1 条") && at.out().contains("冲突 0 处"), at.out());
    }

    /** Imports the package at the office, which must refuse it in one sentence and stay as it was; returns the sentence. */
    private static String refused(Path office, Path forged) throws Exception {
        Map<String, Object> before = PackageHostileInputTest.snapshot(office);
        CliSession at = new CliSession(office);
        assertEquals(2, at.run("package", "import", forged.toString()), at.out() + at.err());
        String message = at.err().strip();
        assertEquals(1, message.lines().count(), "one message: " + message);
        assertTrue(message.contains(forged.getFileName().toString()), message);
        assertEquals(before, PackageHostileInputTest.snapshot(office), "the workspace is unchanged");
        return message;
    }

    private Path officeCopy() throws IOException {
        Path office = temp.resolve("office");
        TestWorkspaces.copy(scored.office(), office);
        return office;
    }

    private static String siteId(String name, Path office) {
        return TestWorkspaces.open(office).showRound().run("latest").drawn().stream().filter(d -> d.site().name().equals(name)).findFirst()
                .orElseThrow().site().id();
    }

    private static String siteName(String id, Path office) {
        return TestWorkspaces.open(office).showRound().run("latest").drawn().stream().filter(d -> d.site().id().equals(id)).findFirst()
                .orElseThrow().site().name();
    }

    /** The {@code n}th finding at the site, in the order the package lists them. */
    private static JsonNode findingAt(JsonNode content, String siteId, int n) {
        int seen = 0;
        for (JsonNode f : content.get("findings")) {
            if (f.get("siteId").asText().equals(siteId) && seen++ == n) {
                return f;
            }
        }
        throw new AssertionError("no finding " + n + " at " + siteId);
    }

    private static JsonNode content(Path pack) throws IOException {
        return new ObjectMapper().readTree(entries(pack).get("content.json"));
    }

    private static Map<String, byte[]> entries(Path pack) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pack))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The package with its content changed, its manifest brought in line and signed again by the second team's laptop. */
    private Path resigned(Path pack, Consumer<ObjectNode> change) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, byte[]> entries = entries(pack);
        ObjectNode content = (ObjectNode) json.readTree(entries.get("content.json"));
        change.accept(content);
        byte[] bytes = json.writeValueAsBytes(content);
        entries.put("content.json", bytes);
        ObjectNode manifest = (ObjectNode) json.readTree(entries.get("manifest.json"));
        for (JsonNode entry : manifest.get("entries")) {
            if (entry.get("name").asText().equals("content.json")) {
                ((ObjectNode) entry).put("bytes", bytes.length).put("sha256", Sha256.of(bytes));
            }
        }
        entries.put("manifest.json", json.writeValueAsBytes(manifest));
        entries.put("manifest.sig", Base64.getEncoder().encode(secondTeamsKey.sign(entries.get("manifest.json"))));
        Path out = temp.resolve("forged-" + UUID.randomUUID() + ".ciresult");
        return org.civicinspect.TestZips.write(out, entries);
    }
}
