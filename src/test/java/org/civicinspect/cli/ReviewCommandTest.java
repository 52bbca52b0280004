package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review list|approve|return} on the demo city's completed inspections. */
class ReviewCommandTest {

    @TempDir Path temp;

    @Test
    void approvesAndReturnsCompletedInspectionsAndRefusesTheRest() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("demo", "--districts", "2", "--sites", "60", "--rounds", "1", "--inspectors", "2", "--seed", "6"));
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, cli.run("people", "use", "陈主任"));
        assertEquals(0, cli.run("review", "list", "--round", "latest", "--json"));
        JsonNode listed = new ObjectMapper().readTree(cli.out());
        String done = null;
        String open = null;
        for (JsonNode site : listed) {
            if (site.get("status").asText().equals("COMPLETED") && done == null) {
                done = site.get("siteId").asText();
            } else if (site.get("status").asText().equals("COMPLETED") && open == null) {
                open = site.get("siteId").asText();
            }
        }
        assertEquals(0, cli.run("review", "approve", "--round", "latest", "--site", done, "--by", "陈主任"));
        assertEquals(2, cli.run("review", "approve", "--round", "latest", "--site", done), "approved once");
        assertTrue(cli.err().contains("不能审核"), cli.err());
        assertEquals(2, cli.run("review", "return", "--round", "latest", "--site", open, "--comment", "没有等号"));
        assertEquals(2, cli.run("review", "return", "--round", "latest", "--site", open, "--comment", "99-99-99=不存在的标准"));
        assertEquals(0, cli.run("review", "list", "--round", "latest", "--json"));
        String openId = open;
        assertTrue(new ObjectMapper().readTree(cli.out()).findParents("siteId").stream()
                .anyMatch(n -> n.get("siteId").asText().equals(openId) && n.get("status").asText().equals("COMPLETED")), "refusals changed nothing");
    }
}
