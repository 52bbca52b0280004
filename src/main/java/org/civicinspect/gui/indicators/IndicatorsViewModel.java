package org.civicinspect.gui.indicators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Category;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Standard;
import org.civicinspect.service.library.ExportIndicatorWorkbook;
import org.civicinspect.service.library.ImportIndicatorWorkbook;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.service.library.ListIndicatorSets;
import org.civicinspect.service.library.LoadIndicatorSet;
import org.civicinspect.service.library.LoadedIndicatorSet;

/**
 * The 指标体系 screen's state: the set versions, the chosen one's tree narrowed by search text and site
 * type, and the import and export jobs with their progress.
 */
public final class IndicatorsViewModel {

    /** The site-type choice that shows every standard. */
    public static final String ALL_SITE_TYPES = "";

    private final ListIndicatorSets listIndicatorSets;
    private final LoadIndicatorSet loadIndicatorSet;
    private final ImportIndicatorWorkbook importIndicatorWorkbook;
    private final ExportIndicatorWorkbook exportIndicatorWorkbook;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<IndicatorSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorSet> selectedSet = new SimpleObjectProperty<>();
    private final ObservableList<String> siteTypes = FXCollections.observableArrayList(ALL_SITE_TYPES);
    private final StringProperty siteType = new SimpleStringProperty(ALL_SITE_TYPES);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<IndicatorTree> loadedTree = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<IndicatorTree> shownTree = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final JobState job;

    /** The set versions from {@code listIndicatorSets}, each tree from {@code loadIndicatorSet}; workbooks in and out. */
    public IndicatorsViewModel(ListIndicatorSets listIndicatorSets, LoadIndicatorSet loadIndicatorSet, ImportIndicatorWorkbook importIndicatorWorkbook,
                               ExportIndicatorWorkbook exportIndicatorWorkbook, TaskExecutor executor, DialogService dialogs) {
        this.listIndicatorSets = listIndicatorSets;
        this.loadIndicatorSet = loadIndicatorSet;
        this.importIndicatorWorkbook = importIndicatorWorkbook;
        this.exportIndicatorWorkbook = exportIndicatorWorkbook;
        this.executor = executor;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        selectedSet.addListener((obs, old, set) -> load(set));
        search.addListener((obs, old, text) -> applyFilter());
        siteType.addListener((obs, old, type) -> applyFilter());
    }

    /** Reads the set versions and selects the given one, else the newest. */
    public void refresh(String selectId) {
        executor.run(progress -> listIndicatorSets.sets(), list -> {
            sets.setAll(list);
            Optional<IndicatorSet> wanted = list.stream().filter(s -> s.id().equals(selectId)).findFirst();
            IndicatorSet choice = wanted.orElse(list.isEmpty() ? null : list.get(list.size() - 1));
            if (choice != null && choice.equals(selectedSet.get())) {
                load(choice);
            }
            selectedSet.set(choice);
        }, job::failed);
    }

    private void load(IndicatorSet set) {
        if (set == null) {
            loadedTree.set(null);
            applyFilter();
            return;
        }
        executor.run(progress -> loadIndicatorSet.run(set.id()), loaded -> {
            IndicatorTree tree = loaded.map(LoadedIndicatorSet::tree).orElse(null);
            loadedTree.set(tree);
            List<String> types = new ArrayList<>();
            types.add(ALL_SITE_TYPES);
            if (tree != null) {
                types.addAll(tree.siteTypes());
            }
            String keep = siteType.get();
            siteTypes.setAll(types);
            siteType.set(types.contains(keep) ? keep : ALL_SITE_TYPES);
            applyFilter();
        }, job::failed);
    }

    public void chooseAndImport() {
        dialogs.chooseWorkbookToOpen("indicators.import.choose").ifPresent(this::importWorkbook);
    }

    public void importWorkbook(Path file) {
        job.run(Messages.get("indicators.importing", file.getFileName().toString()),
                p -> importIndicatorWorkbook.run(file, null, p), result -> {
            job.say(Messages.get("indicators.import.outcome." + result.outcome().name()));
            dialogs.showImportResult(file, result);
            if (result.outcome() != IndicatorImportResult.Outcome.REJECTED) {
                refresh(result.set().id());
            }
        });
    }

