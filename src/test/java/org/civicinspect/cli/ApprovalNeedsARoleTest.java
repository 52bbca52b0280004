package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the command line, only a person whose role may approve decides on a team's work: anyone else is refused with exit 2
 * and one sentence naming them, their role and the role needed. Office staff or a supervisor set which roles may approve.
 */
class ApprovalNeedsARoleTest {

    @TempDir Path temp;

    @Test
    void anInspectorOrOfficeStaffAreRefusedInOneSentenceUntilOfficeStaffMayApprove() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("demo", "--districts", "2", "--sites", "60", "--rounds", "1", "--inspectors", "2", "--seed", "6"));
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        assertEquals(0, cli.run("people", "add", "--name", "王芳", "--role", "内业"));
        assertEquals(0, cli.run("people", "add", "--name", "刘洋", "--role", "测评员", "--team", "第九组"));
        assertEquals(0, cli.run("review", "list", "--round", "latest", "--json"));
        String site = null;
        for (JsonNode listed : new ObjectMapper().readTree(cli.out())) {
            if (site == null && listed.get("status").asText().equals("COMPLETED")) {
                site = listed.get("siteId").asText();
            }
        }

        assertEquals(2, cli.run("review", "approve", "--round", "latest", "--site", site, "--by", "刘洋"));
        assertEquals("刘洋（测评员）不能审核：通过、退回、裁决冲突和更正需要督查组长。", cli.err().strip());
        assertEquals(2, cli.run("review", "return", "--round", "latest", "--site", site, "--comment", "01-01-01=请补拍", "--by", "刘洋"));
        assertTrue(cli.err().startsWith("刘洋（测评员）不能审核"), cli.err());
        assertEquals(2, cli.run("conflicts", "resolve", "没有这个冲突", "--answer", "符合", "--by", "刘洋"));
        assertTrue(cli.err().startsWith("刘洋（测评员）不能审核"), cli.err());
        assertEquals(2, cli.run("review", "approve", "--round", "latest", "--site", site, "--by", "王芳"));
        assertEquals("王芳（内业）不能审核：通过、退回、裁决冲突和更正需要督查组长。", cli.err().strip());

        assertEquals(2, cli.run("review", "approvers", "--set", "督查组长,测评员", "--by", "刘洋"), "an inspector cannot make themselves a reviewer");
        assertEquals("刘洋（测评员）不能更改可以审核的角色：需要内业或督查组长。", cli.err().strip());
        assertEquals(2, cli.run("review", "approvers", "--set", "组长们", "--by", "陈主任"));
        assertEquals(0, cli.run("review", "approvers"));
        assertEquals("可以审核的角色：督查组长", cli.out().strip(), "督查组长 by default; refusals changed nothing");
        assertEquals(0, cli.run("review", "approvers", "--set", "督查组长,内业", "--by", "陈主任"));
        assertEquals(0, cli.run("review", "approvers"));
        assertEquals("可以审核的角色：内业或督查组长", cli.out().strip());

        assertEquals(0, cli.run("review", "approve", "--round", "latest", "--site", site, "--by", "王芳"), cli.err());
        assertEquals(0, cli.run("review", "list", "--round", "latest", "--json"));
        String approved = site;
        assertTrue(new ObjectMapper().readTree(cli.out()).findParents("siteId").stream()
                .anyMatch(n -> n.get("siteId").asText().equals(approved) && n.get("status").asText().equals("APPROVED")));
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void nobodyNamedDecidesNothing() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("demo", "--districts", "2", "--sites", "60", "--rounds", "1", "--inspectors", "2", "--seed", "6"));
        assertEquals(0, cli.run("review", "list", "--round", "latest", "--json"));
        String site = new ObjectMapper().readTree(cli.out()).findParents("siteId").stream()
                .filter(n -> n.get("status").asText().equals("COMPLETED")).findFirst().orElseThrow().get("siteId").asText();
        assertEquals(2, cli.run("review", "approve", "--round", "latest", "--site", site));
        assertTrue(cli.err().startsWith("尚未选定"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), "one sentence: " + cli.err());
    }
}
