package org.civicinspect.gui.review;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.PackageActions;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Inspection;
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
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.review.CorrectFinding;
import org.civicinspect.service.review.ListConflicts;
import org.civicinspect.service.review.ResolveConflict;
import org.civicinspect.service.review.ReviewInspection;
import org.civicinspect.service.rounds.ShowRound;

/**
 * 审核: the round's completed inspections, one at a time with every finding and its photos; approve it, or write a
 * comment on the findings to look at again and return it, each after a question naming the site and round. A finding of
 * an approved inspection is corrected with a reason. Each decision is taken on the inspection (or finding) as the
 * screen shows it: when a colleague changed it meanwhile, the refusal says who and when, and the screen reads it again.
 */
public final class ReviewViewModel {

    /** A finding as the reviewer sees it, with the files of its photos and the comment being written on it. */
    public record Line(Standard standard, Finding finding, String result, BigDecimal earned, List<Path> photos, StringProperty comment) {
    }

    /** The size a photo is shown at in the table. */
    public static final double THUMBNAIL_WIDTH = 64;
    public static final double THUMBNAIL_HEIGHT = 48;
    /** The most counts a 按处扣分 correction offers beyond the one recorded. */
    private static final int MORE_COUNTS = 5;

    /**
     * What the screen calls: the rounds and their inspections, the review itself, the conflict queue (with the photo store
     * for its thumbnails), and the packages taken in and written here.
     */
    public record UseCases(ShowRound showRound, ListTeamSites listTeamSites, OpenInspection openInspection, ReviewInspection reviewInspection, ListConflicts listConflicts,
                           ResolveConflict resolveConflict, AddPhoto addPhoto, CorrectFinding correctFinding, PackageActions.UseCases packages) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ObjectProperty<Round> round = choice.chosenProperty();
    private final ObservableList<ListTeamSites.ListedSite> inspections = FXCollections.observableArrayList();
    private final ObjectProperty<ListTeamSites.ListedSite> chosen = new SimpleObjectProperty<>();
    /** The inspection whose findings are shown, at the version shown; decisions are taken on it. */
    private Inspection shown;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Line> line = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> correction = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final Map<Path, Image> thumbnails = new HashMap<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mayNotDecide = new ReadOnlyStringWrapper("");
    private final ConflictsViewModel conflicts;
    private final PackageActions packages;
    private final WorkspaceEvents events;

    /** The review screen on the given use cases, telling {@code events} of every review decision, resolved conflict and package taken in here. */
    public ReviewViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.useCases = useCases;
        this.executor = executor;
        this.dialogs = dialogs;
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
        job.quick(p -> useCases.reviewInspection().refusal().map(r -> Messages.get(r.messageKey(), r.args().toArray())).orElse(""),
                mayNotDecide::set);
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

    private record Opened(InspectionSheet sheet, Map<String, ReviewComment> comments, Map<String, List<Path>> photos) {
    }

    private void open(ListTeamSites.ListedSite site) {
        if (site == null) {
            shown = null;
            lines.clear();
            heading.set("");
            return;
        }
        String roundId = round.get().id();
        String siteId = site.drawn().site().id();
        job.quick(p -> {
            InspectionSheet sheet = useCases.openInspection().run(roundId, siteId);
            Map<String, List<Path>> photos = new HashMap<>();
            sheet.findings().forEach((code, f) -> photos.put(code, f.photos().stream().map(useCases.addPhoto()::file).toList()));
            return new Opened(sheet, useCases.reviewInspection().comments(roundId, siteId), photos);
        }, opened -> show(opened.sheet(), opened.comments(), opened.photos()));
    }

    private void show(InspectionSheet sheet, Map<String, ReviewComment> comments, Map<String, List<Path>> photos) {
        thumbnails.clear();
        shown = sheet.inspection();
        SiteScore score = sheet.score();
        heading.set(Messages.get("review.heading", sheet.site().name(), sheet.site().siteType(), sheet.team() == null ? "—" : sheet.team(),
                Messages.get("inspection.status." + sheet.inspection().status().name()), Rounding.percent(score.scoreRate()).toPlainString(),
                score.problems()));
        lines.setAll(sheet.standards().stream().map(s -> {
            Finding f = sheet.findings().get(s.code());
            BigDecimal earned = sheet.earned(s).orElse(null);
            ReviewComment earlier = comments.get(s.code());
            return new Line(s, f, f == null ? Messages.get("review.unanswered") : Messages.answer(f.answer()), earned,
                    photos.getOrDefault(s.code(), List.of()), new SimpleStringProperty(earlier == null ? "" : earlier.comment()));
        }).toList());
    }

    /** Approves the chosen inspection once the reviewer confirms it, named by site and round. */
    public void approve() {
        ListTeamSites.ListedSite site = chosen.get();
        Inspection decided = shown;
        if (site == null || !showing(site, decided) || !dialogs.confirm(Messages.get("review.confirmApproveTitle"),
                Messages.get("review.confirmApprove", site.drawn().site().name(), round.get().name()), "review.approve", "dialog.cancel")) {
            return;
        }
        job.quick(p -> {
            useCases.reviewInspection().approve(round.get().id(), site.drawn().site().id(), decided.version());
            return site;
        }, done -> {
            job.say(Messages.get("cli.review.approved", site.drawn().site().name()));
            loadInspections();
            events.changed(this);
        }, this::loadInspections);
    }

