package org.civicinspect.gui.tasks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.UnitPackageActions;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.service.materials.CopyMaterialFileToOpen;
import org.civicinspect.service.materials.ListMaterialFiles;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.service.materials.PreviewMaterialFile;
import org.civicinspect.service.materials.RecordMaterialReview;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.materials.SetMaterialGradeScale;
import org.civicinspect.service.materials.ShowUnitOfWorkspace;
import org.civicinspect.service.materials.UnitOfWorkspace;
import org.civicinspect.service.reports.ShowTaskProgress;
import org.civicinspect.service.rounds.ShowRound;

/**
 * 任务分解 / 材料审核: the units of a round's breakdown with their progress (leaders first, least done first), the
 * standards of the unit chosen (or every material standard of the round), and grades given by key. A grade is aimed
 * at the standard it was asked for and is shown as saved only once the service has recorded it; grades asked for in
 * quick succession are recorded in the order asked, one job at a time.
 */
public final class TasksViewModel {

    /**
     * What the screen calls: the rounds, the breakdown with its field figures, the round's material standards, the
     * review and the grade scale, and the unit packages and material files going between the office and its units.
     */
    public record UseCases(ShowRound showRound, ShowTaskProgress showTaskProgress, ListRoundMaterials listRoundMaterials,
                           RecordMaterialReview recordMaterialReview, ShowUnitOfWorkspace showUnitOfWorkspace, ListMaterialFiles listMaterialFiles,
                           PreviewMaterialFile previewMaterialFile, CopyMaterialFileToOpen copyMaterialFileToOpen,
                           SetMaterialGradeScale setMaterialGradeScale, UnitPackageActions.UseCases unitPackages) {
    }

    /**
     * A unit's part of the breakdown: standards it leads and supports, its material standards by grade label in the
     * scale's order (not yet graded, or returned, in {@code notYet}), and the field 达标率 pooled over its standards scored
     * in the round (empty when none was).
     */
    public record UnitProgress(String unit, int leads, int supports, Map<String, Integer> byGrade, int notYet, Optional<BigDecimal> fieldRate) {

        public UnitProgress {
            byGrade = Collections.unmodifiableMap(new LinkedHashMap<>(byGrade));
        }

        /** How many of its material standards have the grade labelled {@code label}. */
        public int graded(String label) {
            return byGrade.getOrDefault(label, 0);
        }

        public int materials() {
            return byGrade.values().stream().mapToInt(Integer::intValue).sum() + notYet;
        }

        /** The share of its material standards graded; a unit with none has nothing left to do. */
        double done() {
            return materials() == 0 ? 1 : (double) (materials() - notYet) / materials();
        }
    }

    /** A standard as listed on the right: its breakdown (lead empty when it has none) and whether it takes a material review. */
    public record Row(String code, String text, String lead, List<String> supporting, LocalDate due, boolean material) {
    }

    /** A file's preview with its picture decoded (off the JavaFX thread; a large one scaled down to 1200 pixels a side), or null without one. */
    public record Shown(PreviewMaterialFile.Preview preview, Image picture) {
    }

    private static final int PICTURE_PIXELS = 1200;

    /** {@code own}: the unit whose workspace this is, when it is a unit's. */
    private record Loaded(Round round, List<ShowTaskProgress.StandardProgress> tasks, List<ListRoundMaterials.Line> materials,
                          MaterialGradeScale scale, Optional<UnitOfWorkspace> own) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final JobState job;
    private final WorkspaceEvents events;
    private final RoundChoice choice = new RoundChoice();
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableMap<String, UnitProgress> progress = FXCollections.observableHashMap();
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    private final BooleanProperty allMaterials = new SimpleBooleanProperty();
    private final BooleanProperty unitWorkspace = new SimpleBooleanProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableMap<String, MaterialReview> reviews = FXCollections.observableHashMap();
    private final ObservableMap<String, MaterialGrade> saving = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<MaterialGradeScale> scale = new ReadOnlyObjectWrapper<>(MaterialGradeScale.DEFAULT);
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final Map<String, String> commentsAsked = new HashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<MaterialFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<MaterialFile> file = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Shown> preview = new ReadOnlyObjectWrapper<>();
    private final DialogService dialogs;
    private final UnitPackageActions unitPackages;
    private Loaded loaded;
    /** The standard whose files are listed, so that a late answer for another one is dropped. */
    private String filesOf;

