package org.civicinspect.service.rectification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemPlace;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.FindingScore;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.FindingRepository;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * A round's rectification standing, as the bulletin publishes it. It is judged on what was due: every problem whose
 * deadline fell on or before the round's end date, whichever round raised it or from whatever source, as it stood when the round's review was
 * done ({@link ProblemsAsOf}). Per responsible unit: due, fixed (已销号), overdue, 红, the round's failed rechecks and
 * 整改率 = fixed ÷ due. A unit with nothing due is on no list. The 整改红榜 takes the best units and the 整改黑榜 the
 * worst, never the same unit: each takes at most half of the units (the middle one of an odd number is on neither),
 * and a unit that fixed everything due is never on the black list nor holds the 流动黑牌, which goes to the worst unit
 * (lowest 整改率; then more 红, more overdue days, name).
 */
public final class ShowRectificationStanding {

    /** One unit's rectification as of the round: problems due, fixed, overdue (and by how many days in all), 红, failed rechecks. */
    public record UnitStanding(String unit, int due, int fixed, int overdue, long overdueDays, int red, int failedRechecks) {
        /** 整改率: fixed ÷ due. */
        public BigDecimal rate() {
            return BigDecimal.valueOf(fixed).divide(BigDecimal.valueOf(due), MathContext.DECIMAL64);
        }
    }

    /**
     * A problem for 典型问题曝光: where, whose, what, by when, its 督办等级 and days overdue as of the round's end, and its
     * first photo (null when it has none).
     */
    public record Exposed(String unit, String district, String street, String site, String standardCode, String standardText,
                          String description, LocalDate deadline, Escalation escalation, long overdueDays, BigDecimal pointsLost,
                          boolean recurred, boolean failedRecheck, Path photo) {

        /** 复发 or 复查未通过: it came back, or was not put right when it was checked again. */
        boolean cameBack() {
            return recurred || failedRecheck;
        }
    }

    /**
     * The standing: as of the round's end date; the units with problems due (worst first); the open problems' 白/黄/红
     * totals; the lists; who holds the 流动黑牌 (null if nobody) and the unit it passed from (null when it did not change
     * hands); the units criticised by name (the black list); the round's problems, worst first ({@link #WORST_PROBLEM_FIRST}).
     */
    public record Standing(Round round, LocalDate asOf, List<UnitStanding> units, int white, int yellow, int red, List<UnitStanding> redList,
                           List<UnitStanding> blackList, String placardHolder, String placardFrom, List<UnitStanding> criticised,
                           List<Exposed> worst) {
        public Standing {
            units = List.copyOf(units);
            redList = List.copyOf(redList);
            blackList = List.copyOf(blackList);
            criticised = List.copyOf(criticised);
            worst = List.copyOf(worst);
        }
    }

    /**
     * The round's problems worst first: by 督办等级 (红, 黄, 白, then those already closed); within one, those that came
     * back (复发, 复查未通过) first, then more days overdue, more points lost, and by unit, site and standard.
     */
    static final Comparator<Exposed> WORST_PROBLEM_FIRST = Comparator.comparing(Exposed::escalation, Comparator.reverseOrder())
            .thenComparing(Exposed::cameBack, Comparator.reverseOrder())
            .thenComparing(Comparator.comparingLong(Exposed::overdueDays).reversed())
            .thenComparing(Exposed::pointsLost, Comparator.reverseOrder())
            .thenComparing(Exposed::unit, NaturalOrder.INSTANCE).thenComparing(Exposed::site).thenComparing(Exposed::standardCode);

    /** Worst first: lowest 整改率, then more 红, more overdue days, then name. */
    static final Comparator<UnitStanding> WORST_FIRST = Comparator.comparing(UnitStanding::rate)
            .thenComparing(Comparator.comparingInt(UnitStanding::red).reversed())
            .thenComparing(Comparator.comparingLong(UnitStanding::overdueDays).reversed())
            .thenComparing(UnitStanding::unit, NaturalOrder.INSTANCE);
    /** Best first: highest 整改率, then fewer 红, fewer overdue days, then name. */
    static final Comparator<UnitStanding> BEST_FIRST = Comparator.comparing(UnitStanding::rate).reversed()
            .thenComparingInt(UnitStanding::red).thenComparingLong(UnitStanding::overdueDays)
            .thenComparing(UnitStanding::unit, NaturalOrder.INSTANCE);

