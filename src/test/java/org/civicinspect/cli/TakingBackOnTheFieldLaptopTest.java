package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a field laptop, an answer can be taken back to unanswered and a site marked 已完成 reopened, but only while
 * nothing has gone to the office: once a result package has carried them, only the office can change them.
 */
class TakingBackOnTheFieldLaptopTest {

    @TempDir Path temp;

    @Test
    void answersAndFinishedSitesCanBeTakenBackOnlyUntilTheResultsAreSent() throws Exception {
        TwoTeamsScored.Tasks tasks = TwoTeamsScored.sendTasks(temp);
        Path folder = temp.resolve("field1");
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("package", "import", tasks.task1().toString(), "--trust", tasks.officeKey()));
        PackageRoundTripTest.scoreEverything(cli, folder, tasks.sharedSite(), "符合", false);
        Services field = TestWorkspaces.open(folder);
        Round round = field.showRound().run("latest").round();
        String siteId = field.listTeamSites().run(round.id(), null).get(0).drawn().site().id();
        InspectionSheet done = field.completeInspection().run(round.id(), siteId);
        assertEquals(InspectionStatus.COMPLETED, done.inspection().status());
        String first = done.standards().get(0).code();

        RequestRefused locked = assertThrows(RequestRefused.class, () -> field.withdrawAnswer().run(round.id(), siteId, first, "张三"));
        assertEquals("finding.inspectionCompleted", locked.messageKey(), "a finished site is read-only until reopened");

        InspectionSheet reopened = field.reopenInspection().run(round.id(), siteId, "张三");
        assertEquals(InspectionStatus.IN_PROGRESS, reopened.inspection().status());
        assertTrue(field.withdrawAnswer().run(round.id(), siteId, first, "张三").isPresent());
        assertFalse(field.openInspection().run(round.id(), siteId).findings().containsKey(first), "the standard is unanswered again");
        String findingId = done.findings().get(first).id();
        assertTrue(field.workspace().read(tx -> tx.audit().about("finding:" + findingId)).stream()
                        .anyMatch(e -> e.detail().startsWith("withdrawn v1 ") && e.actor().equals("张三")),
                "the audit log keeps the withdrawn answer");

        field.recordFinding().answer(round.id(), siteId, first, done.findings().get(first).answer(), "张三");
        field.completeInspection().run(round.id(), siteId);
        assertEquals(0, cli.run("package", "results", temp.resolve("sent.ciresult").toString()));

        RequestRefused sent = assertThrows(RequestRefused.class, () -> field.reopenInspection().run(round.id(), siteId, "张三"));
        assertEquals("inspection.reopenAfterSent", sent.messageKey());
        assertEquals(InspectionStatus.COMPLETED, field.openInspection().run(round.id(), siteId).inspection().status());

        String other = field.listTeamSites().run(round.id(), null).get(1).drawn().site().id();
        String code = field.openInspection().run(round.id(), other).standards().get(0).code();
        RequestRefused carried = assertThrows(RequestRefused.class, () -> field.withdrawAnswer().run(round.id(), other, code, "张三"),
                "an answer already sent cannot be taken back to nothing");
        assertEquals("finding.withdrawAfterSent", carried.messageKey());
    }
}
