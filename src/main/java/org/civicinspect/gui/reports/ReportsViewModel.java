package org.civicinspect.gui.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.Services;

/** 报表: choose a round, see its city-wide figures, and write any of its workbooks in the background. */
public final class ReportsViewModel {

    /** The workbooks a round produces. */
    public enum Report { BLANK, SITES, PROBLEMS, RANKING, STANDARDS, BULLETIN, SUPERVISION }

    private final Services services;
    private final DialogService dialogs;
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ObjectProperty<Round> round = choice.chosenProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<NegativeEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Standard> negativeStandards = FXCollections.observableArrayList();

    public ReportsViewModel(Services services, TaskExecutor executor, DialogService dialogs) {
        this.services = services;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        round.addListener((o, a, r) -> summarize(r));
    }

    public void reload() {
        choice.reload(job, services, () -> { });
    }

    private void summarize(Round r) {
        if (r == null) {
            summary.set(Messages.get("rounds.none"));
            events.clear();
            negativeStandards.clear();
            return;
        }
        job.quick(p -> new Summary(services.scoreRound().only(r.id()), services.recordNegativeEvent().negativeListStandards(r.id())), s -> {
            RoundScores scores = s.scores();
            summary.set(scores.city().scored() == 0 ? Messages.get("reports.noFindings", r.name())
                    : Messages.get("reports.summary", r.name(), scores.city().formula(), scores.city().sites(), scores.city().problems(),
                            scores.cityScore().formula()));
            events.setAll(scores.cityScore().events());
            negativeStandards.setAll(s.standards());
        });
    }

    private record Summary(RoundScores scores, List<Standard> standards) {
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
        job.quick(p -> services.recordNegativeEvent().add(r.id(), date, standard == null ? "" : standard.code(), description, points),
                event -> summarize(r));
    }

    public void removeEvent(NegativeEvent event) {
        if (event != null && dialogs.confirm(Messages.get("reports.negative.title"), Messages.get("reports.negative.confirmRemove",
                event.standardCode(), event.description()), "reports.negative.remove", "dialog.cancel")) {
            job.quick(p -> {
                services.recordNegativeEvent().withdraw(event.id());
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
        job.run(Messages.get("indicators.exporting", file.getFileName().toString()), p -> switch (report) {
            case BLANK -> services.exportBlankChecklists().run(r.id(), file, p);
            case SITES -> services.exportSiteReport().run(r.id(), file, p).sites();
            case PROBLEMS -> services.exportProblemList().run(r.id(), file, p);
            case RANKING -> services.exportRanking().run(r.id(), services.changePreferences().current().listSize(), file).lines();
            case STANDARDS -> services.exportStandardAnalysis().run(r.id(), file).lines();
            case BULLETIN -> services.exportBulletin().run(r.id(), services.changePreferences().current().listSize(), file).facts();
            case SUPERVISION -> services.exportSupervision().run(r.id(), file);
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
}
