package org.civicinspect.gui.scoring;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.PackageActions;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.Views;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Recheck;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Round;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.model.Team;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SiteScore;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.fieldwork.AnnotateFinding;
import org.civicinspect.service.fieldwork.CompleteInspection;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.fieldwork.OpenInspection;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.fieldwork.SaveInspectionHeader;
import org.civicinspect.service.fieldwork.ShowHistory;
import org.civicinspect.service.people.ListPeople;
import org.civicinspect.service.review.ReviewInspection;
import org.civicinspect.service.rounds.ShowRound;

/**
 * 现场评分: the team's sites, the open site's checklist and answers, the live score, and the durable recording
 * of every answer, note and photo. Nothing shows as saved before its transaction has committed.
 */
public final class ScoringViewModel {

    /**
     * One line of the checklist: a standard with its current finding (null while unanswered) and, while the
     * inspection is returned, the reviewer's comment on it (null when there is none).
     */
    public record Row(Standard standard, String category, String indicator, Finding finding, ReviewComment comment, Recheck recheck) {
        public boolean answered() {
            return finding != null;
        }
    }

    private Map<String, ReviewComment> comments = Map.of();
    private Map<String, Recheck> rechecks = Map.of();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /**
     * What the screen calls: the rounds and teams to choose from, the inspection sheets (with the reviewer's comments on a
     * returned one), the recording of answers, notes and photos, a finding's history, and the packages of a field laptop.
     */
    public record UseCases(ShowRound showRound, ListPeople listPeople, ListTeamSites listTeamSites, OpenInspection openInspection,
                           SaveInspectionHeader saveInspectionHeader, CompleteInspection completeInspection, RecordFinding recordFinding,
                           AnnotateFinding annotateFinding, AddPhoto addPhoto, ShowHistory showHistory, ReviewInspection reviewInspection,
                           PackageActions.UseCases packages) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    /** Answers are recorded under this computer's user: the service fills in who answered. */
    private static final String ANSWERED_HERE = null;

    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final StringProperty team = new SimpleStringProperty();
    private final ObservableList<ListTeamSites.ListedSite> sites = FXCollections.observableArrayList();
    private final ObjectProperty<ListTeamSites.ListedSite> site = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InspectionSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper scoreLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedLine = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty remarks = new SimpleStringProperty("");
    private final StringProperty arrival = new SimpleStringProperty("");
    private final Map<String, String> teamMembers = new HashMap<>();
    private final Map<String, Deque<Finding>> history = new HashMap<>();
    private final Deque<String> undoOrder = new ArrayDeque<>();

    private final PackageActions packages;
    private final WorkspaceEvents events;