    private final Workspace workspace;
    private final Checklists checklists;
    private final ChangeRectificationRules rules;
    private final AddPhoto photos;

    public ShowRectificationStanding(Workspace workspace, Checklists checklists, ChangeRectificationRules rules, AddPhoto photos) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.rules = rules;
        this.photos = photos;
    }

    /** The round's standing with lists of at most {@code listSize} units each. */
    public Standing of(String roundReference, int listSize) {
        Escalation.Rules thresholds = rules.escalation();
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            Standing standing = standing(tx, round, listSize, thresholds);
            Optional<Round> previous = previous(tx, round);
            String before = previous.isEmpty() || !reviewed(tx, previous.get()) ? null
                    : standing(tx, previous.get(), listSize, thresholds).placardHolder();
            String from = before == null || before.equals(standing.placardHolder()) || standing.placardHolder() == null ? null : before;
            return new Standing(round, standing.asOf(), standing.units(), standing.white(), standing.yellow(), standing.red(),
                    standing.redList(), standing.blackList(), standing.placardHolder(), from, standing.criticised(), worst(tx, round, thresholds));
        });
    }

    /**
     * Who held the 流动黑牌 after each round, oldest round first; rounds where nobody held it, and rounds nobody has
     * reviewed yet (they have published nothing), are left out.
     */
    public List<Holder> placardHistory() {
        Escalation.Rules thresholds = rules.escalation();
        return workspace.read(tx -> {
            List<Round> rounds = new ArrayList<>(tx.rounds().list());
            rounds.sort(Comparator.comparing(Round::start).thenComparing(Round::end));
            List<Holder> holders = new ArrayList<>();
            for (Round round : rounds) {
                if (!reviewed(tx, round)) {
                    continue;
                }
                Standing standing = standing(tx, round, 0, thresholds);
                standing.units().stream().filter(u -> u.unit().equals(standing.placardHolder())).findFirst()
                        .ifPresent(u -> holders.add(new Holder(round, u)));
            }
            return holders;
        });
    }

    /** Whether any of the round's inspections has been approved. */
    private static boolean reviewed(Tx tx, Round round) throws java.sql.SQLException {
        return tx.inspections().statuses(round.id()).containsValue(InspectionStatus.APPROVED);
    }

    /** The unit that held the 流动黑牌 after a round, and its standing then. */
    public record Holder(Round round, UnitStanding unit) {
    }

    /** The round that started most recently before this one. */
    static Optional<Round> previous(Tx tx, Round round) throws java.sql.SQLException {
        return tx.rounds().list().stream().filter(r -> r.start().isBefore(round.start()))
                .max(Comparator.comparing(Round::start).thenComparing(Round::end));
    }

    private Standing standing(Tx tx, Round round, int listSize, Escalation.Rules thresholds) throws java.sql.SQLException {
        LocalDate asOf = round.end();
        ProblemsAsOf then = ProblemsAsOf.of(tx, round);
        Map<String, Site> sites = tx.sites().byId();
        int[] colours = new int[Escalation.values().length];
        for (Problem p : then.problems().values()) {
            colours[Escalation.of(p, asOf, thresholds).ordinal()]++;
        }
        List<UnitStanding> units = tally(then, asOf, thresholds,
                p -> ProblemPlace.of(p, p.siteId() == null ? null : sites.get(p.siteId())).unit());
        Lists lists = lists(units, listSize);
        String holder = units.isEmpty() || units.get(0).fixed() == units.get(0).due() ? null : units.get(0).unit();
        return new Standing(round, asOf, units, colours[Escalation.WHITE.ordinal()], colours[Escalation.YELLOW.ordinal()],
                colours[Escalation.RED.ordinal()], lists.red(), lists.black(), holder, null, lists.black(), List.of());
    }

    /**
     * The standing of each group that {@code groupOf} names for the problems due by {@code asOf} (a problem it names none
     * for, null or empty, is left out), worst first: the same counts and 整改率 whether the groups are responsible units or
     * the 包联单位 and 包联领导 of the problems' sites.
     */
    static List<UnitStanding> tally(ProblemsAsOf then, LocalDate asOf, Escalation.Rules thresholds, Function<Problem, String> groupOf) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Long> days = new HashMap<>();
        for (Problem p : then.problems().values()) {
            if (p.deadline().isAfter(asOf)) {
                continue;
            }
            String group = groupOf.apply(p);
            if (group == null || group.isEmpty()) {
                continue;
            }
            Escalation colour = Escalation.of(p, asOf, thresholds);
            int[] n = counts.computeIfAbsent(group, k -> new int[5]);
            n[0]++;
            n[1] += p.status().open() ? 0 : 1;
            n[2] += Escalation.overdueDays(p, asOf) > 0 ? 1 : 0;
            n[3] += colour == Escalation.RED ? 1 : 0;
            n[4] += then.failedRecheckIn(p.id()) ? 1 : 0;
            days.merge(group, Escalation.overdueDays(p, asOf), Long::sum);
        }
        List<UnitStanding> units = new ArrayList<>();
        counts.forEach((unit, n) -> units.add(new UnitStanding(unit, n[0], n[1], n[2], days.get(unit), n[3], n[4])));
        units.sort(WORST_FIRST);
        return units;
    }

    /** A red list (best first) and a black list (worst first). */
    record Lists(List<UnitStanding> red, List<UnitStanding> black) {
    }

    /** The lists of at most {@code listSize} each, and of at most half of the units, taken from units sorted worst first. */
    static Lists lists(List<UnitStanding> worstFirst, int listSize) {
        int half = Math.min(listSize, worstFirst.size() / 2);
        List<UnitStanding> black = worstFirst.stream().limit(half).filter(u -> u.fixed() < u.due()).toList();
        List<UnitStanding> red = worstFirst.stream().sorted(BEST_FIRST).limit(half).filter(u -> u.fixed() > 0).toList();
        return new Lists(red, black);
    }

    /** The round's problems (raised in it, or failing its recheck in it), worst first. */
    private List<Exposed> worst(Tx tx, Round round, Escalation.Rules thresholds) throws java.sql.SQLException {
        ProblemsAsOf then = ProblemsAsOf.of(tx, round);
        Map<String, Site> sites = tx.sites().byId();
        IndicatorTree tree = checklists.tree(round.indicatorSetId());
        List<Problem> listed = then.listed();
        // The round's findings of the listed problems, read site by site in one pass rather than one query per problem.
        Set<String> wanted = new HashSet<>();
        listed.forEach(p -> wanted.add(p.siteId() + "\u0000" + p.standardCode()));
        Map<String, FindingRepository.Noted> findings = new HashMap<>();
        tx.findings().forEachNotedBySite(round.id(), listed.stream().map(Problem::siteId).distinct().toList(), n -> {
            String key = n.siteId() + "\u0000" + n.standardCode();
            if (wanted.contains(key)) {
                findings.put(key, n);
            }
        });
        List<Exposed> exposed = new ArrayList<>();
        for (Problem p : listed) {
            Site site = sites.get(p.siteId());
            Optional<Standard> standard = checklists.standard(round.indicatorSetId(), site.siteType(), p.standardCode());
            FindingRepository.Noted finding = findings.get(p.siteId() + "\u0000" + p.standardCode());
            BigDecimal lost = standard.isEmpty() || finding == null ? BigDecimal.ZERO
                    : FindingScore.earned(standard.get(), finding.answer(), tree.grades()).map(standard.get().points()::subtract).orElse(BigDecimal.ZERO);
            exposed.add(new Exposed(site.responsibleUnit(), site.district(), site.street(), site.name(), p.standardCode(),
                    standard.map(Standard::text).orElse(""), finding == null ? "" : finding.note(), p.deadline(),
                    Escalation.of(p, round.end(), thresholds), Escalation.overdueDays(p, round.end()), lost, p.recurred(),
                    then.failedRecheckIn(p.id()),
                    finding == null || finding.photos().isEmpty() ? null : photos.file(finding.photos().get(0))));
        }
        exposed.sort(WORST_PROBLEM_FIRST);
        return exposed;
    }
}
