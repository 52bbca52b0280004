package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.Category;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;

/**
 * A round's numbers, always computed from its findings and never stored: by site, site type, street, district,
 * responsible unit, standard, 测评项目, and for the whole city. The same findings in any order give the same numbers.
 * A site visited but answered entirely 不适用 counts among the sites of its groups, with nothing scored: such a group
 * has no rate ({@link Aggregate#rated()}) and no rank.
 */
public final class RoundScores {

    private final List<Aggregate.Line> lines;
    private final Map<String, Site> sites;
    private final Set<String> awaitingReview;
    private final Map<String, String> categoryOfStandard;
    private final List<NegativeEvent> negativeEvents;
    private final Map<String, Map<String, Aggregate>> groupings = new ConcurrentHashMap<>();
    private volatile Aggregate city;

    private RoundScores(List<Aggregate.Line> lines, Map<String, Site> sites, Set<String> awaitingReview, Map<String, String> categoryOfStandard,
                        List<NegativeEvent> negativeEvents) {
        this.lines = lines;
        this.sites = sites;
        this.awaitingReview = awaitingReview;
        this.categoryOfStandard = categoryOfStandard;
        this.negativeEvents = negativeEvents;
    }

    public static RoundScores of(IndicatorTree tree, List<SiteAnswers> inspected) {
        return of(tree, inspected, List.of());
    }

    public static RoundScores of(IndicatorTree tree, List<SiteAnswers> inspected, List<NegativeEvent> negativeEvents) {
        Map<String, Standard> standards = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (Category category : tree.categories()) {
            for (Indicator indicator : category.indicators()) {
                for (Standard s : indicator.standards()) {
                    standards.put(s.code(), s);
                    categories.put(s.code(), category.name());
                }
            }
        }
        List<Aggregate.Line> lines = new ArrayList<>();
        Map<String, Site> sites = new HashMap<>();
        Set<String> awaitingReview = new HashSet<>();
        for (SiteAnswers site : inspected) {
            sites.put(site.site().id(), site.site());
            if (site.awaitingReview()) {
                awaitingReview.add(site.site().id());
            }
            for (Map.Entry<String, Answer> answer : site.answers().entrySet()) {
                Standard standard = standards.get(answer.getKey());
                if (standard == null || answer.getValue().kind() == AnswerKind.NOT_APPLICABLE) {
                    continue;
                }
                BigDecimal earned = FindingScore.earned(standard, answer.getValue(), tree.grades()).orElseThrow();
                lines.add(new Aggregate.Line(site.site().id(), site.site().name(), standard.code(), earned, standard.points(),
                        earned.compareTo(standard.points()) >= 0, answer.getValue().failing()));
            }
        }
        lines.sort(Comparator.comparing(Aggregate.Line::siteId).thenComparing(Aggregate.Line::standardCode));
        return new RoundScores(List.copyOf(lines), Map.copyOf(sites), Set.copyOf(awaitingReview), Map.copyOf(categories),
                List.copyOf(negativeEvents));
    }

    /** The whole city: every scored finding, and every visited site among its sites. */
    public Aggregate city() {
        Aggregate figure = city;
        if (figure == null) {
            figure = aggregate("全市", lines, sites.size(), awaitingReview.size());
            city = figure;
        }
        return figure;
    }

    /** The city's 实地考察得分: its field 得分率 × 100 less the round's negative-list deductions (not the 综合得分, {@link CompositeScore}). */
    public CityScore cityScore() {
        return new CityScore(city(), negativeEvents);
    }

    /** The inspected site behind a site id of {@link #bySite()} or of an {@link Aggregate.Line}. */
    public Site site(String siteId) {
        return sites.get(siteId);
    }

    /** Whether the site's inspection is counted while it still waits for review (reports mark it 待审核). */
    public boolean awaitingReview(String siteId) {
        return awaitingReview.contains(siteId);
    }

    public Map<String, Aggregate> bySite() {
        return groupings("site", () -> groupBySite(Site::id));
    }

    public Map<String, Aggregate> bySiteType() {
        return groupings("siteType", () -> groupBySite(Site::siteType));
    }

    public Map<String, Aggregate> byDistrict() {
        return groupings("district", () -> groupBySite(Site::district));
    }

    public Map<String, Aggregate> byStreet() {
        return groupings("street", () -> groupBySite(s -> s.district() + " " + s.street()));
    }

    public Map<String, Aggregate> byResponsibleUnit() {
        return groupings("responsibleUnit", () -> groupBySite(Site::responsibleUnit));
    }

    public Map<String, Aggregate> byStandard() {
        return groupings("standard", () -> groupBy(Aggregate.Line::standardCode));
    }

    public Map<String, Aggregate> byCategory() {
        return groupings("category", () -> groupBy(l -> categoryOfStandard.get(l.standardCode())));
    }

    /** Each grouping is worked out once, when first asked for: the scores never change, and reports ask for the same groups again. */
    private Map<String, Aggregate> groupings(String name, Supplier<Map<String, Aggregate>> group) {
        return groupings.computeIfAbsent(name, n -> Collections.unmodifiableMap(group.get()));
    }

    /** Groups of sites: every visited site counts in its group, whether or not it scored anything. */
    private Map<String, Aggregate> groupBySite(Function<Site, String> key) {
        Map<String, List<Aggregate.Line>> groups = new TreeMap<>();
        Map<String, Integer> visited = new HashMap<>();
        Map<String, Integer> awaiting = new HashMap<>();
        for (Site site : sites.values()) {
            groups.computeIfAbsent(key.apply(site), k -> new ArrayList<>());
            visited.merge(key.apply(site), 1, Integer::sum);
            awaiting.merge(key.apply(site), awaitingReview.contains(site.id()) ? 1 : 0, Integer::sum);
        }
        for (Aggregate.Line line : lines) {
            groups.get(key.apply(sites.get(line.siteId()))).add(line);
        }
        Map<String, Aggregate> aggregates = new TreeMap<>();
        groups.forEach((group, groupLines) -> aggregates.put(group, aggregate(group, groupLines, visited.get(group), awaiting.get(group))));
        return aggregates;
    }

    /** Groups of findings (a standard, a 测评项目): their sites are the sites that scored them. */
    private Map<String, Aggregate> groupBy(Function<Aggregate.Line, String> key) {
        Map<String, List<Aggregate.Line>> groups = new TreeMap<>();
        for (Aggregate.Line line : lines) {
            groups.computeIfAbsent(key.apply(line), k -> new ArrayList<>()).add(line);
        }
        Map<String, Aggregate> aggregates = new TreeMap<>();
        groups.forEach((group, groupLines) -> {
            List<String> scoredBy = groupLines.stream().map(Aggregate.Line::siteId).distinct().toList();
            aggregates.put(group, aggregate(group, groupLines, scoredBy.size(), (int) scoredBy.stream().filter(awaitingReview::contains).count()));
        });
        return aggregates;
    }

    private static Aggregate aggregate(String group, List<Aggregate.Line> lines, int sites, int awaitingReview) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        int fullyMet = 0;
        int problems = 0;
        for (Aggregate.Line line : lines) {
            earned = earned.add(line.earned());
            possible = possible.add(line.points());
            fullyMet += line.fullyMet() ? 1 : 0;
            problems += line.problem() ? 1 : 0;
        }
        return new Aggregate(group, earned, possible, lines.size(), fullyMet, problems, sites, awaitingReview, lines);
    }
}
