package org.civicinspect.gui.rounds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.model.Team;
import org.civicinspect.service.library.ListIndicatorSets;
import org.civicinspect.service.people.ListPeople;
import org.civicinspect.service.rounds.AddSiteToRound;
import org.civicinspect.service.rounds.AssignTeams;
import org.civicinspect.service.rounds.CreateRound;
import org.civicinspect.service.rounds.DrawRoundSample;
import org.civicinspect.service.rounds.ExportBlankChecklists;
import org.civicinspect.service.rounds.RemoveSiteFromRound;
import org.civicinspect.service.rounds.RoundDetails;
import org.civicinspect.service.rounds.ShowRound;
import org.civicinspect.service.sites.ListSites;
import org.civicinspect.service.sites.SiteFilter;

/**
 * 测评轮次, step by step: create (name, indicator set, dates) → quotas → draw → assign → review and print.
 */
public final class RoundsViewModel {

    public static final String CITY_WIDE = "";

    /**
     * What the screen calls: the round steps (create, draw, assign, print) and the choices they offer (indicator sets and
     * their site types, the districts of the registry, the teams).
     */
    public record UseCases(ShowRound showRound, CreateRound createRound, DrawRoundSample drawRoundSample, AssignTeams assignTeams,
                           AddSiteToRound addSiteToRound, RemoveSiteFromRound removeSiteFromRound,
                           ExportBlankChecklists exportBlankChecklists, ListIndicatorSets listIndicatorSets, ListSites listSites, ListPeople listPeople) {
    }

    private final UseCases useCases;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RoundDetails> details = new SimpleObjectProperty<>();
    private final ObservableList<DrawnSite> drawn = FXCollections.observableArrayList();
    private final ObservableList<IndicatorSet> sets = FXCollections.observableArrayList();
    private final ObservableList<String> siteTypes = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList(CITY_WIDE);
    private final ObservableList<String> teams = FXCollections.observableArrayList();

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<IndicatorSet> set = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(LocalDate.now().plusDays(4));
    private final StringProperty notes = new SimpleStringProperty("");

    private final ObservableList<Quota> quotas = FXCollections.observableArrayList();
    private final StringProperty quotaType = new SimpleStringProperty();
    private final StringProperty quotaDistrict = new SimpleStringProperty(CITY_WIDE);
    private final IntegerProperty quotaCount = new SimpleIntegerProperty(2);
    private final StringProperty seed = new SimpleStringProperty(String.valueOf(new Random().nextInt(1_000_000)));
    private final IntegerProperty excludeRecent = new SimpleIntegerProperty(0);

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loads = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper drawBlocked = new ReadOnlyStringWrapper("");
    private final JobState job;
    private final WorkspaceEvents events;