    /**
     * Returns the inspection with the comments written on its findings (at least one), once the reviewer confirms it;
     * without a comment it is refused before anything is asked.
     */
    public void returnWithComments() {
        ListTeamSites.ListedSite site = chosen.get();
        Inspection decided = shown;
        if (site == null || !showing(site, decided)) {
            return;
        }
        Map<String, String> comments = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.comment().get().isBlank()).forEach(l -> comments.put(l.standard().code(), l.comment().get()));
        if (!comments.isEmpty() && !dialogs.confirm(Messages.get("review.confirmReturnTitle"),
                Messages.get("review.confirmReturn", site.drawn().site().name(), round.get().name(), comments.size()), "review.return", "dialog.cancel")) {
            return;
        }
        job.quick(p -> {
            useCases.reviewInspection().returnWithComments(round.get().id(), site.drawn().site().id(), comments, decided.version());
            return comments.size();
        }, count -> {
            job.say(Messages.get("cli.review.returned", site.drawn().site().name(), count));
            loadInspections();
            events.changed(this);
        }, this::loadInspections);
    }

    /** Whether the findings shown are those of the chosen site (they are read after it is chosen). */
    private static boolean showing(ListTeamSites.ListedSite site, Inspection decided) {
        return decided != null && decided.siteId().equals(site.drawn().site().id());
    }

    /** The answers a correction of this line may give: those fitting its standard's scoring mode, and 不适用, but not the one it has. */
    public List<Answer> corrections(Line l) {
        List<Answer> answers = new ArrayList<>(switch (l.standard().scoring().mode()) {
            case BINARY -> List.of(Answer.met(), Answer.notMet());
            case GRADED -> Arrays.stream(Grade.values()).map(Answer::grade).toList();
            case DEDUCTION -> IntStream.rangeClosed(0, recordedCount(l) + MORE_COUNTS).mapToObj(Answer::occurrences).toList();
        });
        answers.add(Answer.notApplicable());
        if (l.finding() != null) {
            answers.remove(l.finding().answer());
        }
        return answers;
    }

    private static int recordedCount(Line l) {
        return l.finding() == null || l.finding().answer().count() == null ? 0 : l.finding().answer().count();
    }

    /** Whether the line chosen in the table is a finding of an approved inspection, which only a correction changes. */
    public BooleanBinding correctable() {
        return Bindings.createBooleanBinding(() -> line.get() != null && line.get().finding() != null && chosen.get() != null
                && chosen.get().status() == InspectionStatus.APPROVED && mayNotDecide.get().isEmpty(), line, chosen, mayNotDecide);
    }

    /**
     * Corrects the chosen line's finding to the chosen answer, keeping its note and photos, once the reviewer confirms;
     * the reason is required and goes into the audit log. The table is read again afterwards.
     */
    public void correct() {
        Answer answer = correction.get();
        String reason = this.reason.get();
        Line l = line.get();
        ListTeamSites.ListedSite site = chosen.get();
        if (l == null || l.finding() == null || site == null || answer == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            job.say(Messages.get("review.correctionNeedsReason"));
            return;
        }
        String siteName = site.drawn().site().name();
        String code = l.standard().code();
        if (!dialogs.confirm(Messages.get("review.confirmCorrectTitle"), Messages.get("review.confirmCorrect", siteName, round.get().name(), code,
                Messages.answer(l.finding().answer()), Messages.answer(answer), reason.strip()), "review.correctYes", "dialog.cancel")) {
            return;
        }
        Finding f = l.finding();
        RecordFinding.Request request = new RecordFinding.Request(f.roundId(), f.siteId(), code, answer, f.note(), f.photos(), null);
        job.quick(p -> useCases.correctFinding().run(request, reason, f), corrected -> {
            job.say(Messages.get("review.corrected", siteName, code, Messages.answer(corrected.answer())));
            correction.set(null);
            this.reason.set("");
            open(site);
            events.changed(this);
        }, () -> open(site));
    }

    /** A photo in the table's size, read off the JavaFX thread the first time; {@code show} gets it on the JavaFX thread. */
    public void thumbnail(Path file, Consumer<Image> show) {
        Image known = thumbnails.get(file);
        if (known != null) {
            show.accept(known);
            return;
        }
        executor.run(p -> new Image(file.toUri().toString(), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, true, true, false), image -> {
            thumbnails.put(file, image);
            show.accept(image);
        }, job::failed);
    }

    /** A photo at full size, read off the JavaFX thread; {@code show} gets it on the JavaFX thread. */
    public void photo(Path file, Consumer<Image> show) {
        executor.run(p -> new Image(file.toUri().toString(), false), show, job::failed);
    }

    /** The line chosen in the table. */
    public ObjectProperty<Line> lineProperty() {
        return line;
    }

    /** The answer a correction gives the chosen line. */
    public ObjectProperty<Answer> correctionProperty() {
        return correction;
    }

    /** Why the chosen line is corrected. */
    public StringProperty reasonProperty() {
        return reason;
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

    /**
     * Why the person signed in may not approve, return, resolve or correct (nobody signed in, or a role that may not
     * approve), in one sentence; empty when they may. The screen shows it and disables those buttons.
     */
    public ReadOnlyStringProperty mayNotDecideProperty() {
        return mayNotDecide.getReadOnlyProperty();
    }

    /** Whether the person signed in may approve, return, resolve conflicts and correct. */
    public BooleanBinding mayDecide() {
        return mayNotDecide.isEmpty();
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
