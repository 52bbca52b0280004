package org.civicinspect.service.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drawn round changed site by site: added with a team, or taken out, and never silently losing an answer. */
class ChangeDrawnSitesTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private List<DrawnSite> before;
    private DrawnSite drawn;

    @BeforeEach
    void aRoundWithOneParkDrawnAndAssigned() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        services.addPerson().run("王强", "", Role.INSPECTOR, "第二组");
        services.addPerson().run("陈主任", "", Role.SUPERVISOR, null);
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), "");
        services.drawRoundSample().run(round.name(), new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 7));
        before = services.assignTeams().run(round.name(), List.of("第一组")).drawn();
        drawn = before.get(0);
    }

    private Site notDrawn() {
        List<String> drawnIds = services.showRound().run(round.name()).drawn().stream().map(d -> d.site().id()).toList();
        return services.listSites().run(SiteFilter.ALL).stream().filter(s -> s.active() && !drawnIds.contains(s.id())).findFirst().orElseThrow();
    }

    private void answer(Site site, String note) {
        Standard standard = services.openInspection().run(round.id(), site.id()).standards().get(0);
        services.recordFinding().run(new RecordFinding.Request(round.id(), site.id(), standard.code(), failing(standard), note, List.of(), "张伟"));
    }

    private static Answer failing(Standard standard) {
        return Answer.parse(standard.scoring().mode() == ScoringMode.BINARY ? "不符合" : "2", standard.scoring().mode()).orElseThrow();
    }

    private List<AuditEntry> roundAudit() {
        return services.workspace().read(tx -> tx.audit().about(Audit.round(round.id())));
    }

    @Test
    void aSiteIsAddedByHandWithItsTeamAfterTheDrawnOnesAndEveryAnswerStays() {
        answer(drawn.site(), "一处破损");
        Site extra = notDrawn();

        AddSiteToRound.Result added = services.addSiteToRound().run(round.name(), extra.name(), "第二组");

        List<DrawnSite> sites = added.round().drawn();
        assertEquals(extra, added.site());
        assertEquals(new DrawnSite(extra, DrawReason.ADDED, "第二组"), sites.get(sites.size() - 1));
        assertTrue(sites.stream().anyMatch(d -> d.site().equals(drawn.site()) && "第一组".equals(d.team())), "the draw is kept");
        assertEquals(1, added.round().answers(), "the answer is kept");
        assertEquals(RoundStatus.INSPECTING, added.round().round().status());
        assertTrue(roundAudit().stream().anyMatch(e -> e.detail().contains("add site=" + extra.id()) && e.detail().contains("第二组")));
    }

    @Test
    void anAddThatCannotBeDoneSaysWhyAndChangesNothing() {
        Site extra = notDrawn();
        assertEquals("round.siteAlreadyDrawn", assertThrows(RequestRefused.class,
                () -> services.addSiteToRound().run(round.name(), drawn.site().name(), "第二组")).messageKey());
        assertEquals("round.unknownSite", assertThrows(RequestRefused.class,
                () -> services.addSiteToRound().run(round.name(), "火星公园", "第二组")).messageKey());
        assertEquals("round.unknownTeam", assertThrows(RequestRefused.class,
                () -> services.addSiteToRound().run(round.name(), extra.name(), "第九组")).messageKey());
        Round undrawn = services.createRound().run("乙轮", "latest", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), "");
        assertEquals("round.notDrawn", assertThrows(RequestRefused.class,
                () -> services.addSiteToRound().run(undrawn.name(), extra.name(), "第二组")).messageKey());
        assertEquals(before, services.showRound().run(round.name()).drawn());
    }

    @Test
    void aSiteWithoutAnswersIsTakenOutWithoutAReason() {
        Site extra = notDrawn();
        services.addSiteToRound().run(round.name(), extra.id(), "第二组");

        RemoveSiteFromRound.Result removed = services.removeSiteFromRound().run(round.name(), extra.name(), "");

        assertEquals(0, removed.answers());
        assertEquals(before, removed.round().drawn());
        assertEquals(RoundStatus.PREPARING, removed.round().round().status());
    }

    @Test
    void aSiteWithAnswersNeedsAReasonAndItsAnswersLeaveTheReportsForTheAuditLog() {
        Site extra = notDrawn();
        services.addSiteToRound().run(round.name(), extra.id(), "第二组");
        answer(extra, "护栏倒伏三处");
        answer(drawn.site(), "一处破损");

        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.removeSiteFromRound().run(round.name(), extra.name(), " "));
        assertEquals("round.removeNeedsReason", refused.messageKey());
        assertEquals(extra.name(), refused.args().get(0), "the refusal names the site");
        assertEquals(2, services.showRound().run(round.name()).answers(), "nothing is removed without a reason");

        RemoveSiteFromRound.Result removed = services.removeSiteFromRound().run(round.name(), extra.name(), "点位已拆除");

        assertEquals(1, removed.answers());
        assertFalse(removed.round().drawn().stream().anyMatch(d -> d.site().id().equals(extra.id())));
        assertEquals(1, removed.round().answers(), "the other site's answer stays");
        assertTrue(services.workspace().read(tx -> tx.findings().ofInspection(round.id(), extra.id())).isEmpty());
        assertEquals("round.siteNotDrawn", assertThrows(RequestRefused.class,
                () -> services.openInspection().run(round.id(), extra.id())).messageKey(), "its inspection is gone with it");
        assertEquals(1, services.scoreRound().scope(round.name(), ReportScope.Counted.WITH_UNREVIEWED).count(InspectionStatus.IN_PROGRESS),
                "reports no longer count it at any status: only the other site is in progress");
        AuditEntry entry = roundAudit().get(roundAudit().size() - 1);
        assertTrue(entry.detail().contains("reason=点位已拆除"), entry.detail());
        assertTrue(entry.detail().contains("note=护栏倒伏三处"), entry.detail());
        assertEquals(RoundStatus.INSPECTING, removed.round().round().status());
    }

    @Test
    void anApprovedSiteIsNeverTakenOutBecauseItsProblemsAreUnderRectification() {
        for (Standard standard : services.openInspection().run(round.id(), drawn.site().id()).standards()) {
            services.recordFinding().run(new RecordFinding.Request(round.id(), drawn.site().id(), standard.code(), Answer.notApplicable(), "",
                    List.of(), "张伟"));
        }
        services.completeInspection().run(round.id(), drawn.site().id());
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().approve(round.id(), drawn.site().id());

        assertEquals("round.removeApproved", assertThrows(RequestRefused.class,
                () -> services.removeSiteFromRound().run(round.name(), drawn.site().name(), "误抽")).messageKey());
        assertEquals(before, services.showRound().run(round.name()).drawn());
    }
}
