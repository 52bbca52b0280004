package org.civicinspect.gui.sites;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Site;
import org.civicinspect.service.library.ListIndicatorSets;
import org.civicinspect.service.sites.ExportSiteWorkbook;
import org.civicinspect.service.sites.ImportSiteWorkbook;
import org.civicinspect.service.sites.ListSites;
import org.civicinspect.service.sites.SaveSite;
import org.civicinspect.service.sites.SiteFilter;
import org.civicinspect.service.sites.SiteImportResult;

/**
 * The 点位 screen's state: the whole registry, the filtered rows (filtered off the JavaFX thread), counts
 * by district and type, the edit form, and import/export jobs.
 */
public final class SitesViewModel {

    public static final String ALL = "";

    /** One line of the counts tables. */
    public record Count(String name, int sites) {
    }

    /** What the screen calls: the registry and its workbooks, and the site types the indicator sets know. */
    public record UseCases(ListSites listSites, SaveSite saveSite, ImportSiteWorkbook importSiteWorkbook, ExportSiteWorkbook exportSiteWorkbook,
                           ListIndicatorSets listIndicatorSets) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private List<Site> all = List.of();
    private final ObservableList<Site> visible = FXCollections.observableArrayList();
    private final ObservableList<Count> countsByDistrict = FXCollections.observableArrayList();
    private final ObservableList<Count> countsByType = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> siteTypes = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> knownSiteTypes = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty(ALL);
    private final StringProperty siteType = new SimpleStringProperty(ALL);
    private final BooleanProperty mustCheckOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty showInactive = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final JobState job;
    private final ObjectProperty<Site> editing = new SimpleObjectProperty<>();
    private final SiteForm form = new SiteForm();
    private final ReadOnlyStringWrapper formProblems = new ReadOnlyStringWrapper("");
    private long filterGeneration;

