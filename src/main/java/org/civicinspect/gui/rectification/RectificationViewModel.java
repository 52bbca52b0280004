package org.civicinspect.gui.rectification;

import java.util.function.Consumer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Round;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.service.rectification.DispatchProblems;
import org.civicinspect.service.rectification.ImportReplyWorkbook;
import org.civicinspect.service.rectification.ListPartnerProblems;
import org.civicinspect.service.rectification.ListPendingReplies;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.ReceiveProblemReplies;
import org.civicinspect.service.rectification.VerifyReply;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.rectification.RankPartnerRectification;
import org.civicinspect.service.rectification.ShowBlackPlacard;
import org.civicinspect.service.rectification.ShowProblemHistory;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import org.civicinspect.service.rectification.UpdateProblem;
import org.civicinspect.service.rounds.ShowRound;
import org.civicinspect.service.workspace.ChangePreferences;

/**
 * 整改督办: the problems of every round (or of one) on a board by status, each with its colour worked out for today; filtered by unit,
 * district, colour, source, overdue or whose 包联 they are (包联单位 or 包联领导, ranked by 整改率 beside the units); the problems chosen move on together (with a note and photos after the fix), or get
 * a new deadline with a reason; the one in focus shows its history. A step is offered only when every chosen problem
 * may take it, and it acts on the problems chosen when it is asked for; after every reading the same problems stay
 * chosen, as far as they are still listed.
 */
public final class RectificationViewModel {

    /** A step taken by hand, from the one status it leaves to the one it reaches. */
    public enum Step {
        START(ProblemStatus.TO_FIX, ProblemStatus.FIXING),
        SUBMIT(ProblemStatus.FIXING, ProblemStatus.TO_RECHECK),
        CLOSE(ProblemStatus.TO_RECHECK, ProblemStatus.CLOSED),
        FAIL(ProblemStatus.TO_RECHECK, ProblemStatus.FIXING);

        private final ProblemStatus from;
        private final ProblemStatus to;

        Step(ProblemStatus from, ProblemStatus to) {
            this.from = from;
            this.to = to;
        }
    }

    /** What the screen calls: the rounds to choose from, the problems and their steps, the placard, and the photo store. */
    public record UseCases(ShowRound showRound, ListProblems listProblems, UpdateProblem updateProblem, ShowBlackPlacard showBlackPlacard,
                           ShowProblemHistory showProblemHistory, AddPhoto addPhoto, ShowRectificationStanding showRectificationStanding,
                           RaiseProblem raiseProblem, DispatchProblems dispatchProblems, ImportReplyWorkbook importReplyWorkbook,
                           ListPendingReplies listPendingReplies, VerifyReply verifyReply, ListPartnerProblems listPartnerProblems,
                           RankPartnerRectification rankPartnerRectification, ChangePreferences changePreferences) {
    }

    private final UseCases useCases;
    private final DialogService dialogs;
    private final JobState job;
    private final WorkspaceEvents events;
    private final RoundChoice choice = new RoundChoice();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final Map<ProblemStatus, ObservableList<ListProblems.Listed>> board = new EnumMap<>(ProblemStatus.class);
    private final ObservableList<String> units = FXCollections.observableArrayList();
    private final ObservableList<String> districts = FXCollections.observableArrayList();
    private final ObservableList<ShowRectificationStanding.UnitStanding> rates = FXCollections.observableArrayList();
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<String> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Escalation> colour = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemSource> source = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ObjectProperty<ListPartnerProblems.By> partnerKind = new SimpleObjectProperty<>(ListPartnerProblems.By.UNIT);
    private final ObservableList<String> partners = FXCollections.observableArrayList();
    private final ObjectProperty<String> partner = new SimpleObjectProperty<>();
    private final ObservableList<ShowRectificationStanding.UnitStanding> partnerRates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper partnerLists = new ReadOnlyStringWrapper("");
    private final ObservableList<ListProblems.Listed> chosen = FXCollections.observableArrayList();
    private final ObservableList<ShowProblemHistory.Entry> history = FXCollections.observableArrayList();
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private final ObservableList<String> photosBefore = FXCollections.observableArrayList();
    private final ObservableList<String> photosAfter = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placard = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ProblemReply> pendingReply = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper pendingCount = new ReadOnlyStringWrapper("");

