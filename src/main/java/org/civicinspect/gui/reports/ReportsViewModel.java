package org.civicinspect.gui.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.model.ReportScope;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.Formulas;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.ScopeLine;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.fieldwork.ExportSiteReport;
import org.civicinspect.service.rectification.ExportSupervision;
import org.civicinspect.service.reports.ExportBulletin;
import org.civicinspect.service.reports.ExportProblemList;
import org.civicinspect.service.reports.ExportRanking;
import org.civicinspect.service.reports.ExportStandardAnalysis;
import org.civicinspect.service.reports.ExportSurveyReport;
import org.civicinspect.service.reports.RecordNegativeEvent;
import org.civicinspect.service.reports.ScoreRound;
import org.civicinspect.service.rounds.ExportBlankChecklists;
import org.civicinspect.service.rounds.ShowRound;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.service.workspace.ChangePreferences;

/**
 * 报表: choose a round, see its city-wide figures and what they count, and write any of its workbooks in the background.
 * Figures and workbooks count approved inspections unless 含待审核点位 is ticked.
 */
public final class ReportsViewModel {

    /** The workbooks a round produces. */
    public enum Report { BLANK, SITES, PROBLEMS, RANKING, STANDARDS, BULLETIN, SUPERVISION, SURVEY }

    /**
     * What the screen calls: the rounds, their scores and negative-list events, a writer for each {@link Report}, and the
     * preferences (the length of the ranking lists).
     */
    public record UseCases(ShowRound showRound, ScoreRound scoreRound, RecordNegativeEvent recordNegativeEvent, ChangePreferences changePreferences,
                           ExportBlankChecklists exportBlankChecklists, ExportSiteReport exportSiteReport, ExportProblemList exportProblemList,
                           ExportRanking exportRanking, ExportStandardAnalysis exportStandardAnalysis, ExportBulletin exportBulletin,
                           ExportSupervision exportSupervision, ExportSurveyReport exportSurveyReport) {
    }

    private final UseCases useCases;
    private final DialogService dialogs;
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ObjectProperty<Round> round = choice.chosenProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("");
    private final BooleanProperty includeUnreviewed = new SimpleBooleanProperty(false);
    private final ObservableList<NegativeEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Standard> negativeStandards = FXCollections.observableArrayList();

    /** The 报表 screen on the given use cases. */
    public ReportsViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs) {
        this.useCases = useCases;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        round.addListener((o, a, r) -> summarize(r));
        includeUnreviewed.addListener((o, a, b) -> summarize(round.get()));
    }

    private ReportScope.Counted counted() {
        return includeUnreviewed.get() ? ReportScope.Counted.WITH_UNREVIEWED : ReportScope.Counted.APPROVED;
    }

    public void reload() {
        choice.reload(job, useCases.showRound(), () -> { });
    }

    private void summarize(Round r) {
        if (r == null) {
            summary.set(Messages.get("rounds.none"));
            scope.set("");
            events.clear();
            negativeStandards.clear();
            return;
        }
        ReportScope.Counted counted = counted();
        job.quick(p -> new Summary(useCases.scoreRound().scope(r.id(), counted), useCases.scoreRound().only(r.id(), counted),
                useCases.recordNegativeEvent().negativeListStandards(r.id())), s -> {
            RoundScores scores = s.scores();
            scope.set(ScopeLine.of(s.scope()));
            summary.set(scores.city().scored() == 0 ? Messages.get("reports.noFindings", r.name())
                    : Messages.get("reports.summary", r.name(), Formulas.of(scores.city()), scores.city().sites(), scores.city().problems(),
                            Formulas.of(scores.cityScore())));
            events.setAll(scores.cityScore().events());
            negativeStandards.setAll(s.standards());
        });
    }

    private record Summary(ReportScope scope, RoundScores scores, List<Standard> standards) {
    }

    /** Records a negative-list event for the chosen round; a refused one is shown and nothing changes. */
    public void addEvent(LocalDate date, Standard standard, String deduction, String description) {
        Round r = round.get();
        if (r == null) {
            return;
        }
        BigDecimal points;
        try {
            points = new BigDecimal(deduction == null ? "" : deduction.strip());
        } catch (NumberFormatException e) {
            dialogs.showError(Messages.get("reports.negative.title"), Messages.get("negative.badDeduction", deduction));
            return;
        }
        job.quick(p -> useCases.recordNegativeEvent().add(r.id(), date, standard == null ? "" : standard.code(), description, points),
                event -> summarize(r));
    }

    public void removeEvent(NegativeEvent event) {
        if (event != null && dialogs.confirm(Messages.get("reports.negative.title"), Messages.get("reports.negative.confirmRemove",
                event.standardCode(), event.description()), "reports.negative.remove", "dialog.cancel")) {
            job.quick(p -> {
                useCases.recordNegativeEvent().withdraw(event.id());
                return event;
            }, e -> summarize(round.get()));
        }
    }

    public void chooseAndWrite(Report report) {
        Round r = round.get();
        if (r == null) {
            return;
        }
        String suggested = (r.name() + "-" + Messages.get("reports." + report.name())).replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
        dialogs.chooseWorkbookToSave("reports.choose", suggested).ifPresent(file -> write(report, file));
    }

    public void write(Report report, Path file) {
        Round r = round.get();
        ReportScope.Counted counted = counted();
        job.run(Messages.get("indicators.exporting", file.getFileName().toString()), p -> switch (report) {
            case BLANK -> useCases.exportBlankChecklists().run(r.id(), file, p);
            case SITES -> useCases.exportSiteReport().run(r.id(), counted, file, p).sites();
            case PROBLEMS -> useCases.exportProblemList().run(r.id(), counted, file, p);
            case RANKING -> useCases.exportRanking().run(r.id(), counted, useCases.changePreferences().current().listSize(), file).lines();
            case STANDARDS -> useCases.exportStandardAnalysis().run(r.id(), counted, file).lines();
            case BULLETIN -> useCases.exportBulletin().run(r.id(), counted, useCases.changePreferences().current().listSize(), file).facts();
            case SUPERVISION -> useCases.exportSupervision().run(r.id(), file);
            case SURVEY -> useCases.exportSurveyReport().run(r.id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION, file).interviews();
        }, lines -> {
            String written = Messages.get("reports.written", Messages.get("reports." + report.name()), file);
            job.say(written);
            dialogs.offerToOpen(Messages.get("indicators.export.title"), written, file);
        });
    }

    public void cancel() {
        job.cancel();
    }

    public JobState job() {
        return job;
    }

    public ObservableList<Round> rounds() {
        return choice.rounds();
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObservableList<NegativeEvent> events() {
        return events;
    }

    public ObservableList<Standard> negativeStandards() {
        return negativeStandards;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the figures and workbooks count, in words. */
    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** 含待审核点位: count completed inspections still waiting for review too (each marked); off by default. */
    public BooleanProperty includeUnreviewedProperty() {
        return includeUnreviewed;
    }
}