    public TasksViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.useCases = useCases;
        this.executor = executor;
        this.events = events;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        this.unitPackages = new UnitPackageActions(useCases.unitPackages(), job, dialogs, () -> {
            events.changed(this);
            reload();
            showFiles(filesOf);
        });
        choice.chosenProperty().addListener((o, a, r) -> load());
        unit.addListener((o, a, b) -> showRows());
        allMaterials.addListener((o, a, b) -> showRows());
        file.addListener((o, a, chosen) -> preview(chosen));
    }

    /** Reads the rounds again, and the chosen round's breakdown and reviews. */
    public void reload() {
        choice.reload(job, useCases.showRound(), this::load);
    }

    private void load() {
        Round round = choice.chosenProperty().get();
        if (round == null) {
            loaded = null;
            units.clear();
            progress.clear();
            reviews.clear();
            rows.clear();
            summary.set("");
            return;
        }
        job.run(Messages.get("tasks.loading"), p -> {
            List<ShowTaskProgress.StandardProgress> tasks = useCases.showTaskProgress().run(round.id(), ReportScope.Counted.APPROVED).standards();
            ListRoundMaterials.Listed materials = useCases.listRoundMaterials().run(round.id());
            return new Loaded(round, tasks, materials.lines(), materials.scale(), useCases.showUnitOfWorkspace().run());
        }, this::show);
    }

    private void show(Loaded now) {
        if (!now.round().equals(choice.chosenProperty().get())) {
            return;
        }
        loaded = now;
        scale.set(now.scale());
        Map<String, MaterialReview> byCode = new HashMap<>();
        now.materials().forEach(l -> l.review().ifPresent(r -> byCode.put(l.standard().code(), r)));
        reviews.clear();
        reviews.putAll(byCode);
        recount();
        // A unit's workspace lists the unit alone: the other units it names lead the standards it supports.
        List<String> ordered = now.own().isPresent() ? List.of(now.own().get().name()) : progress.values().stream()
                .sorted(Comparator.comparing((UnitProgress u) -> u.leads() == 0).thenComparingDouble(UnitProgress::done)
                        .thenComparing(u -> u.fieldRate().orElse(BigDecimal.TEN)).thenComparing(UnitProgress::unit))
                .map(UnitProgress::unit).toList();
        unitWorkspace.set(now.own().isPresent());
        if (now.own().isPresent()) {
            allMaterials.set(false);
        }
        units.setAll(ordered);
        if (unit.get() == null || !ordered.contains(unit.get())) {
            unit.set(ordered.isEmpty() ? null : ordered.get(0));
        }
        if (ordered.isEmpty()) {
            allMaterials.set(true);
        }
        showRows();
        job.say(Messages.get("tasks.loaded", now.round().name(), now.tasks().size(), now.materials().size()));
    }

    /** Each unit's figures and the round's summary, from the reviews recorded so far. */
    private void recount() {
        Set<String> material = loaded.materials().stream().map(l -> l.standard().code()).collect(Collectors.toSet());
        Map<String, List<ShowTaskProgress.StandardProgress>> byUnit = new LinkedHashMap<>();
        for (ShowTaskProgress.StandardProgress s : loaded.tasks()) {
            byUnit.computeIfAbsent(s.task().lead(), u -> new ArrayList<>()).add(s);
            s.task().supporting().forEach(u -> byUnit.computeIfAbsent(u, x -> new ArrayList<>()).add(s));
        }
        Map<String, UnitProgress> figures = new HashMap<>();
        byUnit.forEach((name, standards) -> figures.put(name, figures(name, standards, material)));
        progress.keySet().retainAll(figures.keySet());
        progress.putAll(figures);
        Map<String, Integer> byGrade = byLabel();
        reviews.values().stream().filter(r -> material.contains(r.standardCode()) && !r.grade().returned())
                .forEach(r -> byGrade.merge(r.grade().label(), 1, Integer::sum));
        int graded = byGrade.values().stream().mapToInt(Integer::intValue).sum();
        summary.set(Messages.get("tasks.summary", material.size(), counts(byGrade), material.size() - graded));
    }

    private UnitProgress figures(String name, List<ShowTaskProgress.StandardProgress> standards, Set<String> material) {
        int leads = 0;
        int supports = 0;
        Map<String, Integer> byGrade = byLabel();
        int notYet = 0;
        int scored = 0;
        int fullyMet = 0;
        for (ShowTaskProgress.StandardProgress s : standards) {
            TaskAssignment task = s.task();
            if (task.lead().equals(name)) {
                leads++;
            } else {
                supports++;
            }
            if (material.contains(task.standardCode())) {
                MaterialReview review = reviews.get(task.standardCode());
                // A standard returned to the unit waits for its files again, as one not yet reviewed does.
                if (review == null || review.grade().returned()) {
                    notYet++;
                } else {
                    byGrade.merge(review.grade().label(), 1, Integer::sum);
                }
            }
            if (s.field().isPresent()) {
                Aggregate field = s.field().get();
                scored += field.scored();
                fullyMet += field.fullyMet();
            }
        }
        Optional<BigDecimal> rate = scored == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(fullyMet).divide(BigDecimal.valueOf(scored), MathContext.DECIMAL64));
        return new UnitProgress(name, leads, supports, byGrade, notYet, rate);
    }

    /** A count of nought for each grade of the scale, in its order; a label a past review kept is added after them. */
    private Map<String, Integer> byLabel() {
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        scale.get().labels().forEach(l -> byGrade.put(l, 0));
        return byGrade;
    }

    /** {@code 完整 3，部分 1，缺失 0}: counts by grade, the grades named as the screen names them. */
    static String counts(Map<String, Integer> byGrade) {
        return byGrade.entrySet().stream().map(e -> GradeNames.name(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(Messages.get("tasks.countSeparator")));
    }

    /** The chosen unit's standards in the breakdown's order, or every material standard of the round in the set's order. */
    private void showRows() {
        if (loaded == null) {
            rows.clear();
            return;
        }
        Set<String> material = loaded.materials().stream().map(l -> l.standard().code()).collect(Collectors.toSet());
        Map<String, TaskAssignment> tasks = new HashMap<>();
        loaded.tasks().forEach(s -> tasks.put(s.task().standardCode(), s.task()));
        List<Row> now;
        if (allMaterials.get()) {
            now = loaded.materials().stream().map(l -> row(l.standard().code(), l.standard().text(), tasks.get(l.standard().code()), true)).toList();
        } else if (unit.get() == null) {
            now = List.of();
        } else {
            now = loaded.tasks().stream().filter(s -> s.task().involves(unit.get()))
                    .map(s -> row(s.task().standardCode(), s.standardText(), s.task(), material.contains(s.task().standardCode()))).toList();
        }
        if (!now.equals(rows)) {
            rows.setAll(now);
        }
    }

    private static Row row(String code, String text, TaskAssignment task, boolean material) {
        return task == null ? new Row(code, text, "", List.of(), null, material)
                : new Row(code, text, task.lead(), task.supporting(), task.due(), material);
    }

    /** Grades the standard with the scale's grade at {@code position} (0 for the first), if the scale has one there. */
    public void gradeAt(String code, int position) {
        List<MaterialGrade> grades = scale.get().grades();
        if (position < grades.size()) {
            grade(code, grades.get(position));
        } else {
            job.say(Messages.get("tasks.noSuchGradeKey", position + 1, grades.size()));
        }
    }

    /** 退回: sends the standard back to its unit, with the comment asked for saying what to file again; none, nothing sent. */
    public void returnToUnit(String code) {
        if (unitWorkspace.get()) {
            job.say(Messages.get("materials.reviewedAtOffice"));
            return;
        }
        Optional<String> why = dialogs.askText(Messages.get("tasks.return.title"), Messages.get("tasks.return.ask", code, comment(code)))
                .map(String::strip).filter(t -> !t.isEmpty());
        if (why.isPresent()) {
            record(code, MaterialGrade.RETURNED, why.get(), "");
        }
    }

    /** Grades the standard {@code code} of the chosen round, keeping the comment it has (or was last asked to have). */
    public void grade(String code, MaterialGrade grade) {
        if (unitWorkspace.get()) {
            job.say(Messages.get("materials.reviewedAtOffice"));
            return;
        }
        record(code, grade, comment(code), "");
    }

    /**
     * Asks for the grade scale of the chosen round's indicator-set version, typed as {@code A=1 B=0.8 C=0.6 D=0}, sets it
     * and reads the round again; a refusal is said in the status bar and changes nothing.
     */
    public void editScale() {
        Round round = choice.chosenProperty().get();
        if (unitWorkspace.get()) {
            job.say(Messages.get("materials.reviewedAtOffice"));
            return;
        }
        if (round == null) {
            return;
        }
        Optional<String> typed = dialogs.askText(Messages.get("tasks.scale.title"), Messages.get("tasks.scale.ask", round.name(), scale.get().text()));
        if (typed.isEmpty()) {
            return;
        }
        executor.run(p -> useCases.setMaterialGradeScale().run(round.id(), List.of(typed.get())), p -> { }, set -> {
            job.say(Messages.get("tasks.scale.set", set.text()));
            events.changed(this);
            load();
        }, job::failed);
    }

    /** Saves a comment with the grade the standard has (or was last asked to have); without a grade, says to give one first. */
    public void comment(String code, String text) {
        if (unitWorkspace.get()) {
            job.say(Messages.get("materials.reviewedAtOffice"));
            return;
        }
        MaterialGrade grade = saving.containsKey(code) ? saving.get(code) : reviews.containsKey(code) ? reviews.get(code).grade() : null;
        if (grade == null) {
            job.say(Messages.get("tasks.gradeFirst", code));
            return;
        }
        record(code, grade, text, "");
    }

    /** The comment the standard has, or the one last asked for while its review is being saved. */
    public String comment(String code) {
        if (commentsAsked.containsKey(code)) {
            return commentsAsked.get(code);
        }
        MaterialReview review = reviews.get(code);
        return review == null ? "" : review.comment();
    }

    /**
     * Records the review. A settled grade of a done round changes only with a reason: when the service asks for one, the
     * user is asked, and the grade is recorded with it (or, asked for none, left as it was).
     */
    private void record(String code, MaterialGrade grade, String comment, String reason) {
        Round round = choice.chosenProperty().get();
        if (round == null || code == null) {
            return;
        }
        inFlight.merge(code, 1, Integer::sum);
        saving.put(code, grade);
        commentsAsked.put(code, comment);
        executor.run(p -> useCases.recordMaterialReview().run(round.id(), code, grade.label(), comment, reason), p -> { }, review -> {
            settle(code);
            if (round.equals(choice.chosenProperty().get())) {
                reviews.put(code, review);
                recount();
            }
            job.say(Messages.get("tasks.saved", code, GradeNames.choice(review.grade())));
            events.changed(this);
        }, error -> {
            settle(code);
            if (error instanceof RequestRefused refused && refused.messageKey().equals("materials.doneRoundNeedsReason")) {
                Optional<String> why = dialogs.askText(Messages.get("tasks.reason.title"), Messages.get("tasks.reason.ask", code, round.name(),
                        refused.args().get(2))).map(String::strip).filter(t -> !t.isEmpty());
                if (why.isPresent()) {
                    record(code, grade, comment, why.get());
                    return;
                }
            }
            job.failed(error);
        });
    }

    private void settle(String code) {
        if (inFlight.merge(code, -1, Integer::sum) == 0) {
            inFlight.remove(code);
            saving.remove(code);
            commentsAsked.remove(code);
        }
    }

    /** At the office: the chosen round's unit task package for one of the breakdown's units, the chosen one by default. */
    public void sendToUnit() {
        unitPackages.sendToUnit(choice.chosenProperty().get(), List.copyOf(units), allMaterials.get() ? null : unit.get());
    }

    /** Unit packages taken in: at the office a unit's reply, in a unit's (or an empty) workspace the office's task package. */
    public void receiveUnitPackages() {
        unitPackages.receive();
    }

    /** In a unit's workspace: a material file added for the chosen round, for the standard {@code code} by default. */
    public void addMaterial(String code) {
        if (!unitWorkspace.get()) {
            return;
        }
        unitPackages.addMaterial(choice.chosenProperty().get(), code);
    }

    /** In a unit's workspace: the reply package for the office. */
    public void writeReply() {
        if (!unitWorkspace.get()) {
            return;
        }
        unitPackages.writeReply();
    }

    /** Lists the material files filed for the standard in the chosen round (none for no standard), and shows none yet. */
    public void showFiles(String code) {
        Round round = choice.chosenProperty().get();
        filesOf = code;
        file.set(null);
        files.clear();
        if (round == null || code == null) {
            return;
        }
        job.quick(p -> useCases.listMaterialFiles().run(round.id(), code).files(), listed -> {
            if (code.equals(filesOf) && round.equals(choice.chosenProperty().get())) {
                files.setAll(listed);
            }
        });
    }

    /** Reads the chosen file's preview off the JavaFX thread; an answer for a file no longer chosen is dropped. */
    private void preview(MaterialFile chosen) {
        preview.set(null);
        if (chosen == null) {
            return;
        }
        job.quick(p -> {
            PreviewMaterialFile.Preview read = useCases.previewMaterialFile().run(chosen);
            if (read.picture() == null) {
                return new Shown(read, null);
            }
            double scale = Math.min(1, (double) PICTURE_PIXELS / Math.max(read.width(), read.height()));
            return new Shown(read, new Image(new ByteArrayInputStream(read.picture()), read.width() * scale, read.height() * scale, true, true));
        }, shown -> {
            if (chosen.equals(file.get())) {
                preview.set(shown);
            }
        });
    }

    /**
     * Opens a copy of the file in the program the system uses for its kind, and says where the copy is: the system
     * does not tell whether a program took it.
     */
    public void open(MaterialFile chosen) {
        if (chosen == null) {
            return;
        }
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        job.quick(p -> useCases.copyMaterialFileToOpen().run(chosen, temp), copy -> {
            dialogs.open(copy);
            job.say(Messages.get("tasks.opened", chosen.fileName(), copy));
        });
    }

    /** The chosen standard's material files, in the order they were filed. */
    public ObservableList<MaterialFile> files() {
        return files;
    }

    /** The file chosen among {@link #files()}; its preview follows. */
    public ObjectProperty<MaterialFile> fileProperty() {
        return file;
    }

    /** The chosen file's preview; null while none is chosen or it is being read. */
    public ReadOnlyObjectProperty<Shown> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<Round> rounds() {
        return choice.rounds();
    }

    public ObjectProperty<Round> roundProperty() {
        return choice.chosenProperty();
    }

    /** The breakdown's units: those leading a standard first, each group least done first. */
    public ObservableList<String> units() {
        return units;
    }

    /** Each unit's figures, kept current as grades are recorded. */
    public ObservableMap<String, UnitProgress> progress() {
        return progress;
    }

    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    /** Whether the right shows every material standard of the round rather than the chosen unit's standards. */
    public BooleanProperty allMaterialsProperty() {
        return allMaterials;
    }

    /** Whether this is a unit's workspace: it shows the unit's standards and the office's reviews, and records none. */
    public javafx.beans.property.ReadOnlyBooleanProperty unitWorkspaceProperty() {
        return unitWorkspace;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The recorded review of each graded standard, by code. */
    public ObservableMap<String, MaterialReview> reviews() {
        return reviews;
    }

    /** The grade last asked for each standard whose review is being saved, by code. */
    public ObservableMap<String, MaterialGrade> saving() {
        return saving;
    }

    /** The grade scale of the chosen round's indicator-set version: the 1 to 9 keys give its grades in order. */
    public ReadOnlyObjectProperty<MaterialGradeScale> scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public JobState job() {
        return job;
    }
}
