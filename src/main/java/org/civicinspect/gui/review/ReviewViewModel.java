package org.civicinspect.gui.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.PackageActions;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Finding;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SiteScore;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.fieldwork.OpenInspection;
import org.civicinspect.service.review.ListConflicts;
import org.civicinspect.service.review.ResolveConflict;
import org.civicinspect.service.review.ReviewInspection;
import org.civicinspect.service.rounds.ShowRound;

/**
 * 审核: the round's completed inspections, one at a time with every finding; approve it, or write a comment on the
 * findings to look at again and return it.
 */
public final class ReviewViewModel {

    /** A finding as the reviewer sees it, with the comment being written on it. */
    public record Line(Standard standard, Finding finding, String result, BigDecimal earned, StringProperty comment) {
    }

    /**
     * What the screen calls: the rounds and their inspections, the review itself, the conflict queue (with the photo store
     * for its thumbnails), and the packages taken in and written here.
     */
    public record UseCases(ShowRound showRound, ListTeamSites listTeamSites, OpenInspection openInspection, ReviewInspection reviewInspection, ListConflicts listConflicts,
                           ResolveConflict resolveConflict, AddPhoto addPhoto, PackageActions.UseCases packages) {
    }

    private final UseCases useCases;
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ObjectProperty<Round> round = choice.chosenProperty();
    private final ObservableList<ListTeamSites.ListedSite> inspections = FXCollections.observableArrayList();
    private final ObjectProperty<ListTeamSites.ListedSite> chosen = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ConflictsViewModel conflicts;
    private final PackageActions packages;
    private final WorkspaceEvents events;

    /** The 审核与合并 screen on the given use cases. */
    public ReviewViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs) {
        this(useCases, executor, dialogs, new WorkspaceEvents());
    }

    /** As above, telling {@code events} of every review decision, resolved conflict and package taken in here. */
    public ReviewViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.useCases = useCases;
        this.events = events;
        this.job = new JobState(executor, dialogs);
        this.conflicts = new ConflictsViewModel(useCases.listConflicts(), useCases.resolveConflict(), useCases.addPhoto(), job, () -> {
            loadInspections();
            events.changed(this);
        });
        this.packages = new PackageActions(useCases.packages(), job, dialogs, () -> {
            reload();
            events.changed(this);
        });
        round.addListener((o, a, r) -> loadInspections());
        chosen.addListener((o, a, site) -> open(site));
    }

    public void reload() {
        choice.reload(job, useCases.showRound(), this::loadInspections);
    }

    private void loadInspections() {
        Round r = round.get();
        conflicts.load(r);
        if (r == null) {
            inspections.clear();
            return;
        }
        job.quick(p -> useCases.listTeamSites().run(r.id(), null).stream()
                .filter(s -> s.status().locked() || s.status() == InspectionStatus.RETURNED).toList(), list -> {
            String keep = chosen.get() == null ? null : chosen.get().drawn().site().id();
            inspections.setAll(list);
            ListTeamSites.ListedSite pick = list.stream().filter(s -> s.drawn().site().id().equals(keep)).findFirst()
                    .orElse(list.stream().filter(s -> s.status() == InspectionStatus.COMPLETED).findFirst().orElse(null));
            if (java.util.Objects.equals(pick, chosen.get())) {
                open(pick);
            } else {
                chosen.set(pick);
            }
        });
    }

    private record Opened(InspectionSheet sheet, Map<String, ReviewComment> comments) {
    }

    private void open(ListTeamSites.ListedSite site) {
        if (site == null) {
            lines.clear();
            heading.set("");
            return;
        }
        String roundId = round.get().id();
        String siteId = site.drawn().site().id();
        job.quick(p -> new Opened(useCases.openInspection().run(roundId, siteId), useCases.reviewInspection().comments(roundId, siteId)),
                opened -> show(opened.sheet(), opened.comments()));
    }

    private void show(InspectionSheet sheet, Map<String, ReviewComment> comments) {
        SiteScore score = sheet.score();
        heading.set(Messages.get("review.heading", sheet.site().name(), sheet.site().siteType(), sheet.team() == null ? "—" : sheet.team(),
                Messages.get("inspection.status." + sheet.inspection().status().name()), Rounding.percent(score.scoreRate()).toPlainString(),
                score.problems()));
        lines.setAll(sheet.standards().stream().map(s -> {
            Finding f = sheet.findings().get(s.code());
            BigDecimal earned = sheet.earned(s).orElse(null);
            ReviewComment earlier = comments.get(s.code());
            return new Line(s, f, f == null ? Messages.get("review.unanswered") : Messages.answer(f.answer()), earned,
                    new SimpleStringProperty(earlier == null ? "" : earlier.comment()));
        }).toList());
    }

    public void approve() {
        ListTeamSites.ListedSite site = chosen.get();
        if (site == null) {
            return;
        }
        job.quick(p -> {
            useCases.reviewInspection().approve(round.get().id(), site.drawn().site().id(), null);
            return site;
        }, done -> {
            job.say(Messages.get("cli.review.approved", site.drawn().site().name()));
            loadInspections();
            events.changed(this);
        });
    }

    /** Returns the inspection with the comments written on its findings (at least one). */
    public void returnWithComments() {
        ListTeamSites.ListedSite site = chosen.get();
        if (site == null) {
            return;
        }
        Map<String, String> comments = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.comment().get().isBlank()).forEach(l -> comments.put(l.standard().code(), l.comment().get()));
        job.quick(p -> {
            useCases.reviewInspection().returnWithComments(round.get().id(), site.drawn().site().id(), comments, null);
            return comments.size();
        }, count -> {
            job.say(Messages.get("cli.review.returned", site.drawn().site().name(), count));
            loadInspections();
            events.changed(this);
        });
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

    public ObservableList<ListTeamSites.ListedSite> inspections() {
        return inspections;
    }

    public ObjectProperty<ListTeamSites.ListedSite> chosenProperty() {
        return chosen;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    /** 导入结果包: the office takes in teams' result packages (or, on a field laptop, a task package). */
    public void importPackages() {
        packages.chooseAndImport();
    }

    /** Takes in packages the program was opened with (a file manager's double click). */
    public void importPackages(java.util.List<java.nio.file.Path> files) {
        packages.importFiles(files);
    }

    /** 导出任务包: a team's task package for the chosen round. */
    public void exportTask() {
        packages.exportTask(round.get());
    }
}
