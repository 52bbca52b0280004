package org.civicinspect.gui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.cli.TwoTeamsScored;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.packages.ImportOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site list of 现场评分 shows what is true now, without choosing the round again: a site returned by review shows
 * 已退回 as soon as the return reaches the list, whether it came in a task package taken in on this screen or was made
 * on another screen of the same workspace.
 */
class SiteListStaysTrueTest {

    @TempDir Path temp;
    private TwoTeamsScored scored;
    private Services office;
    private Round round;
    private String siteId;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** The office took in the first team's results; one of its sites, finished in the field, is chosen for return. */
    @BeforeEach
    void theOfficeHasTheFirstTeamsResults() throws Exception {
        scored = TwoTeamsScored.build(temp);
        // The laptops finished their sites on today's clock; the return must come after that to reopen one.
        office = Services.open(scored.office(), Clock.systemUTC());
        office.importPackage().run(List.of(scored.results1()), new ImportOptions(null, List.of()));
        round = office.showRound().run("latest").round();
        siteId = office.listTeamSites().run(round.id(), "第一组").stream()
                .filter(s -> s.status() == InspectionStatus.COMPLETED && !s.drawn().site().name().equals(scored.sharedSite()))
                .findFirst().orElseThrow().drawn().site().id();
        dialogs.confirmAnswer = true;
    }

    private void returnTheSite() {
        String standard = office.openInspection().run(round.id(), siteId).standards().get(0).code();
        TestWorkspaces.signInSupervisor(office, "陈主任");
        office.reviewInspection().returnWithComments(round.id(), siteId, Map.of(standard, "请补拍近景照片"));
    }

    private static InspectionStatus shown(ScoringViewModel viewModel, String siteId) {
        return viewModel.sites().stream().filter(s -> s.drawn().site().id().equals(siteId)).findFirst()
                .map(ListTeamSites.ListedSite::status).orElseThrow();
    }

    @Test
    void aTaskPackageBringingAReturnShowsTheSiteReturnedAtOnce() throws Exception {
        returnTheSite();
        Path task = temp.resolve("again.citask");
        office.exportTaskPackage().run(round.id(), "第一组", task, null, null);
        ScoringViewModel field = new ScoringViewModel(ScoringView.useCases(TestWorkspaces.open(temp.resolve("field1"))),
                new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        field.reload();
        assertEquals(InspectionStatus.COMPLETED, shown(field, siteId));

        field.importPackages(List.of(task));

        assertEquals(InspectionStatus.RETURNED, shown(field, siteId));
    }

    @Test
    void aReturnMadeOnAnotherScreenShowsInTheListOfAnOpenScoringScreen() {
        WorkspaceEvents events = new WorkspaceEvents();
        ScoringViewModel scoring = new ScoringViewModel(ScoringView.useCases(office), new CurrentThreadTaskExecutor(), dialogs, events);
        events.listen(scoring, scoring::reload);
        scoring.reload();
        assertEquals(InspectionStatus.COMPLETED, shown(scoring, siteId));

        returnTheSite();
        events.changed(this);

        assertEquals(InspectionStatus.RETURNED, shown(scoring, siteId));
    }
}
