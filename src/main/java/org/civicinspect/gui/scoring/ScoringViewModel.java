package org.civicinspect.gui.scoring;

import java.util.function.Consumer;
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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
import org.civicinspect.service.fieldwork.FindingChange;
import org.civicinspect.service.fieldwork.InspectionSheet;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.fieldwork.OpenInspection;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.fieldwork.ReopenInspection;
import org.civicinspect.service.fieldwork.SaveInspectionHeader;
import org.civicinspect.service.fieldwork.ShowHistory;
import org.civicinspect.service.fieldwork.WithdrawAnswer;
import org.civicinspect.service.people.ListPeople;
import org.civicinspect.service.review.ReviewInspection;
import org.civicinspect.service.rounds.ShowRound;

/**
 * 现场评分: the team's sites, the open site's checklist and answers, the live score, and the durable recording
 * of every answer, note and photo. Nothing shows as saved before its transaction has committed.
 */
public final class ScoringViewModel {

    /**
     * One line of the checklist: a standard with its committed finding (null while unanswered), what the inspector
     * has entered on it that is still being saved ({@code pending}, null when nothing is), the digits being typed on a
     * counting standard ({@code typing}, null when none) and, while the inspection is returned, the reviewer's comment.
     */
    public record Row(Standard standard, String category, String indicator, Finding finding, ReviewComment comment, Recheck recheck,
                      Entry pending, String typing) {

        /** The answer as the inspector sees it: what is being saved, else what was saved; null when unanswered. */
        public Answer answer() {
            return pending != null ? pending.answer() : finding == null ? null : finding.answer();
        }

        public String note() {
            return pending != null ? pending.note() : finding == null ? "" : finding.note();
        }

        public List<String> photos() {
            return pending != null ? pending.photos() : finding == null ? List.of() : finding.photos();
        }

        public boolean answered() {
            return answer() != null;
        }

        /** Whether something entered on this line has not yet been committed. */
        public boolean saving() {
            return pending != null;
        }

        /** A failing answer with neither a note nor a photo (nor a photo on its way). */
        public boolean lacksEvidence() {
            return answered() && answer().failing() && note().isBlank() && photos().isEmpty() && (pending == null || pending.photosComing() == 0);
        }

        Row with(Entry newPending, String newTyping) {
            return new Row(standard, category, indicator, finding, comment, recheck, newPending, newTyping);
        }
    }

    /** What a line is meant to hold once its saves commit: answer (null: unanswered), note, photos and photos being stored. */
    public record Entry(Answer answer, String note, List<String> photos, int photosComing) {
    }

    private Map<String, ReviewComment> comments = Map.of();
    private Map<String, Recheck> rechecks = Map.of();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    /** Counts of more than four digits are refused: no site has ten thousand occurrences of one problem. */
    private static final int MAX_DIGITS = 4;

    /**
     * What the screen calls: the rounds and teams to choose from, the inspection sheets (with the reviewer's comments on a
     * returned one), the recording of answers, notes and photos, a finding's history, and the packages of a field laptop.
     */
    public record UseCases(ShowRound showRound, ListPeople listPeople, ListTeamSites listTeamSites, OpenInspection openInspection,
                           SaveInspectionHeader saveInspectionHeader, CompleteInspection completeInspection,
                           ReopenInspection reopenInspection, RecordFinding recordFinding, WithdrawAnswer withdrawAnswer,
                           AnnotateFinding annotateFinding, AddPhoto addPhoto, ShowHistory showHistory, ReviewInspection reviewInspection,
                           PackageActions.UseCases packages) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    /** Answers are recorded under the person signed in at this workspace: the service fills in who answered. */
    private static final String ANSWERED_HERE = null;

    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final StringProperty team = new SimpleStringProperty();
    private final ObservableList<ListTeamSites.ListedSite> sites = FXCollections.observableArrayList();
    private final ObjectProperty<ListTeamSites.ListedSite> site = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<InspectionSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ChecklistRows rows = new ChecklistRows();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper scoreLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedLine = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockedLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper noteRequests = new ReadOnlyIntegerWrapper(0);
    private final StringProperty members = new SimpleStringProperty("");
    private final StringProperty remarks = new SimpleStringProperty("");
    private final StringProperty arrival = new SimpleStringProperty("");
    private final Map<String, String> teamMembers = new HashMap<>();

