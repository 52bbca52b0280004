package org.civicinspect.gui.reports;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;

/** 报表: choose a round, see its city-wide figures, and write any of its workbooks in the background. */
public final class ReportsViewModel {

    /** The workbooks a round produces. */
    public enum Report { BLANK, RANKING, STANDARDS, PROBLEMS }

    private final Services services;
    private final DialogService dialogs;
    private final JobState job;
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ReportsViewModel(Services services, TaskExecutor executor, DialogService dialogs) {
        this.services = services;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        round.addListener((o, a, r) -> summarize(r));
    }

    public void reload() {
        job.quick(p -> services.showRound().list(), list -> {
            rounds.setAll(list);
            if (round.get() == null && !list.isEmpty()) {
                round.set(list.get(list.size() - 1));
            }
        });
    }

    private void summarize(Round r) {
        if (r == null) {
            summary.set(Messages.get("rounds.none"));
            return;
        }
        job.quick(p -> services.scoreRound().run(r.id()), scored -> summary.set(scored.scores().city().scored() == 0
                ? Messages.get("reports.noFindings", r.name())
                : Messages.get("reports.summary", r.name(), scored.scores().city().formula(), scored.scores().city().sites(),
                        scored.scores().city().problems())));
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
            case RANKING -> services.exportRanking().run(r.id(), 3, file).lines();
            case STANDARDS -> services.exportStandardAnalysis().run(r.id(), file);
            case PROBLEMS -> services.exportProblemList().run(r.id(), file, p);
        }, lines -> {
            job.say(Messages.get("reports.written", Messages.get("reports." + report.name()), file));
            dialogs.showInformation(Messages.get("indicators.export.title"), Messages.get("reports.written",
                    Messages.get("reports." + report.name()), file));
        });
    }

    public void cancel() {
        job.cancel();
    }

    public JobState job() {
        return job;
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