    /** The 整改督办 screen on the given use cases, telling {@code events} of every problem step taken here. */
    public RectificationViewModel(UseCases useCases, TaskExecutor executor, DialogService dialogs, WorkspaceEvents events) {
        this.useCases = useCases;
        this.events = events;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
        for (ProblemStatus status : ProblemStatus.values()) {
            board.put(status, FXCollections.observableArrayList());
        }
        round.addListener((o, a, r) -> load());
        unit.addListener((o, a, b) -> load());
        district.addListener((o, a, b) -> load());
        colour.addListener((o, a, b) -> load());
        source.addListener((o, a, b) -> load());
        overdueOnly.addListener((o, a, b) -> load());
        partner.addListener((o, a, b) -> load());
        partnerKind.addListener((o, a, b) -> {
            loadPartners();
            if (partner.get() == null) {
                load();
            } else {
                partner.set(null);
            }
        });
        chosen.addListener((javafx.collections.ListChangeListener<ListProblems.Listed>) change -> showHistory());
    }

    /** Reads the rounds and the problems again; every round's problems until the user picks one round. */
    public void reload() {
        choice.reload(job, useCases.showRound(), () -> { });
        loadPartners();
        load();
    }

    /** The names of every 包联 of the kind chosen, for the choice of one. */
    private void loadPartners() {
        ListPartnerProblems.By kind = partnerKind.get();
        job.quick(p -> useCases.listPartnerProblems().run(kind, null).stream().map(ListPartnerProblems.Partner::name).toList(), names -> {
            if (!names.equals(partners)) {
                partners.setAll(names);
            }
        });
    }

    /** The board's problems: those listed, or only those of the 包联 chosen when one is. */
    private record Shown(ListProblems.Result result, List<ListProblems.Listed> problems) {
    }

    private void load() {
        String roundId = round.get() == null ? null : round.get().id();
        ListProblems.Filter filter = new ListProblems.Filter(unit.get(), district.get(), colour.get(), null, overdueOnly.get(), source.get());
        ListPartnerProblems.By kind = partnerKind.get();
        String whose = partner.get();
        job.quick(p -> {
            ListProblems.Result result = useCases.listProblems().run(roundId, filter);
            if (whose == null) {
                return new Shown(result, result.problems());
            }
            Set<String> theirs = new HashSet<>();
            useCases.listPartnerProblems().run(kind, whose).forEach(x -> x.problems().forEach(l -> theirs.add(l.problem().id())));
            return new Shown(result, result.problems().stream().filter(l -> theirs.contains(l.problem().id())).toList());
        }, shown -> {
            ListProblems.Result result = shown.result();
            List<String> keep = chosen.stream().map(l -> l.problem().id()).toList();
            board.forEach((status, list) -> {
                List<ListProblems.Listed> now = shown.problems().stream().filter(l -> l.problem().status() == status).toList();
                if (!now.equals(list)) {
                    list.setAll(now);
                }
            });
            List<String> allUnits = result.units().stream().map(ListProblems.Rate::name).sorted().toList();
            if (!allUnits.equals(units)) {
                units.setAll(allUnits);
            }
            List<String> allDistricts = result.districts().stream().map(ListProblems.Rate::name).sorted().toList();
            if (!allDistricts.equals(districts)) {
                districts.setAll(allDistricts);
            }
            chosen.setAll(shown.problems().stream().filter(l -> keep.contains(l.problem().id())).toList());
            summary.set(summarize(shown.problems()));
        });
        job.quick(p -> standing(roundId), units -> rates.setAll(units));
        job.quick(p -> partnerRanking(roundId, kind), ranked -> {
            partnerRates.setAll(ranked.bestFirst());
            String kindName = Messages.get(kind == ListPartnerProblems.By.LEADER ? "cli.problems.baolian.leaderKind" : "cli.problems.baolian.unitKind");
            partnerLists.set(ranked.bestFirst().isEmpty() ? "" : Messages.get("cli.problems.baolian.redList", kindName, names(ranked.redList()))
                    + "\n" + Messages.get("cli.problems.baolian.blackList", kindName, names(ranked.blackList())));
        });
        job.quick(p -> useCases.showBlackPlacard().history(), holders -> placard.set(describe(holders)));
        job.quick(p -> useCases.listPendingReplies().run().size(), n -> pendingCount.set(n == 0 ? "" : Messages.get("rectification.pendingReplies", n)));
    }