    /** The changes the inspector can take back with Ctrl+Z, newest first: what a line's answer or photos were before. */
    private record Undo(String code, boolean photos, Answer answer, List<String> photoList) {
    }

    private final Deque<Undo> undos = new ArrayDeque<>();
    /** What is entered on each line of the shown sheet and not yet committed, and how many saves of it are on their way. */
    private final Map<String, Entry> pending = new HashMap<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    /** Counts the sheets opened: a save that ends after another sheet was opened belongs to the older one. */
    private int opened;
    private int outstanding;
    /** The line whose failing answer waits for its note or photo before the inspector moves on. */
    private String waitingForEvidence;
    private boolean headerSaving;

    private final PackageActions packages;
    private final WorkspaceEvents events;

    /** The 现场评分 screen on the given use cases (every read and recording runs on {@code executor}), telling {@code events} of every answer recorded and package taken in here. */
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
        opened++;
        pending.clear();
        inFlight.clear();
        undos.clear();
        waitingForEvidence = null;
        if (listed == null) {
            sheet.set(null);
            rows.clear();
            return;
        }
        String roundId = round.get().id();
        String siteId = listed.drawn().site().id();
        int opening = opened;
        executor.run(p -> {
            OpenInspection.SheetToRecheck read = useCases.openInspection().withRechecks(roundId, siteId);
            Map<String, ReviewComment> returned = read.sheet().inspection().status() == InspectionStatus.RETURNED
                    ? useCases.reviewInspection().comments(roundId, siteId) : Map.of();
            return new Opened(read.sheet(), returned, read.rechecks());
        }, both -> {
            if (opening != opened) {
                return;
            }
            InspectionSheet sheetOpened = both.sheet();
            comments = both.comments();
            rechecks = both.rechecks();
            show(sheetOpened);
            selected.set(rows.isEmpty() ? -1 : firstUnanswered().orElse(0));
            members.set(sheetOpened.inspection().members().isEmpty() ? teamMembers(sheetOpened.team()) : sheetOpened.inspection().members());
            remarks.set(sheetOpened.inspection().remarks());
            arrival.set(sheetOpened.inspection().arrivedAt() == null ? ""
                    : CLOCK.format(sheetOpened.inspection().arrivedAt().atZone(ZoneId.systemDefault())));
            savedLine.set("");
            message.set("");
        }, this::failed);
    }

    /** A sheet as opened, with the review comments on its standards (while it is returned) and the problems of earlier rounds to recheck. */
    private record Opened(InspectionSheet sheet, Map<String, ReviewComment> comments, Map<String, Recheck> rechecks) {
    }

    private String teamMembers(String teamName) {
        return teamName == null ? "" : teamMembers.getOrDefault(teamName, "");
    }

    private void show(InspectionSheet shown) {
        sheet.set(shown);
        List<Row> list = new ArrayList<>();
        shown.checklist().categories().forEach(c -> c.indicators().forEach(i -> i.standards().forEach(
                s -> list.add(new Row(s, c.name(), i.name(), shown.findings().get(s.code()), comments.get(s.code()), rechecks.get(s.code()),
                        pending.get(s.code()), null)))));
        int keep = selected.get();
        rows.replaceWith(list);
        selected.set(keep);
        updateScore();
        showLock(shown);
    }

    private void showLock(InspectionSheet shown) {
        InspectionStatus status = shown.inspection().status();
        lockedLine.set(status == InspectionStatus.COMPLETED ? Messages.get("scoring.readOnly.completed")
                : status == InspectionStatus.APPROVED ? Messages.get("scoring.readOnly.approved") : "");
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

    // --- keys: each acts on the line selected when it is pressed, and moving on is decided then, not when the save ends

    /** Answers the selected standard, then moves on to the next unanswered one (or waits there for evidence). */
    public void answer(Answer answer) {
        Row row = selectedRow();
        if (row == null || refusedAsReadOnly()) {
            return;
        }
        if (!answer.fits(row.standard().scoring().mode())) {
            message.set(Messages.get("scoring.keyDoesNotFit", Messages.scoring(row.standard().scoring()), keysOf(row)));
            return;
        }
        record(selected.get(), answer, true);
    }

    public void grade(Grade grade) {
        Row row = selectedRow();
        if (row != null && row.standard().scoring().mode() != ScoringMode.GRADED) {
            if (!refusedAsReadOnly()) {
                message.set(Messages.get("scoring.keyDoesNotFit", Messages.scoring(row.standard().scoring()), keysOf(row)));
            }
            return;
        }
        answer(Answer.grade(grade));
    }

    /**
     * A digit: 1 符合 / 2 不符合 on a binary standard; on a counting one (按处扣分, or violations giving a grade) the
     * digits gather into one number, committed by Enter, by moving on or after a pause.
     */
    public void digit(int digit) {
        Row row = selectedRow();
        if (row == null || refusedAsReadOnly()) {
            return;
        }
        if (row.standard().scoring().mode() == ScoringMode.BINARY) {
            if (digit == 1 || digit == 2) {
                record(selected.get(), digit == 1 ? Answer.met() : Answer.notMet(), true);
            } else {
                message.set(Messages.get("scoring.keyDoesNotFit", Messages.scoring(row.standard().scoring()), keysOf(row)));
            }
            return;
        }
        String typed = (row.typing() == null ? "" : row.typing()) + digit;
        if (typed.length() > MAX_DIGITS) {
            message.set(Messages.get("scoring.countTooLong", MAX_DIGITS));
            return;
        }
        type(typed);
    }

    /** The − / + of a counting line: one less or one more than it is typed or answered now, never below zero. */
    public void step(int index, int delta) {
        if (index != selected.get()) {
            select(index);
        }
        Row row = selectedRow();
        if (row == null || refusedAsReadOnly() || row.standard().scoring().mode() == ScoringMode.BINARY) {
            return;
        }
        int now = row.typing() != null ? Integer.parseInt(row.typing())
                : row.answer() != null && row.answer().count() != null ? row.answer().count() : 0;
        type(Integer.toString(Math.max(0, Math.min(9999, now + delta))));
    }

    private void type(String typed) {
        int index = selected.get();
        Row row = rows.get(index);
        rows.set(index, row.with(row.pending(), typed));
        int n = Integer.parseInt(typed);
        message.set(row.standard().scoring().mode() == ScoringMode.GRADED
                ? Messages.get("scoring.typingViolations", n, Grade.fromViolations(n).label())
                : Messages.get("scoring.typingOccurrences", n));
    }

    /** Whether digits are being typed on the selected line. */
    public boolean typing() {
        Row row = selectedRow();
        return row != null && row.typing() != null;
    }

    /** Records the typed number; with {@code advance}, then moves on as an answer does. */
    public void commitTyping(boolean advance) {
        Row row = selectedRow();
        if (row == null || row.typing() == null) {
            return;
        }
        int n = Integer.parseInt(row.typing());
        rows.set(selected.get(), row.with(row.pending(), null));
        record(selected.get(), row.standard().scoring().mode() == ScoringMode.GRADED ? Answer.violations(n) : Answer.occurrences(n), advance);
    }

    /** Backspace: takes the last typed digit away. */
    public void eraseDigit() {
        Row row = selectedRow();
        if (row != null && row.typing() != null) {
            String shorter = row.typing().substring(0, row.typing().length() - 1);
            if (shorter.isEmpty()) {
                cancelTyping();
            } else {
                type(shorter);
            }
        }
    }

    /** Esc: forgets the typed digits; nothing was recorded. */
    public void cancelTyping() {
        Row row = selectedRow();
        if (row != null && row.typing() != null) {
            rows.set(selected.get(), row.with(row.pending(), null));
            message.set("");
        }
    }

    /** A key that means nothing on the selected line: says so and changes nothing. */
    public void meaningless(String key) {
        Row row = selectedRow();
        if (row != null) {
            message.set(Messages.get("scoring.keyMeansNothing", key, keysOf(row)));
        }
    }

    /** The keys that answer a line, as its hint shows them. */
    public static String keysOf(Row row) {
        return switch (row.standard().scoring().mode()) {
            case BINARY -> Messages.get("scoring.keys.BINARY");
            case GRADED -> Messages.get("scoring.keys.GRADED");
            case DEDUCTION -> Messages.get("scoring.keys.DEDUCTION");
        };
    }

    private void record(int index, Answer answer, boolean advance) {
        Row row = rows.get(index).with(rows.get(index).pending(), null);
        rows.set(index, row);
        String code = row.standard().code();
        undos.push(new Undo(code, false, row.answer(), row.photos()));
        Entry intended = new Entry(answer, row.note(), row.photos(), row.pending() == null ? 0 : row.pending().photosComing());
        InspectionSheet current = sheet.get();
        submit(code, intended, () -> Optional.of(useCases.recordFinding().answer(current.round().id(), current.site().id(), code, answer,
                ANSWERED_HERE)));
        Row now = rows.get(index);
        if (now.lacksEvidence() && current.requiresEvidence()) {
            message.set(Messages.get("scoring.needsEvidence"));
            // Only an answer given to move on waits for its evidence; digits recorded by moving away were a deliberate move.
            if (advance) {
                waitingForEvidence = code;
                noteRequests.set(noteRequests.get() + 1);
            }
            return;
        }
        waitingForEvidence = null;
        message.set("");
        if (advance) {
            selected.set(nextUnansweredAfter(index).orElse(Math.min(index + 1, rows.size() - 1)));
        }
    }

    /** E: opens the selected line's note, when it has an answer to describe and the sheet can be changed. */
    public boolean openNote() {
        commitTyping(false);
        Row row = selectedRow();
        if (row == null || refusedAsReadOnly()) {
            return false;
        }
        if (!row.answered()) {
            message.set(Messages.get("scoring.answerFirst"));
            return false;
        }
        return true;
    }

    /** Saves the note of the selected finding (the view debounces typing). */
    public void saveNote(String note) {
        Row row = selectedRow();
        if (row != null) {
            saveNote(row.standard().code(), note);
        }
    }

    /** Saves the note written for the line with {@code code}, whichever line is selected by the time it is saved. */
    public void saveNote(String code, String note) {
        int index = indexOf(code);
        if (index < 0 || readOnly()) {
            return;
        }
        Row row = rows.get(index);
        if (!row.answered()) {
            message.set(Messages.get("scoring.answerFirst"));
            return;
        }
        String text = note == null ? "" : note.strip();
        if (!row.note().equals(text)) {
            InspectionSheet current = sheet.get();
            submit(code, new Entry(row.answer(), text, row.photos(), comingOf(row)),
                    () -> Optional.of(useCases.annotateFinding().note(current.round().id(), current.site().id(), code, text, ANSWERED_HERE)));
            if (!rows.get(index).lacksEvidence() && message.get().equals(Messages.get("scoring.needsEvidence"))) {
                message.set("");
            }
        }
    }

    /** Enter in the note: saves it and, when it was the evidence the line waited for, moves on. */
    public void noteDone(String code, String note) {
        saveNote(code, note);
        evidenceGiven(code);
    }

    private void evidenceGiven(String code) {
        int index = indexOf(code);
        if (code.equals(waitingForEvidence) && index >= 0 && !rows.get(index).lacksEvidence()) {
            waitingForEvidence = null;
            message.set("");
            selected.set(nextUnansweredAfter(index).orElse(Math.min(index + 1, rows.size() - 1)));
        }
    }

    /** P: the line a photo will go to, once the inspector has chosen it; empty (and says why) when it cannot take one. */
    public Optional<String> photoTarget() {
        commitTyping(false);
        Row row = selectedRow();
        if (row == null || refusedAsReadOnly()) {
            return Optional.empty();
        }
        if (!row.answered()) {
            message.set(Messages.get("scoring.photoNeedsAnswer"));
            return Optional.empty();
        }
        return Optional.of(row.standard().code());
    }

    /** Adds a photo to the selected finding (photos dropped on the screen). */
    public void attachPhoto(Path file) {
        photoTarget().ifPresent(code -> attachPhoto(code, file));
    }

    /** Adds a photo to the line with {@code code}: stored by SHA-256, then linked in one transaction. */
    public void attachPhoto(String code, Path file) {
        int index = indexOf(code);
        if (index < 0 || readOnly()) {
            return;
        }
        Row row = rows.get(index);
        InspectionSheet current = sheet.get();
        submit(code, new Entry(row.answer(), row.note(), row.photos(), comingOf(row) + 1),
                () -> Optional.of(useCases.annotateFinding().addPhoto(current.round().id(), current.site().id(), code,
                        useCases.addPhoto().run(file), ANSWERED_HERE)));
        if (row.lacksEvidence()) {
            evidenceGiven(code);
        }
    }

    /** Takes a photo off the selected finding; Ctrl+Z puts it back. */
    public void removePhoto(String sha256) {
        Row row = selectedRow();
        if (row == null || !row.answered() || refusedAsReadOnly()) {
            return;
        }
        String code = row.standard().code();
        undos.push(new Undo(code, true, row.answer(), row.photos()));
        InspectionSheet current = sheet.get();
        submit(code, new Entry(row.answer(), row.note(), row.photos().stream().filter(p -> !p.equals(sha256)).toList(), comingOf(row)),
                () -> Optional.of(useCases.annotateFinding().removePhoto(current.round().id(), current.site().id(), code, sha256, ANSWERED_HERE)));
        message.set(Messages.get("scoring.photoRemoved"));
    }

    private static int comingOf(Row row) {
        return row.pending() == null ? 0 : row.pending().photosComing();
    }

    /** Hands {@code show} a stored photo's file, found off the JavaFX thread (on a server it may be fetched from the database first). */
    public void photoFile(String sha256, Consumer<Path> show) {
        executor.run(p -> useCases.addPhoto().file(sha256), show, this::failed);
    }

    /** The selected standard's history in words: who answered what, when, with which note and photos. */
    public void showHistory() {
        Row row = selectedRow();
        InspectionSheet current = sheet.get();
        if (row == null || current == null) {
            return;
        }
        executor.run(p -> useCases.showHistory().changes(current.round().id(), current.site().id(), row.standard().code()),
                changes -> dialogs.showReport(Messages.get("scoring.history"), Messages.get("scoring.history.title", row.standard().code(),
                        changes.size()), changes.stream().map(ScoringViewModel::inWords).toList(), false),
                this::failed);
    }

    static String inWords(FindingChange change) {
        String when = Views.time(change.at());
        return switch (change.kind()) {
            case OTHER -> Messages.get("scoring.history.other", when, change.by(), change.detail());
            case WITHDRAWN -> Messages.get("scoring.history.withdrawn", when, change.by(), Messages.answer(change.answer()));
            default -> Messages.get(change.kind() == FindingChange.Kind.CORRECTED ? "scoring.history.corrected" : "scoring.history.answered",
                    when, change.by(), Messages.answer(change.answer()), change.note().isBlank() ? "—" : change.note(), change.photos().size(),
                    change.reason());
        };
    }

    /** Ctrl+Z: forgets digits being typed, else gives the last changed line back its answer (or unanswered) or its photos. */
    public void undo() {
        if (typing()) {
            cancelTyping();
            return;
        }
        if (undos.isEmpty()) {
            message.set(Messages.get("scoring.nothingToUndo"));
            return;
        }
        if (refusedAsReadOnly()) {
            return;
        }
        Undo undo = undos.pop();
        int index = indexOf(undo.code());
        selected.set(index);
        waitingForEvidence = null;
        Row row = rows.get(index);
        InspectionSheet current = sheet.get();
        String roundId = current.round().id();
        String siteId = current.site().id();
        if (undo.photos()) {
            submit(undo.code(), new Entry(row.answer(), row.note(), undo.photoList(), comingOf(row)),
                    () -> Optional.of(useCases.recordFinding().run(new RecordFinding.Request(roundId, siteId, undo.code(), row.answer(),
                            row.note(), undo.photoList(), ANSWERED_HERE))));
        } else if (undo.answer() == null) {
            submit(undo.code(), new Entry(null, "", List.of(), 0),
                    () -> {
                        useCases.withdrawAnswer().run(roundId, siteId, undo.code(), ANSWERED_HERE);
                        return Optional.<Finding>empty();
                    });
        } else {
            submit(undo.code(), new Entry(undo.answer(), row.note(), row.photos(), comingOf(row)),
                    () -> Optional.of(useCases.recordFinding().answer(roundId, siteId, undo.code(), undo.answer(), ANSWERED_HERE)));
        }
        message.set(Messages.get("scoring.undone", undo.code()));
    }

    /**
     * Puts a change in line to be saved. The line shows what was entered at once, marked as saving; it shows saved
     * only once the transaction has committed. Saves run one after another in the order the keys came. A save that
     * ends after the inspector has opened another site changes only that site's line in the list.
     */
    private void submit(String code, Entry intended, java.util.concurrent.Callable<Optional<Finding>> recording) {
        int sheetNumber = opened;
        InspectionSheet aimedAt = sheet.get();
        pending.put(code, intended);
        inFlight.merge(code, 1, Integer::sum);
        refreshRow(code);
        outstanding++;
        saving.set(true);
        savedLine.set(Messages.get("scoring.saving"));
        executor.run(p -> recording.call(), saved -> committed(sheetNumber, aimedAt, code, saved.orElse(null)),
                error -> notCommitted(sheetNumber, code, error));
    }

    private void committed(int sheetNumber, InspectionSheet aimedAt, String code, Finding saved) {
        settled();
        boolean shown = sheetNumber == opened && sheet.get() != null;
        InspectionSheet on = shown ? sheet.get() : aimedAt;
        Map<String, Finding> findings = new HashMap<>(on.findings());
        if (saved == null) {
            findings.remove(code);
        } else {
            findings.put(code, saved);
        }
        Inspection inspection = on.inspection();
        if (saved != null && inspection.status() == InspectionStatus.NOT_STARTED) {
            inspection = new Inspection(inspection.roundId(), inspection.siteId(), InspectionStatus.IN_PROGRESS,
                    inspection.arrivedAt() == null ? saved.answeredAt() : inspection.arrivedAt(), inspection.members(), inspection.remarks());
        }
        InspectionSheet updated = new InspectionSheet(on.round(), on.site(), on.team(), on.checklist(), findings, inspection);
        if (shown) {
            landed(code);
            sheet.set(updated);
            refreshRow(code);
            updateScore();
            if (inspection.arrivedAt() != null && (arrival.get() == null || arrival.get().isBlank())) {
                arrival.set(CLOCK.format(inspection.arrivedAt().atZone(ZoneId.systemDefault())));
            }
            // The inspectors present default to the team; the first answer saves them, so the site sheet names them.
            if (inspection.members().isBlank() && members.get() != null && !members.get().isBlank() && !headerSaving) {
                saveHeader();
            }
        }
        refreshListedSite(updated);
    }

    private void notCommitted(int sheetNumber, String code, Throwable error) {
        settled();
        if (sheetNumber == opened) {
            landed(code);
            pending.remove(code);
            refreshRow(code);
        }
        failed(error);
    }

    private void settled() {
        outstanding--;
        if (outstanding == 0) {
            saving.set(false);
            savedLine.set(Messages.get("scoring.saved", CLOCK.format(LocalTime.now())));
        }
    }

    private void landed(String code) {
        int left = inFlight.merge(code, -1, Integer::sum);
        if (left <= 0) {
            inFlight.remove(code);
            pending.remove(code);
        }
    }

    /** Redraws one line from the shown sheet and what is still being saved on it, keeping digits being typed there. */
    private void refreshRow(String code) {
        int index = indexOf(code);
        InspectionSheet current = sheet.get();
        if (index < 0 || current == null) {
            return;
        }
        Row row = rows.get(index);
        rows.set(index, new Row(row.standard(), row.category(), row.indicator(), current.findings().get(code), row.comment(), row.recheck(),
                pending.get(code), row.typing()));
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

    /** Moves the selection; digits being typed are recorded first, and a line waiting for evidence stays flagged. */
    public void move(int delta) {
        if (!rows.isEmpty()) {
            select(Math.max(0, Math.min(rows.size() - 1, selected.get() + delta)));
        }
    }

    /** Selects a line (a click, or the keys that move), recording digits typed on the line left. */
    public void select(int index) {
        commitTyping(false);
        waitingForEvidence = null;
        if (index >= 0 && index < rows.size()) {
            selected.set(index);
        }
    }

    public void nextUnanswered() {
        commitTyping(false);
        waitingForEvidence = null;
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
        String present = members.get();
        String remark = remarks.get();
        headerSaving = true;
        executor.run(p -> {
            useCases.saveInspectionHeader().run(current.round().id(), current.site().id(), arrivedAt, present, remark);
            return useCases.openInspection().run(current.round().id(), current.site().id());
        }, reopened -> {
            headerSaving = false;
            if (sheet.get() != null && sheet.get().site().id().equals(reopened.site().id())) {
                sheet.set(new InspectionSheet(reopened.round(), reopened.site(), reopened.team(), reopened.checklist(), sheet.get().findings(),
                        reopened.inspection()));
            }
            savedLine.set(Messages.get("scoring.saved", CLOCK.format(LocalTime.now())));
        }, error -> {
            headerSaving = false;
            failed(error);
        });
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
        commitTyping(false);
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

    /** 重新打开: takes a site this laptop marked 已完成 back to 进行中, while its results are unsent and unreviewed. */
    public void reopen() {
        InspectionSheet current = sheet.get();
        if (current == null || current.inspection().status() != InspectionStatus.COMPLETED) {
            return;
        }
        executor.run(p -> useCases.reopenInspection().run(current.round().id(), current.site().id(), ANSWERED_HERE), reopened -> {
            show(reopened);
            message.set(Messages.get("scoring.reopened", reopened.site().name()));
            refreshListedSite(reopened);
        }, this::failed);
    }

    public boolean readOnly() {
        return sheet.get() != null && sheet.get().inspection().status().locked();
    }

    /** Whether the sheet is locked; says why and how to open it again when it is. */
    private boolean refusedAsReadOnly() {
        if (readOnly()) {
            message.set(lockedLine.get());
            return true;
        }
        return false;
    }

    /** Whether the sheet can be reopened here (已完成); approved ones change only through a correction. */
    public boolean reopenable() {
        return sheet.get() != null && sheet.get().inspection().status() == InspectionStatus.COMPLETED;
    }

    public Row selectedRow() {
        int i = selected.get();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    public ReadOnlyStringProperty lockedLineProperty() {
        return lockedLine.getReadOnlyProperty();
    }

    /** Counts the times the note was asked to open for evidence: the view gives the note the focus on each. */
    public ReadOnlyIntegerProperty noteRequestsProperty() {
        return noteRequests.getReadOnlyProperty();
    }

    private void failed(Throwable error) {
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