    /** The rounds screen on the given use cases, telling {@code events} of every round created, drawn or assigned here. */
    public RoundsViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.useCases = useCases;
        this.events = events;
        this.executor = executor;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        selected.addListener((o, a, round) -> showDetails(round));
    }

    private record Choices(List<Round> rounds, List<IndicatorSet> sets, List<String> types, List<String> districts, List<String> teams) {
    }

    /** Reads rounds, sets, site types, districts and teams, keeping the selected round (or choosing the given one). */
    public void reload(String selectId) {
        executor.run(p -> new Choices(useCases.showRound().list(), useCases.listIndicatorSets().sets(),
                useCases.listIndicatorSets().siteTypes(),
                new ArrayList<>(new TreeSet<>(useCases.listSites().run(SiteFilter.ALL).stream().map(Site::district).toList())),
                useCases.listPeople().teams().stream().map(Team::name).toList()), choices -> {
            String keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
            rounds.setAll(choices.rounds());
            sets.setAll(choices.sets());
            if (set.get() == null && !choices.sets().isEmpty()) {
                set.set(choices.sets().get(choices.sets().size() - 1));
            }
            siteTypes.setAll(choices.types());
            if (quotaType.get() == null && !choices.types().isEmpty()) {
                quotaType.set(choices.types().get(0));
            }
            List<String> districtChoices = new ArrayList<>();
            districtChoices.add(CITY_WIDE);
            districtChoices.addAll(choices.districts());
            districts.setAll(districtChoices);
            teams.setAll(choices.teams());
            Round match = choices.rounds().stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(choices.rounds().isEmpty() ? null : choices.rounds().get(choices.rounds().size() - 1));
            if (match != null && match.equals(selected.get())) {
                showDetails(match);
            }
            selected.set(match);
        }, job::failed);
    }

    private void showDetails(Round round) {
        if (round == null) {
            details.set(null);
            drawn.clear();
            summary.set(Messages.get("rounds.none"));
            loads.set("");
            drawBlocked.set("");
            return;
        }
        executor.run(p -> useCases.showRound().run(round.id()), this::show, job::failed);
    }

    private void show(RoundDetails shown) {
        details.set(shown);
        drawn.setAll(shown.drawn());
        if (shown.plan() != null) {
            quotas.setAll(shown.plan().quotas());
            seed.set(String.valueOf(shown.plan().seed()));
            excludeRecent.set(shown.plan().excludeRecentRounds());
        }
        Round round = shown.round();
        long assigned = shown.drawn().stream().filter(d -> d.team() != null).count();
        summary.set(Messages.get("rounds.summary", round.name(), round.start(), round.end(),
                Messages.get("round.status." + round.status().name()), shown.indicatorSet().label(), shown.drawn().size(), assigned));
        List<String> parts = new ArrayList<>();
        shown.teamLoads().forEach((team, load) -> parts.add(Messages.get("cli.round.load", team,
                shown.drawn().stream().filter(d -> team.equals(d.team())).count(), load)));
        loads.set(String.join("　", parts));
        drawBlocked.set(shown.answers() > 0 ? Messages.get("round.hasAnswers", round.name(), shown.answers())
                : round.status() != RoundStatus.PREPARING ? Messages.get("round.notPreparing", round.name()) : "");
    }

    public void create() {
        IndicatorSet chosenSet = set.get();
        String chosenName = name.get();
        LocalDate from = start.get();
        LocalDate to = end.get();
        if (chosenSet == null || from == null || to == null) {
            job.say(Messages.get("rounds.createIncomplete"));
            return;
        }
        request(() -> useCases.createRound().run(chosenName, chosenSet.id(), from, to, notes.get()), round -> {
            job.say(Messages.get("cli.round.created", round.name(), round.id()));
            name.set("");
            quotas.clear();
            reload(round.id());
        });
    }

    public void addQuota() {
        String type = quotaType.get();
        if (type == null || type.isEmpty() || quotaCount.get() <= 0) {
            return;
        }
        String district = quotaDistrict.get() == null ? CITY_WIDE : quotaDistrict.get();
        Quota quota = new Quota(type, district.isEmpty() ? null : district, quotaCount.get());
        quotas.removeIf(q -> q.siteType().equals(quota.siteType()) && q.cityWide() == quota.cityWide()
                && (q.cityWide() || q.district().equals(quota.district())));
        quotas.add(quota);
    }

    public void removeQuota(Quota quota) {
        quotas.remove(quota);
    }

    public void draw() {
        Round round = selected.get();
        long chosenSeed;
        try {
            chosenSeed = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            job.say(Messages.get("rounds.badSeed", seed.get()));
            return;
        }
        if (round == null) {
            return;
        }
        if (!drawBlocked.get().isEmpty()) {
            job.say(drawBlocked.get());
            return;
        }
        SamplingPlan plan = new SamplingPlan(List.copyOf(quotas), excludeRecent.get(), chosenSeed);
        request(() -> useCases.drawRoundSample().run(round.id(), plan), result -> {
            List<String> lines = result.shortfalls().stream()
                    .map(s -> Messages.get("cli.round.shortfall", s.quota().siteType() + "=" + s.quota().count(), s.drawn())).toList();
            job.say(Messages.get("cli.round.drawn", result.drawn().size(), chosenSeed));
            if (!lines.isEmpty()) {
                dialogs.showReport(Messages.get("rounds.draw"), Messages.get("cli.round.drawn", result.drawn().size(), chosenSeed), lines, false);
            }
            showDetails(round);
        });
    }

    public void assign() {
        Round round = selected.get();
        if (round != null) {
            request(() -> useCases.assignTeams().run(round.id(), List.of()), shown -> {
                job.say(Messages.get("rounds.assigned"));
                show(shown);
            });
        }
    }

    public void move(DrawnSite site, String team) {
        Round round = selected.get();
        if (round != null && team != null && !team.equals(site.team())) {
            request(() -> useCases.assignTeams().move(round.id(), site.site().id(), team), this::show);
        }
    }

    /** Asks for an active site not yet in the round, then for its team, and adds it. */
    public void chooseAndAddSite() {
        RoundDetails shown = details.get();
        if (shown == null) {
            return;
        }
        Round round = shown.round();
        List<String> inRound = shown.drawn().stream().map(d -> d.site().id()).toList();
        request(() -> useCases.listSites().run(SiteFilter.ALL).stream().filter(s -> s.active() && !inRound.contains(s.id())).toList(), sites -> {
            if (sites.isEmpty()) {
                job.say(Messages.get("rounds.addSite.noneLeft", round.name()));
                return;
            }
            Map<String, Site> byLabel = new LinkedHashMap<>();
            sites.forEach(s -> byLabel.put(siteLabel(s), s));
            Optional<Site> site = dialogs.chooseOne(Messages.get("rounds.addSite.title"), Messages.get("rounds.addSite.chooseSite", round.name()),
                    new ArrayList<>(byLabel.keySet())).map(byLabel::get);
            if (site.isEmpty()) {
                return;
            }
            if (teams.isEmpty()) {
                job.say(Messages.get("round.noTeams"));
                return;
            }
            Optional<String> team = dialogs.chooseOne(Messages.get("rounds.addSite.title"),
                    Messages.get("rounds.addSite.chooseTeam", site.get().name()), List.copyOf(teams));
            team.ifPresent(t -> request(() -> useCases.addSiteToRound().run(round.id(), site.get().id(), t), added -> {
                job.say(Messages.get("round.siteAdded", added.site().name(), round.name(), t));
                reload(round.id());
            }));
        });
    }

    /** Takes the site out of the round after confirmation, asking why when it has answers. */
    public void removeSite(DrawnSite site) {
        RoundDetails shown = details.get();
        if (shown == null || site == null) {
            return;
        }
        Round round = shown.round();
        int answers = shown.answers(site);
        String message = answers == 0 ? Messages.get("rounds.removeSite.confirm", site.site().name(), site.site().district(), round.name())
                : Messages.get("rounds.removeSite.confirmAnswers", site.site().name(), site.site().district(), round.name(), answers);
        if (!dialogs.confirm(Messages.get("rounds.removeSite.title"), message, "rounds.removeSite.yes", "dialog.cancel")) {
            return;
        }
        String reason = "";
        if (answers > 0) {
            Optional<String> given = dialogs.askText(Messages.get("rounds.removeSite.title"),
                    Messages.get("rounds.removeSite.askReason", site.site().name(), round.name()));
            if (given.isEmpty()) {
                job.say(Messages.get("round.removeNeedsReason", site.site().name(), answers, round.name()));
                return;
            }
            reason = given.get();
        }
        String why = reason;
        request(() -> useCases.removeSiteFromRound().run(round.id(), site.site().id(), why), removed -> {
            job.say(removed.answers() == 0 ? Messages.get("round.siteRemoved", removed.site().name(), round.name())
                    : Messages.get("round.siteRemovedWithAnswers", removed.site().name(), round.name(), removed.answers()));
            reload(round.id());
        });
    }

    static String siteLabel(Site site) {
        return (site.street().isEmpty() ? site.district() + " " : site.district() + " " + site.street() + " ") + site.name() + "（" + site.siteType() + "）";
    }

    public void chooseAndExportBlank() {
        Round round = selected.get();
        if (round == null) {
            return;
        }
        dialogs.chooseWorkbookToSave("rounds.blank.choose", Messages.get("rounds.blank.fileName", round.name().replaceAll("[\\\\/:*?\"<>|]", "_")))
                .ifPresent(this::exportBlank);
    }

    public void exportBlank(Path file) {
        Round round = selected.get();
        job.run(Messages.get("indicators.exporting", file.getFileName().toString()), p -> useCases.exportBlankChecklists().run(round.id(), file, p),
                pages -> {
                    job.say(Messages.get("cli.report.blank", pages, file));
                    dialogs.showInformation(Messages.get("indicators.export.title"), Messages.get("cli.report.blank", pages, file));
                });
    }

    public void cancel() {
        job.cancel();
    }

    /** Runs a round request in the background; a refusal shows its reason in the status line. */
    private <T> void request(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        job.quick(p -> work.call(), result -> {
            done.accept(result);
            events.changed(this);
        });
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RoundDetails> detailsProperty() {
        return details;
    }

    public ObservableList<DrawnSite> drawn() {
        return drawn;
    }

    /** True while the selected round has no drawn site: nothing can be added by hand before the draw. */
    public javafx.beans.binding.BooleanBinding drawnIsEmpty() {
        return javafx.beans.binding.Bindings.isEmpty(drawn);
    }

    public ObservableList<IndicatorSet> sets() {
        return sets;
    }

    public ObservableList<String> siteTypes() {
        return siteTypes;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<IndicatorSet> setProperty() {
        return set;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Quota> quotas() {
        return quotas;
    }

    public StringProperty quotaTypeProperty() {
        return quotaType;
    }

    public StringProperty quotaDistrictProperty() {
        return quotaDistrict;
    }

    public IntegerProperty quotaCountProperty() {
        return quotaCount;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public IntegerProperty excludeRecentProperty() {
        return excludeRecent;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the round cannot be drawn again (its answers, or its status); empty when it can. */
    public ReadOnlyStringProperty drawBlockedProperty() {
        return drawBlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadsProperty() {
        return loads.getReadOnlyProperty();
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
