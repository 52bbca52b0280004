package org.civicinspect.service.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemPlace;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/**
 * 整改督办 list: a round's problems (those it raised and those its rechecks found still there), or every problem from
 * every source, with where they are, their 督办等级 worked out from today's date, and how many of them each responsible
 * unit and district has closed; filtered by unit, district, colour, status, overdue or source.
 */
public final class ListProblems {

    /** A problem as the list shows it. */
    public record Listed(Problem problem, ProblemPlace place, String standardText, Escalation escalation, long overdueDays) {
    }

    /** What to show; null or false means no filter. */
    public record Filter(String unit, String district, Escalation escalation, ProblemStatus status, boolean overdueOnly, ProblemSource source) {
        public static final Filter ALL = new Filter(null, null, null, null, false, null);

        public Filter(String unit, String district, Escalation escalation, ProblemStatus status, boolean overdueOnly) {
            this(unit, district, escalation, status, overdueOnly, null);
        }

        boolean keeps(Listed l) {
            return (unit == null || unit.equals(l.place().unit())) && (district == null || district.equals(l.place().district()))
                    && (escalation == null || escalation == l.escalation()) && (status == null || status == l.problem().status())
                    && (!overdueOnly || l.overdueDays() > 0) && (source == null || source == l.problem().source());
        }
    }

    /** One unit's or district's share of the listed problems: closed of those listed. */
    public record Rate(String name, int raised, int closed, int recurred) {
        public double rate() {
            return raised == 0 ? 0 : (double) closed / raised;
        }
    }

    /**
     * The listed problems, with the counts of every unit and district (before filtering), fewest closed first; the
     * round, or null for all. The 整改率 a round publishes, and its lists, are {@link ShowRectificationStanding}'s.
     */
    public record Result(Round round, List<Listed> problems, List<Rate> units, List<Rate> districts) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final ChangeRectificationRules rules;

    public ListProblems(Workspace workspace, Clock clock, Checklists checklists, ChangeRectificationRules rules) {
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
        this.rules = rules;
    }

    /**
     * A round's problems as its 问题清单 lists them (those it raised, and earlier ones whose recheck in it failed), or
     * (with a null round) every problem.
     */
    public Result run(String roundReference, Filter filter) {
        Escalation.Rules thresholds = rules.escalation();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        return workspace.read(tx -> {
            Round round = roundReference == null ? null : Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            Map<String, Round> rounds = new HashMap<>();
            tx.rounds().list().forEach(r -> rounds.put(r.id(), r));
            Map<String, Site> sites = round == null ? tx.sites().byId() : tx.sites().ofRound(round.id());
            Map<String, String> libraryTexts = null;
            List<Listed> all = new ArrayList<>();
            for (Problem p : round == null ? tx.problems().all() : tx.problems().listedInRound(round.id())) {
                Site site = p.siteId() == null ? null : sites.containsKey(p.siteId()) ? sites.get(p.siteId()) : tx.sites().find(p.siteId()).orElseThrow();
                String text;
                if (p.standardCode() == null) {
                    text = "";
                } else if (p.roundId() != null) {
                    text = checklists.standard(rounds.get(p.roundId()).indicatorSetId(), site.siteType(), p.standardCode()).map(s -> s.text()).orElse("");
                } else {
                    libraryTexts = libraryTexts == null ? tx.indicatorSets().standardTexts() : libraryTexts;
                    text = libraryTexts.getOrDefault(p.standardCode(), "");
                }
                all.add(new Listed(p, ProblemPlace.of(p, site), text, Escalation.of(p, today, thresholds), Escalation.overdueDays(p, today)));
            }
            all.sort(Comparator.comparing((Listed l) -> l.escalation().ordinal()).reversed()
                    .thenComparing(l -> l.problem().deadline()).thenComparing(l -> l.place().name()));
            return new Result(round, all.stream().filter(filter::keeps).toList(), rates(all, ProblemPlace::unit), rates(all, ProblemPlace::district));
        });
    }

    private static List<Rate> rates(List<Listed> all, java.util.function.Function<ProblemPlace, String> by) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Listed l : all) {
            int[] n = counts.computeIfAbsent(by.apply(l.place()), k -> new int[3]);
            n[0]++;
            n[1] += l.problem().status().open() ? 0 : 1;
            n[2] += l.problem().recurred() ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new Rate(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingDouble(Rate::rate).thenComparing(Rate::name)).toList();
    }
}