    /** The 点位 screen on the given use cases; every read, filter and save runs on {@code executor}. */
    public SitesViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs) {
        this.useCases = useCases;
        this.executor = executor;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        search.addListener((o, a, b) -> applyFilter());
        district.addListener((o, a, b) -> applyFilter());
        siteType.addListener((o, a, b) -> applyFilter());
        mustCheckOnly.addListener((o, a, b) -> applyFilter());
        showInactive.addListener((o, a, b) -> applyFilter());
        editing.addListener((o, a, site) -> {
            form.fill(site);
            formProblems.set("");
        });
    }

    /** Reads the registry and the known site types, then filters. */
    public void reload() {
        executor.run(p -> new Loaded(useCases.listSites().run(SiteFilter.ALL), useCases.listIndicatorSets().siteTypes()), loaded -> {
            all = loaded.sites();
            knownSiteTypes.setAll(loaded.siteTypes());
            replaceKeepingChoice(districts, district, new TreeSet<>(all.stream().map(Site::district).toList()));
            replaceKeepingChoice(siteTypes, siteType, new TreeSet<>(loaded.siteTypes()));
            applyFilter();
        }, job::failed);
    }

    private record Loaded(List<Site> sites, List<String> siteTypes) {
    }

    private static void replaceKeepingChoice(ObservableList<String> choices, StringProperty chosen, TreeSet<String> values) {
        String keep = chosen.get();
        List<String> list = new ArrayList<>();
        list.add(ALL);
        list.addAll(values);
        choices.setAll(list);
        chosen.set(list.contains(keep) ? keep : ALL);
    }

    private record Filtered(List<Site> sites, List<Count> byDistrict, List<Count> byType) {
    }

    /** Filters and counts on the background thread; only the newest request's answer is shown. */
    private void applyFilter() {
        SiteFilter filter = new SiteFilter(nullToAll(district.get()), "", nullToAll(siteType.get()), mustCheckOnly.get(),
                showInactive.get(), search.get());
        List<Site> source = all;
        long generation = ++filterGeneration;
        executor.run(p -> {
            List<Site> matching = source.stream().filter(filter::matches).toList();
            return new Filtered(matching, counts(matching, Site::district), counts(matching, Site::siteType));
        }, filtered -> {
            if (generation != filterGeneration) {
                return;
            }
            visible.setAll(filtered.sites());
            countsByDistrict.setAll(filtered.byDistrict());
            countsByType.setAll(filtered.byType());
            summary.set(Messages.get("sites.summary", all.size(), filtered.sites().size(),
                    filtered.sites().stream().filter(Site::mustCheck).count()));
        }, job::failed);
    }

    private static String nullToAll(String value) {
        return value == null ? ALL : value;
    }

    private static List<Count> counts(List<Site> sites, java.util.function.Function<Site, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        sites.forEach(s -> counts.merge(key.apply(s), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    public void chooseAndImport() {
        dialogs.chooseWorkbookToOpen("sites.import.choose").ifPresent(this::importWorkbook);
    }

    public void importWorkbook(Path file) {
        job.run(Messages.get("indicators.importing", file.getFileName().toString()), p -> useCases.importSiteWorkbook().run(file, p), result -> {
            job.say(Messages.get(result.imported() ? "sites.import.done" : "indicators.import.outcome.REJECTED"));
            report(file, result);
            if (result.imported()) {
                reload();
            }
        });
    }

    private void report(Path file, SiteImportResult result) {
        List<String> lines = new ArrayList<>();
        result.errors().forEach(p -> lines.add(Messages.describe(p)));
        result.notes().forEach(p -> lines.add(Messages.describe(p)));
        String headline = result.imported()
                ? Messages.get("cli.sites.imported", file.getFileName(), result.added(), result.updated(), result.unchanged())
                : Messages.get("import.dialog.rejected", file.getFileName().toString(), result.errors().size());
        dialogs.showReport(Messages.get("sites.import.title"), headline, lines, !result.imported());
    }

    public void chooseAndExport() {
        dialogs.chooseWorkbookToSave("sites.export.choose", Messages.get("sites.exportTitle") + ".xlsx").ifPresent(this::exportTo);
    }

    public void exportTo(Path file) {
        List<Site> rows = List.copyOf(visible);
        job.run(Messages.get("indicators.exporting", file.getFileName().toString()), p -> {
            useCases.exportSiteWorkbook().run(rows, Messages.get("sites.exportTitle"), file, p);
            return file;
        }, written -> {
            job.say(Messages.get("cli.sites.exported", rows.size(), written));
            dialogs.showInformation(Messages.get("indicators.export.title"), Messages.get("cli.sites.exported", rows.size(), written));
        });
    }

    /** Starts a new site in the form. */
    public void startNew() {
        editing.set(null);
        form.clear();
        formProblems.set("");
    }

    /** Checks and saves the form; problems show under it and nothing is saved. */
    public void saveForm() {
        Site site;
        try {
            site = form.toSite(editing.get() == null ? null : editing.get().id());
        } catch (NumberFormatException e) {
            formProblems.set(Messages.get("sites.badCoordinate", form.latitude.get() + " / " + form.longitude.get()));
            return;
        }
        executor.run(p -> useCases.saveSite().run(site), (SaveSite.Outcome outcome) -> {
            if (!outcome.ok()) {
                formProblems.set(String.join("\n", outcome.problems().stream().map(Messages::get).toList()));
                return;
            }
            formProblems.set("");
            job.say(Messages.get("sites.saved", outcome.saved().name()));
            editing.set(outcome.saved());
            reload();
        }, job::failed);
    }

    public void cancel() {
        job.cancel();
    }

    /** The edit form's fields as text, so that the view binds them directly. */
    public static final class SiteForm {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty siteType = new SimpleStringProperty("");
        public final StringProperty district = new SimpleStringProperty("");
        public final StringProperty street = new SimpleStringProperty("");
        public final StringProperty community = new SimpleStringProperty("");
        public final StringProperty address = new SimpleStringProperty("");
        public final StringProperty responsibleUnit = new SimpleStringProperty("");
        public final StringProperty partnerUnit = new SimpleStringProperty("");
        public final StringProperty partnerLeader = new SimpleStringProperty("");
        public final StringProperty latitude = new SimpleStringProperty("");
        public final StringProperty longitude = new SimpleStringProperty("");
        public final BooleanProperty mustCheck = new SimpleBooleanProperty(false);
        public final BooleanProperty active = new SimpleBooleanProperty(true);

        void fill(Site site) {
            if (site == null) {
                return;
            }
            name.set(site.name());
            siteType.set(site.siteType());
            district.set(site.district());
            street.set(site.street());
            community.set(site.community());
            address.set(site.address());
            responsibleUnit.set(site.responsibleUnit());
            partnerUnit.set(site.partnerUnit());
            partnerLeader.set(site.partnerLeader());
            latitude.set(site.latitude() == null ? "" : site.latitude().toPlainString());
            longitude.set(site.longitude() == null ? "" : site.longitude().toPlainString());
            mustCheck.set(site.mustCheck());
            active.set(site.active());
        }

        void clear() {
            for (StringProperty p : List.of(name, siteType, district, street, community, address, responsibleUnit, partnerUnit, partnerLeader, latitude, longitude)) {
                p.set("");
            }
            mustCheck.set(false);
            active.set(true);
        }

        Site toSite(String id) {
            return new Site(id, text(name), text(siteType), text(district), text(street), text(community), text(address),
                    text(responsibleUnit), text(partnerUnit), text(partnerLeader), decimal(latitude), decimal(longitude), mustCheck.get(), active.get());
        }

        private static String text(StringProperty p) {
            return p.get() == null ? "" : p.get().strip();
        }

        private static BigDecimal decimal(StringProperty p) {
            String t = text(p);
            return t.isEmpty() ? null : new BigDecimal(t);
        }
    }

    public ObservableList<Site> visible() {
        return visible;
    }

    public ObservableList<Count> countsByDistrict() {
        return countsByDistrict;
    }

    public ObservableList<Count> countsByType() {
        return countsByType;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObservableList<String> siteTypes() {
        return siteTypes;
    }

    public ObservableList<String> knownSiteTypes() {
        return knownSiteTypes;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public StringProperty siteTypeProperty() {
        return siteType;
    }

    public BooleanProperty mustCheckOnlyProperty() {
        return mustCheckOnly;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
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

    public ObjectProperty<Site> editingProperty() {
        return editing;
    }

    public SiteForm form() {
        return form;
    }

    public ReadOnlyStringProperty formProblemsProperty() {
        return formProblems.getReadOnlyProperty();
    }
}