    /** 整改率 of each unit as the chosen round (or, with none chosen, the latest) publishes it, worst first. */
    private List<ShowRectificationStanding.UnitStanding> standing(String roundId) {
        String reference = roundId != null ? roundId : latestRound();
        return reference == null ? List.of() : useCases.showRectificationStanding().of(reference, 0).units();
    }

    /**
     * The 包联 ranking by 整改率 of the kind chosen, best first, as the chosen round (or, with none chosen, the latest)
     * publishes it, with its red and black lists of the workspace's list size.
     */
    private RankPartnerRectification.Ranked partnerRanking(String roundId, ListPartnerProblems.By kind) {
        String reference = roundId != null ? roundId : latestRound();
        if (reference == null) {
            return new RankPartnerRectification.Ranked(List.of(), List.of(), List.of());
        }
        RankPartnerRectification.Ranking ranking = useCases.rankPartnerRectification().of(reference, useCases.changePreferences().current().listSize());
        return kind == ListPartnerProblems.By.LEADER ? ranking.leaders() : ranking.units();
    }

    private String latestRound() {
        return useCases.showRound().list().stream().max(Comparator.comparing(Round::start).thenComparing(Round::end)).map(Round::id).orElse(null);
    }

    private static String names(List<ShowRectificationStanding.UnitStanding> list) {
        return list.isEmpty() ? Messages.get("rectification.partner.nobody") : String.join("、", list.stream().map(ShowRectificationStanding.UnitStanding::unit).toList());
    }

    /** The placard's holder now, then those before, newest first. */
    private static String describe(List<ShowRectificationStanding.Holder> holders) {
        if (holders.isEmpty()) {
            return "";
        }
        List<String> before = new ArrayList<>();
        for (int i = holders.size() - 2; i >= 0 && before.size() < 5; i--) {
            before.add(holders.get(i).unit().unit());
        }
        return Messages.get("rectification.placard", holders.get(holders.size() - 1).unit().unit())
                + (before.isEmpty() ? "" : " " + Messages.get("rectification.placardHistory", String.join("、", before)));
    }

    private static String summarize(List<ListProblems.Listed> problems) {
        Map<ProblemStatus, Long> byStatus = new EnumMap<>(ProblemStatus.class);
        Map<Escalation, Long> byColour = new EnumMap<>(Escalation.class);
        long overdue = 0;
        long recurred = 0;
        for (ListProblems.Listed l : problems) {
            byStatus.merge(l.problem().status(), 1L, Long::sum);
            byColour.merge(l.escalation(), 1L, Long::sum);
            overdue += l.overdueDays() > 0 ? 1 : 0;
            recurred += l.problem().recurred() ? 1 : 0;
        }
        return Messages.get("rectification.summary", problems.size(), byStatus.getOrDefault(ProblemStatus.TO_FIX, 0L),
                byStatus.getOrDefault(ProblemStatus.FIXING, 0L), byStatus.getOrDefault(ProblemStatus.TO_RECHECK, 0L),
                byStatus.getOrDefault(ProblemStatus.CLOSED, 0L), overdue, byColour.getOrDefault(Escalation.RED, 0L),
                byColour.getOrDefault(Escalation.YELLOW, 0L), recurred);
    }

    /** The chosen problem's history and photos: the finding's (before the fix) and those its steps brought (after). */
    private void showHistory() {
        if (chosen.size() != 1) {
            history.clear();
            photosBefore.clear();
            photosAfter.clear();
            pendingReply.set(null);
            return;
        }
        ListProblems.Listed l = chosen.get(0);
        String id = l.problem().id();
        job.quick(p -> useCases.listPendingReplies().of(id), reply -> pendingReply.set(reply.orElse(null)));
        job.quick(p -> useCases.showProblemHistory().run(id), steps -> {
            history.setAll(steps);
            photosAfter.setAll(steps.stream().map(ShowProblemHistory.Entry::step).filter(s -> !s.kind().equals("RAISED") && !s.kind().equals("RECURRED"))
                    .flatMap(s -> s.photos().stream()).distinct().toList());
            photosBefore.setAll(steps.stream().map(ShowProblemHistory.Entry::step).filter(s -> s.kind().equals("RAISED") || s.kind().equals("RECURRED"))
                    .flatMap(s -> s.photos().stream()).distinct().toList());
        });
    }