    public void chooseAndExport() {
        IndicatorSet set = selectedSet.get();
        if (set == null) {
            return;
        }
        String suggested = (set.name() + "-v" + set.version()).replaceAll("[\\\\/:*?\"<>|]", "_") + ".xlsx";
        dialogs.chooseWorkbookToSave("indicators.export.choose", suggested).ifPresent(this::exportTo);
    }

    public void exportTo(Path file) {
        IndicatorSet set = selectedSet.get();
        IndicatorTree tree = loadedTree.get();
        if (set == null || tree == null) {
            return;
        }
        job.run(Messages.get("indicators.exporting", file.getFileName().toString()), p -> {
            exportIndicatorWorkbook.run(new LoadedIndicatorSet(set, tree), file);
            return file;
        }, written -> {
            job.say(Messages.get("indicators.exported", written.toString()));
            dialogs.showInformation(Messages.get("indicators.export.title"), Messages.get("indicators.exported", written.toString()));
        });
    }

    public void cancel() {
        job.cancel();
    }

    /** True while a search text or a site type narrows the tree. */
    public boolean narrowed() {
        return !query().isEmpty() || !chosenSiteType().isEmpty();
    }

    private String query() {
        return search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    }

    private String chosenSiteType() {
        return siteType.get() == null ? ALL_SITE_TYPES : siteType.get();
    }

    private void applyFilter() {
        IndicatorTree tree = loadedTree.get();
        if (tree == null) {
            shownTree.set(null);
            summary.set(Messages.get("indicators.noSet"));
            return;
        }
        String type = chosenSiteType();
        String query = query();
        IndicatorTree shown = narrow(tree, type, query);
        shownTree.set(shown);
        String counts = type.isEmpty()
                ? Messages.get("indicators.counts", tree.categories().size(), tree.indicatorCount(), tree.standardCount(),
                        tree.siteTypes().size(), tree.totalPoints().toPlainString())
                : Messages.get("indicators.typeCounts", type, tree.filtered(s -> s.appliesTo(type)).standardCount(),
                        tree.pointsFor(type).toPlainString());
        summary.set(query.isEmpty() ? counts : counts + Messages.get("indicators.found", shown.standardCount()));
    }

    /** Standards of the type that match the query in their code, text or rule, or in their branch's names. */
    static IndicatorTree narrow(IndicatorTree tree, String type, String query) {
        List<Category> categories = new ArrayList<>();
        for (Category category : tree.categories()) {
            boolean categoryMatches = contains(category.name(), query) || contains(category.code(), query);
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator indicator : category.indicators()) {
                boolean branchMatches = categoryMatches || contains(indicator.name(), query) || contains(indicator.code(), query);
                List<Standard> standards = indicator.standards().stream()
                        .filter(s -> type.isEmpty() || s.appliesTo(type))
                        .filter(s -> query.isEmpty() || branchMatches || contains(s.code(), query) || contains(s.text(), query)
                                || contains(s.observationRule(), query) || s.methods().stream().anyMatch(m -> contains(m, query)))
                        .toList();
                if (!standards.isEmpty()) {
                    indicators.add(new Indicator(indicator.code(), indicator.name(), standards));
                }
            }
            if (!indicators.isEmpty()) {
                categories.add(new Category(category.code(), category.name(), indicators));
            }
        }
        return new IndicatorTree(categories, tree.grades(), tree.problemsNeedEvidence());
    }

    private static boolean contains(String text, String query) {
        return text.toLowerCase(Locale.ROOT).contains(query);
    }

    public ObservableList<IndicatorSet> sets() {
        return sets;
    }

    public ObjectProperty<IndicatorSet> selectedSetProperty() {
        return selectedSet;
    }

    public ObservableList<String> siteTypes() {
        return siteTypes;
    }

    public StringProperty siteTypeProperty() {
        return siteType;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<IndicatorTree> shownTreeProperty() {
        return shownTree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public JobState job() {
        return job;
    }

    public BooleanProperty busyProperty() {
        return job.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }
}
