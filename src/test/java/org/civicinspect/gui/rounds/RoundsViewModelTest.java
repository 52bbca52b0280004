package org.civicinspect.gui.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import java.util.List;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round wizard: create → quotas → draw → assign → move → print, without a stage. */
class RoundsViewModelTest {

    @TempDir Path temp;
    private ScriptedDialogs dialogs;
    private RoundsViewModel viewModel;
    private Services services;

    @BeforeEach
    void workspaceWithSetSitesAndTeams() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        services.addPerson().run("王强", "", Role.INSPECTOR, "第二组");
        dialogs = new ScriptedDialogs();
        viewModel = new RoundsViewModel(RoundsView.useCases(services),
                new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload(null);
    }

    @Test
    void walksFromCreationToPrintedChecklists() throws Exception {
        assertTrue(viewModel.rounds().isEmpty());
        viewModel.nameProperty().set("2026年第12期双周督查");
        viewModel.startProperty().set(LocalDate.of(2026, 11, 30));
        viewModel.endProperty().set(LocalDate.of(2026, 12, 4));
        viewModel.create();
        assertEquals(1, viewModel.rounds().size());
        assertEquals("2026年第12期双周督查", viewModel.selectedProperty().get().name());

        viewModel.quotaTypeProperty().set("公园");
        viewModel.quotaCountProperty().set(1);
        viewModel.addQuota();
        viewModel.quotaTypeProperty().set("小区");
        viewModel.addQuota();
        viewModel.quotaTypeProperty().set("公园");
        viewModel.addQuota();
        assertEquals(2, viewModel.quotas().size());
        viewModel.seedProperty().set("42");
        viewModel.draw();
        assertEquals(5, viewModel.drawn().size());

        viewModel.assign();
        assertTrue(viewModel.drawn().stream().allMatch(d -> d.team() != null));
        assertTrue(viewModel.loadsProperty().get().contains("第一组"));
        DrawnSite first = viewModel.drawn().get(0);
        String other = first.team().equals("第一组") ? "第二组" : "第一组";
        viewModel.move(first, other);
        assertEquals(other, viewModel.drawn().stream().filter(d -> d.site().id().equals(first.site().id())).findFirst().orElseThrow().team());

        dialogs.nextSave = temp.resolve("blank.xlsx");
        viewModel.chooseAndExportBlank();
        assertTrue(Files.size(dialogs.nextSave) > 0);
        assertTrue(viewModel.statusProperty().get().contains("5 张"), viewModel.statusProperty().get());
    }

    @Test
    void aRefusedRequestSaysWhyInTheStatusLine() {
        viewModel.nameProperty().set("甲");
        viewModel.startProperty().set(LocalDate.of(2026, 12, 5));
        viewModel.endProperty().set(LocalDate.of(2026, 12, 1));
        viewModel.create();
        assertTrue(viewModel.statusProperty().get().contains("早于"), viewModel.statusProperty().get());
        assertTrue(viewModel.rounds().isEmpty());
    }

    private Round drawnRound() {
        viewModel.nameProperty().set("甲轮");
        viewModel.startProperty().set(LocalDate.of(2026, 11, 30));
        viewModel.endProperty().set(LocalDate.of(2026, 12, 4));
        viewModel.create();
        viewModel.quotaTypeProperty().set("公园");
        viewModel.quotaCountProperty().set(1);
        viewModel.addQuota();
        viewModel.seedProperty().set("42");
        viewModel.draw();
        viewModel.assign();
        return viewModel.selectedProperty().get();
    }

    private void answerFirstStandard(Round round, Site site) {
        Standard standard = services.openInspection().run(round.id(), site.id()).standards().get(0);
        services.recordFinding().run(new RecordFinding.Request(round.id(), site.id(), standard.code(), Answer.notApplicable(), "", List.of(), "张伟"));
    }

    @Test
    void aRoundWithAnswersCannotBeDrawnAgainAndTheScreenSaysWhy() {
        Round round = drawnRound();
        assertEquals("", viewModel.drawBlockedProperty().get(), "a round being prepared can be drawn again");
        List<DrawnSite> before = List.copyOf(viewModel.drawn());
        answerFirstStandard(round, before.get(0).site());
        viewModel.reload(round.id());

        String reason = Messages.get("round.hasAnswers", "甲轮", 1);
        assertEquals(reason, viewModel.drawBlockedProperty().get());
        viewModel.seedProperty().set("43");
        viewModel.draw();
        assertEquals(reason, viewModel.statusProperty().get());
        assertEquals(before, List.copyOf(viewModel.drawn()), "the draw is kept");
    }

    @Test
    void aSiteIsAddedFromThoseNotInTheRoundWithItsTeamAndTakenOutAfterConfirmation() {
        Round round = drawnRound();
        List<String> inRound = viewModel.drawn().stream().map(d -> d.site().id()).toList();
        Site extra = services.listSites().run(SiteFilter.ALL).stream().filter(s -> !inRound.contains(s.id())).findFirst().orElseThrow();
        dialogs.choices.add(RoundsViewModel.siteLabel(extra));
        dialogs.choices.add("第二组");

        viewModel.chooseAndAddSite();

        assertTrue(dialogs.offeredChoices.get(0).contains(RoundsViewModel.siteLabel(extra)));
        assertEquals(10 - inRound.size(), dialogs.offeredChoices.get(0).size(), "only sites not in the round are offered");
        DrawnSite added = viewModel.drawn().get(viewModel.drawn().size() - 1);
        assertEquals(new DrawnSite(extra, DrawReason.ADDED, "第二组"), added);

        dialogs.confirmAnswer = false;
        viewModel.removeSite(added);
        assertTrue(viewModel.drawn().contains(added), "nothing is taken out without confirmation");
        assertTrue(dialogs.confirmations.get(0).contains(extra.name()), "the confirmation names the site");

        dialogs.confirmAnswer = true;
        viewModel.removeSite(added);
        assertEquals(inRound, viewModel.drawn().stream().map(d -> d.site().id()).toList());
        assertTrue(dialogs.textQuestions.isEmpty(), "no reason is asked for a site without answers");
        assertEquals(RoundStatus.PREPARING, viewModel.selectedProperty().get().status());
    }

    @Test
    void takingOutASiteWithAnswersAsksForAReasonAndWithoutOneKeepsIt() {
        Round round = drawnRound();
        DrawnSite answered = viewModel.drawn().get(0);
        answerFirstStandard(round, answered.site());
        viewModel.reload(round.id());
        dialogs.confirmAnswer = true;

        dialogs.nextText = null;
        viewModel.removeSite(answered);
        assertTrue(viewModel.drawn().contains(answered));
        assertEquals(Messages.get("round.removeNeedsReason", answered.site().name(), 1, "甲轮"), viewModel.statusProperty().get());
        assertTrue(dialogs.confirmations.get(0).contains(Messages.get("rounds.removeSite.confirmAnswers", answered.site().name(),
                answered.site().district(), "甲轮", 1)));

        dialogs.nextText = "点位已拆除";
        viewModel.removeSite(answered);
        assertFalse(viewModel.drawn().stream().anyMatch(d -> d.site().equals(answered.site())));
        assertEquals(Messages.get("round.siteRemovedWithAnswers", answered.site().name(), "甲轮", 1), viewModel.statusProperty().get());
        assertEquals(Messages.get("round.notPreparing", "甲轮"), viewModel.drawBlockedProperty().get(),
                "a round whose fieldwork began is still never drawn again");
    }
}