    /** Whether every chosen problem (at least one) is where {@code step} starts. */
    public BooleanBinding allowed(Step step) {
        return Bindings.createBooleanBinding(() -> !chosen.isEmpty() && chosen.stream().allMatch(l -> l.problem().status() == step.from), chosen);
    }

    /**
     * Takes the step for the problems chosen now, with the note and the evidence photos added so far; all or none. The
     * service refuses, in a sentence naming the site and standard, a step the problems may not take.
     */
    public void take(Step step, String note) {
        if (chosen.isEmpty()) {
            return;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        chosen.forEach(l -> seen.put(l.problem().id(), l.problem().version()));
        List<String> photos = new ArrayList<>(evidence);
        job.run(Messages.get("rectification.saving"), p -> useCases.updateProblem().move(seen, step.to, note, photos, null), moved -> {
            evidence.clear();
            job.say(Messages.get("rectification.moved", moved.size(), Messages.get("problem.status." + step.to.name())));
            load();
            events.changed(this);
        }, this::load);
    }

    /** Adds a photo after the fix to the next step; it is stored at once, so a step that fails later loses nothing. */
    public void addEvidence() {
        dialogs.choosePhoto("rectification.evidenceTitle").ifPresent(file -> job.quick(p -> useCases.addPhoto().run(file), sha -> {
            evidence.add(sha);
            job.say(Messages.get("rectification.evidenceAdded", evidence.size()));
        }));
    }

    /** A photo of a problem being raised by hand, chosen by the person (kept only when the problem is raised). */
    public java.util.Optional<Path> choosePhotoToRaise() {
        return dialogs.choosePhoto("rectification.raise.photoTitle");
    }

    /** Raises by hand a problem no inspection found (媒体曝光, 群众反映…), with its photos, and shows it on the board. */
    public void raise(RaiseProblem.Request request, List<Path> photos) {
        job.run(Messages.get("rectification.saving"), p -> useCases.raiseProblem().run(request, photos, null), raised -> {
            job.say(Messages.get("cli.problems.raised", raised.id().substring(0, 8), Messages.get("problem.source." + raised.source().name()),
                    raised.deadline()));
            load();
            events.changed(this);
        }, this::load);
    }

    public void changeDeadline(LocalDate date, String reason) {
        if (chosen.size() != 1 || date == null) {
            return;
        }
        ListProblems.Listed problem = chosen.get(0);
        job.run(Messages.get("rectification.saving"), p -> useCases.updateProblem().changeDeadline(problem.problem().id(), date, reason, null,
                problem.problem().version()), changed -> {
            job.say(Messages.get("rectification.deadlineChanged", problem.place().name(), changed.standardCode(), changed.deadline()));
            load();
            events.changed(this);
        }, this::load);
    }

    /**
     * 派单: the 督办单 workbooks of every unit with an open problem (of the unit filter's unit when one is chosen, of the
     * chosen round when one is), written into a folder the person picks; off the JavaFX thread.
     */
    public void dispatch() {
        String roundId = round.get() == null ? null : round.get().id();
        List<String> only = unit.get() == null ? List.of() : List.of(unit.get());
        dialogs.chooseFolder("rectification.dispatch.folder").ifPresent(folder -> job.run(Messages.get("rectification.dispatch.running"),
                p -> useCases.dispatchProblems().run(only, folder, roundId), written -> {
                    dialogs.showReport(Messages.get("rectification.dispatch.title"), Messages.get("cli.problems.dispatch.total", written.size(),
                            written.stream().mapToInt(DispatchProblems.Written::problems).sum()),
                            written.stream().map(w -> Messages.get("cli.problems.dispatch.line", w.unit(), w.problems(), w.file())).toList(), false);
                    load();
                    events.changed(this);
                }, this::load));
    }

    /** Takes in a 督办单 a unit filled in, with the folder of its photos (the workbook's own folder when none is picked). */
    public void takeReplies() {
        dialogs.chooseWorkbookToOpen("rectification.replies.file").ifPresent(file -> {
            Path photos = dialogs.chooseFolder("rectification.replies.photos").orElse(file.toAbsolutePath().getParent());
            job.run(Messages.get("rectification.saving"), p -> useCases.importReplyWorkbook().run(file, photos), result -> {
                if (result.ok()) {
                    job.say(Messages.get("cli.problems.replies.received", file.getFileName(), result.received().size(), result.already().size()));
                } else {
                    dialogs.showReport(Messages.get("rectification.replies.title"), Messages.get("cli.problems.replies.rejected", file,
                            result.errors().size()), result.errors().stream().map(Messages::describe).toList(), true);
                }
                load();
                events.changed(this);
            }, this::load);
        });
    }

    /** 核查 of the chosen problem's waiting reply: confirm (销号 or 待复查) or return it with a reason. */
    public void verify(VerifyReply.Decision decision, String reason) {
        ProblemReply reply = pendingReply.get();
        if (reply == null) {
            return;
        }
        job.run(Messages.get("rectification.saving"), p -> useCases.verifyReply().run(List.of(reply.problemId()), decision, reason), decided -> {
            job.say(Messages.get("rectification.moved", decided.size(), Messages.get("problem.status." + decided.get(0).status().name())));
            load();
            events.changed(this);
        }, this::load);
    }

    /**
     * Whether the chosen problem's waiting reply may be confirmed for a recheck on site (待复查): only a problem at a
     * site and a standard can be, as a round visits sites and scores standards.
     */
    public BooleanBinding recheckOffered() {
        return Bindings.createBooleanBinding(() -> pendingReply.get() != null && chosen.size() == 1 && chosen.get(0).problem().rechecked(),
                pendingReply, chosen);
    }

    /** Why a reply is sent back, asked of the person; empty when they cancel. */
    public java.util.Optional<String> askReturnReason() {
        return dialogs.askText(Messages.get("rectification.reply.returnTitle"), Messages.get("rectification.reply.returnReason"));
    }

    /** The chosen problem's reply waiting for 核查, or null. */
    public ObjectProperty<ProblemReply> pendingReplyProperty() {
        return pendingReply;
    }

    /** How many replies wait for 核查, in words; empty when none does. */
    public ReadOnlyStringProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    /** Hands {@code show} a stored photo's file, for a thumbnail, found off the JavaFX thread (on a server it may be fetched from the database first). */
    public void photo(String sha256, Consumer<Path> show) {
        job.quick(p -> useCases.addPhoto().file(sha256), show);
    }

    public ObservableList<ListProblems.Listed> column(ProblemStatus status) {
        return board.get(status);
    }

    public ObservableList<Round> rounds() {
        return choice.rounds();
    }

    /** The round whose problems are shown, or null for every round. */
    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObservableList<String> units() {
        return units;
    }

    public ObservableList<String> districts() {
        return districts;
    }

    public ObservableList<ShowRectificationStanding.UnitStanding> rates() {
        return rates;
    }

    /** Whose problems the 包联 choice names: 包联单位 or 包联领导. */
    public ObjectProperty<ListPartnerProblems.By> partnerKindProperty() {
        return partnerKind;
    }

    /** The 包联单位 or 包联领导 whose problems alone the board shows, or null for everyone's. */
    public ObjectProperty<String> partnerProperty() {
        return partner;
    }

    /** Every 包联 of the kind chosen, by name. */
    public ObservableList<String> partners() {
        return partners;
    }

    /** The 包联 of the kind chosen ranked by 整改率, best first. */
    public ObservableList<ShowRectificationStanding.UnitStanding> partnerRates() {
        return partnerRates;
    }

    /** The 包联 red and black lists of the kind chosen, in words. */
    public ReadOnlyStringProperty partnerListsProperty() {
        return partnerLists.getReadOnlyProperty();
    }

    public ObjectProperty<String> unitProperty() {
        return unit;
    }

    public ObjectProperty<String> districtProperty() {
        return district;
    }

    public ObjectProperty<Escalation> colourProperty() {
        return colour;
    }

    public ObjectProperty<ProblemSource> sourceProperty() {
        return source;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObservableList<ListProblems.Listed> chosen() {
        return chosen;
    }

    public ObservableList<ShowProblemHistory.Entry> history() {
        return history;
    }

    public ObservableList<String> photosBefore() {
        return photosBefore;
    }

    public ObservableList<String> photosAfter() {
        return photosAfter;
    }

    public ObservableList<String> evidence() {
        return evidence;
    }

    public ReadOnlyStringProperty placardProperty() {
        return placard.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public JobState job() {
        return job;
    }
}