    /** The 现场评分 screen on the given use cases; every read and every recording runs on {@code executor}. */
    public ScoringViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs) {
        this(useCases, executor, dialogs, new WorkspaceEvents());
    }

    /** As above, telling {@code events} of every answer recorded and every package taken in here. */
    public ScoringViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.useCases = useCases;
        this.executor = executor;
        this.dialogs = dialogs;
        this.events = events;
        this.packages = new PackageActions(useCases.packages(), new JobState(executor, dialogs), dialogs, () -> {
            reload();
            events.changed(this);
        });
        round.addListener((o, a, r) -> loadSites());
        team.addListener((o, a, t) -> loadSites());
        site.addListener((o, a, s) -> open(s));
    }

    private record Choices(List<Round> rounds, List<Team> teams) {
    }

    /** 导入任务包: the office's task package for this laptop's team (or several packages at once). */
    public void importPackages() {
        packages.chooseAndImport();
    }

    public void importPackages(List<java.nio.file.Path> files) {
        packages.importFiles(files);
    }

    /** 导出结果包: everything this laptop scored for the round of its task, for the office. */
    public void exportResults() {
        packages.exportResults();
    }

    public void reload() {
        executor.run(p -> new Choices(useCases.showRound().list(), useCases.listPeople().teams()), choices -> {
            rounds.setAll(choices.rounds());
            teams.setAll(choices.teams().stream().map(Team::name).toList());
            teamMembers.clear();
            choices.teams().forEach(t -> teamMembers.put(t.name(),
                    String.join("、", t.members().stream().map(org.civicinspect.model.Person::name).toList())));
            Round kept = round.get() == null ? null : choices.rounds().stream().filter(r -> r.id().equals(round.get().id())).findFirst().orElse(null);
            if (kept == null && !choices.rounds().isEmpty()) {
                round.set(choices.rounds().get(choices.rounds().size() - 1));
            } else if (kept != null && !kept.equals(round.get())) {
                round.set(kept);
            } else {
                loadSites();
            }
        }, this::failed);
    }

    private void loadSites() {
        Round r = round.get();
        if (r == null) {
            sites.clear();
            return;
        }
        String keep = site.get() == null ? null : site.get().drawn().site().id();
        String chosenTeam = team.get() == null || team.get().isEmpty() ? null : team.get();
        executor.run(p -> useCases.listTeamSites().run(r.id(), chosenTeam), listed -> {
            sites.setAll(listed);
            listed.stream().filter(l -> l.drawn().site().id().equals(keep)).findFirst().ifPresent(site::set);
        }, this::failed);
    }

    private void open(ListTeamSites.ListedSite listed) {
        if (listed == null) {
            sheet.set(null);
            rows.clear();
            return;
        }
        String roundId = round.get().id();
        String siteId = listed.drawn().site().id();
        executor.run(p -> new Opened(useCases.openInspection().run(roundId, siteId), useCases.reviewInspection().comments(roundId, siteId),
                useCases.openInspection().rechecks(roundId, siteId)), both -> {
            InspectionSheet opened = both.sheet();
            comments = opened.inspection().status() == InspectionStatus.RETURNED ? both.comments() : Map.of();
            rechecks = both.rechecks();
            history.clear();
            undoOrder.clear();
            show(opened);
            selected.set(rows.isEmpty() ? -1 : firstUnanswered().orElse(0));
            members.set(opened.inspection().members().isEmpty() ? teamMembers(opened.team()) : opened.inspection().members());
            remarks.set(opened.inspection().remarks());
            arrival.set(opened.inspection().arrivedAt() == null ? "" : CLOCK.format(opened.inspection().arrivedAt().atZone(ZoneId.systemDefault())));
            savedLine.set("");
            message.set("");
        }, this::failed);
    }

    /** A sheet as opened, with the review comments on its standards and the problems of earlier rounds to recheck. */
    private record Opened(InspectionSheet sheet, Map<String, ReviewComment> comments, Map<String, Recheck> rechecks) {
    }

    private String teamMembers(String teamName) {
        return teamName == null ? "" : teamMembers.getOrDefault(teamName, "");
    }

    private void show(InspectionSheet opened) {
        sheet.set(opened);
        List<Row> list = new ArrayList<>();
        opened.checklist().categories().forEach(c -> c.indicators().forEach(i -> i.standards().forEach(
                s -> list.add(new Row(s, c.name(), i.name(), opened.findings().get(s.code()), comments.get(s.code()), rechecks.get(s.code()))))));
        int keep = selected.get();
        rows.setAll(list);
        selected.set(keep);
        updateScore();
    }

    private void updateScore() {
        InspectionSheet current = sheet.get();
        if (current == null) {
            scoreLine.set("");
            return;
        }
        SiteScore score = current.score();
        scoreLine.set(Messages.get("scoring.scoreLine", Rounding.forDisplay(score.earned()).toPlainString(),
                Rounding.forDisplay(score.possible()).toPlainString(), Rounding.percent(score.scoreRate()).toPlainString(),
                Rounding.percent(score.complianceRate()).toPlainString(), score.problems(), score.answered(), current.standards().size()));
    }

    /** Answers the selected standard, then moves on to the next unanswered one. */
    public void answer(Answer answer) {
        Row row = selectedRow();
        if (row == null || readOnly()) {
            return;
        }
        if (!answer.fits(row.standard().scoring().mode())) {
            message.set(Messages.get("scoring.keyDoesNotFit", Messages.scoring(row.standard().scoring())));
            return;
        }
        InspectionSheet current = sheet.get();
        save(row, () -> useCases.recordFinding().answer(current.round().id(), current.site().id(), row.standard().code(), answer, ANSWERED_HERE),
                true, true);
    }

    /** A digit: occurrences for 按处扣分, violations (and so the grade) for A/B/C/C#. */
    public void count(int n) {
        Row row = selectedRow();
        if (row == null) {
            return;
        }
        ScoringMode mode = row.standard().scoring().mode();
        if (mode == ScoringMode.DEDUCTION) {
            answer(Answer.occurrences(n));
        } else if (mode == ScoringMode.GRADED) {
            answer(Answer.violations(n));
        } else {
            answer(n == 1 ? Answer.met() : n == 2 ? Answer.notMet() : Answer.occurrences(n));
        }
    }

    public void grade(Grade grade) {
        answer(Answer.grade(grade));
    }

    /** Saves the note of the selected finding (the view debounces typing). */
    public void saveNote(String note) {
        Row row = selectedRow();
        if (row == null || readOnly()) {
            return;
        }
        if (row.finding() == null) {
            message.set(Messages.get("scoring.answerFirst"));
            return;
        }
        if (!row.finding().note().equals(note.strip())) {
            InspectionSheet current = sheet.get();
            save(row, () -> useCases.annotateFinding().note(current.round().id(), current.site().id(), row.standard().code(), note, ANSWERED_HERE),
                    false, false);
        }
    }

    /** Adds a photo to the selected finding: stored by SHA-256, then linked in one transaction. */
    public void attachPhoto(Path file) {
        Row row = selectedRow();
        if (row == null || readOnly()) {
            return;
        }
        if (row.finding() == null) {
            message.set(Messages.get("scoring.answerFirst"));
            return;
        }
        InspectionSheet current = sheet.get();
        save(row, () -> useCases.annotateFinding().addPhoto(current.round().id(), current.site().id(), row.standard().code(),
                useCases.addPhoto().run(file), ANSWERED_HERE), false, false);
    }

    public void removePhoto(String sha256) {
        Row row = selectedRow();
        if (row == null || row.finding() == null || readOnly()) {
            return;
        }
        InspectionSheet current = sheet.get();
        save(row, () -> useCases.annotateFinding().removePhoto(current.round().id(), current.site().id(), row.standard().code(), sha256,
                ANSWERED_HERE), false, false);
    }

    public Path photoFile(String sha256) {
        return useCases.addPhoto().file(sha256);
    }

    /** The selected standard's history from the audit log: every change, who made it and when. */
    public void showHistory() {
        Row row = selectedRow();
        InspectionSheet current = sheet.get();
        if (row == null || current == null) {
            return;
        }
        executor.run(p -> useCases.showHistory().ofFinding(current.round().id(), current.site().id(), row.standard().code()),
                entries -> dialogs.showReport(Messages.get("scoring.history"), Messages.get("scoring.history.title", row.standard().code(),
                        entries.size()), entries.stream().map(e -> Views.time(e.at()) + "　" + e.actor() + "　" + e.detail()).toList(), false),
                this::failed);
    }

    /** Ctrl+Z: gives the last changed standard back the answer it had before. */
    public void undo() {
        while (!undoOrder.isEmpty()) {
            String code = undoOrder.pop();
            Deque<Finding> earlier = history.get(code);
            if (earlier == null || earlier.isEmpty()) {
                continue;
            }
            Finding previous = earlier.pop();
            int index = indexOf(code);
            if (previous == NO_EARLIER) {
                message.set(Messages.get("scoring.cannotUndoFirst"));
                return;
            }
            selected.set(index);
            InspectionSheet current = sheet.get();
            Row row = rows.get(index);
            save(row, () -> useCases.recordFinding().run(new RecordFinding.Request(current.round().id(), current.site().id(),
                    row.standard().code(), previous.answer(), previous.note(), previous.photos(), ANSWERED_HERE)), false, false);
            return;
        }
        message.set(Messages.get("scoring.nothingToUndo"));
    }

    /**
     * Runs one recording in the background; the row shows saved only once the transaction has committed. A save that
     * ends after the inspector has opened another site changes only its own site's line in the list, never the sheet
     * now shown, its focus or its undo history.
     */
    private void save(Row row, java.util.concurrent.Callable<Finding> recording, boolean advance, boolean remember) {
        Finding before = row.finding();
        InspectionSheet aimedAt = sheet.get();
        saving.set(true);
        savedLine.set(Messages.get("scoring.saving"));
        executor.run(p -> recording.call(), saved -> {
            InspectionSheet current = sheet.get();
            boolean stillShown = current != null && current.round().id().equals(saved.roundId())
                    && current.site().id().equals(saved.siteId());
            if (remember && stillShown) {
                history.computeIfAbsent(saved.standardCode(), k -> new ArrayDeque<>()).push(before == null ? NO_EARLIER : before);
                undoOrder.push(saved.standardCode());
            }
            saved(saved, stillShown ? current : aimedAt, stillShown, advance);
        }, this::failed);
    }

    // ArrayDeque refuses nulls: an answer that had no earlier version is remembered as this marker.
    private static final Finding NO_EARLIER = new Finding("", "", "", "", Answer.notApplicable(), "", List.of(), "", Instant.EPOCH, 0);

    private void saved(Finding saved, InspectionSheet on, boolean shown, boolean advance) {
        saving.set(false);
        savedLine.set(Messages.get("scoring.saved", CLOCK.format(LocalTime.now())));
        Map<String, Finding> findings = new HashMap<>(on.findings());
        findings.put(saved.standardCode(), saved);
        Inspection inspection = on.inspection();
        if (inspection.status() == InspectionStatus.NOT_STARTED) {
            inspection = new Inspection(inspection.roundId(), inspection.siteId(), InspectionStatus.IN_PROGRESS,
                    inspection.arrivedAt() == null ? saved.answeredAt() : inspection.arrivedAt(), inspection.members(), inspection.remarks());
        }
        InspectionSheet updated = new InspectionSheet(on.round(), on.site(), on.team(), on.checklist(), findings, inspection);
        if (shown) {
            message.set(saved.answer().failing() && saved.note().isBlank() && saved.photos().isEmpty() && updated.requiresEvidence()
                    ? Messages.get("scoring.needsEvidence") : "");
            show(updated);
            if (advance) {
                int here = indexOf(saved.standardCode());
                selected.set(nextUnansweredAfter(here).orElse(Math.min(here + 1, rows.size() - 1)));
            }
        }
        refreshListedSite(updated);
    }

    /** Updates a site's line in the site list (status and progress) from its sheet, without reading the list again. */
    private void refreshListedSite(InspectionSheet of) {
        SiteScore score = of.score();
        for (int i = 0; i < sites.size(); i++) {
            ListTeamSites.ListedSite listed = sites.get(i);
            if (listed.drawn().site().id().equals(of.site().id())) {
                sites.set(i, new ListTeamSites.ListedSite(listed.drawn(), of.inspection().status(), score.answered(),
                        of.standards().size()));
                events.changed(this);
                return;
            }
        }
    }

    public void move(int delta) {
        if (!rows.isEmpty()) {
            selected.set(Math.max(0, Math.min(rows.size() - 1, selected.get() + delta)));
        }
    }

    public void nextUnanswered() {
        Optional<Integer> next = nextUnansweredAfter(selected.get());
        if (next.isPresent()) {
            selected.set(next.get());
        } else {
            message.set(Messages.get("scoring.allAnswered"));
        }
    }

    private Optional<Integer> firstUnanswered() {
        return nextUnansweredAfter(-1);
    }

    private Optional<Integer> nextUnansweredAfter(int index) {
        for (int step = 1; step <= rows.size(); step++) {
            int i = (index + step + rows.size()) % rows.size();
            if (!rows.get(i).answered()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private int indexOf(String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).standard().code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public void saveHeader() {
        InspectionSheet current = sheet.get();
        if (current == null || readOnly()) {
            return;
        }
        Instant arrivedAt = parseArrival(current);
        executor.run(p -> {
            useCases.saveInspectionHeader().run(current.round().id(), current.site().id(), arrivedAt, members.get(), remarks.get());
            return useCases.openInspection().run(current.round().id(), current.site().id());
        }, reopened -> {
            show(reopened);
            savedLine.set(Messages.get("scoring.saved", CLOCK.format(LocalTime.now())));
        }, this::failed);
    }

    private Instant parseArrival(InspectionSheet current) {
        String text = arrival.get() == null ? "" : arrival.get().strip();
        if (text.isEmpty()) {
            return current.inspection().arrivedAt();
        }
        try {
            LocalTime time = LocalTime.parse(text.length() == 5 ? text + ":00" : text);
            return java.time.LocalDate.now().atTime(time).atZone(ZoneId.systemDefault()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return current.inspection().arrivedAt();
        }
    }

    /** Marks the site 已完成, or says what is missing. */
    public void complete() {
        InspectionSheet current = sheet.get();
        if (current == null) {
            return;
        }
        executor.run(p -> useCases.completeInspection().run(current.round().id(), current.site().id()), done -> {
            show(done);
            message.set(Messages.get("scoring.completed", done.site().name()));
            refreshListedSite(done);
        }, error -> {
            if (error instanceof RequestRefused refused) {
                message.set(Messages.get(refused.messageKey(), refused.args()));
                InspectionSheet s = sheet.get();
                s.unanswered().stream().findFirst().ifPresent(first -> selected.set(indexOf(first.code())));
                if (s.unanswered().isEmpty()) {
                    s.missingEvidence().stream().findFirst().ifPresent(first -> selected.set(indexOf(first.code())));
                }
            } else {
                failed(error);
            }
        });
    }

    public boolean readOnly() {
        return sheet.get() != null && sheet.get().inspection().status().locked();
    }

    public Row selectedRow() {
        int i = selected.get();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    private void failed(Throwable error) {
        saving.set(false);
        if (error instanceof RequestRefused refused) {
            savedLine.set("");
            message.set(Messages.get(refused.messageKey(), refused.args()));
            return;
        }
        savedLine.set(Messages.get("scoring.notSaved"));
        dialogs.showError(Messages.get("scoring.notSaved"), String.valueOf(error.getMessage()));
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObservableList<ListTeamSites.ListedSite> sites() {
        return sites;
    }

    public ObjectProperty<ListTeamSites.ListedSite> siteProperty() {
        return site;
    }

    public ReadOnlyObjectProperty<InspectionSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty scoreLineProperty() {
        return scoreLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedLineProperty() {
        return savedLine.getReadOnlyProperty();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty membersProperty() {
        return members;
    }

    public StringProperty remarksProperty() {
        return remarks;
    }

    public StringProperty arrivalProperty() {
        return arrival;
    }
}
