package org.civicinspect.service.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.FindingScore;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * {@code report … --explain}: each figure of a scored report with its formula, and each finding behind it with the
 * scoring rule worked with its numbers ({@code 6 处 → max(0, 4 − 6×1) = 0}); the 不适用 answers of the counted sites are
 * listed as left out. Sites and standards are named, never given by id.
 */
public final class ExplainScores {

    /** Which groups of the round to explain. */
    public enum Grouping { CITY, SITE, DISTRICT, STREET, UNIT, STANDARD }

    /** One finding: where, which standard, the rule worked with its answer, what it earned of its points (null when left out). */
    public record Finding(String site, String place, String standardCode, String standard, String formula, BigDecimal earned,
                          BigDecimal points, boolean problem) {
    }

    /** A group's figure with its formula and sums, and the findings it pools. */
    public record Group(String name, String formula, BigDecimal earned, BigDecimal possible, int findings, int sites, List<Finding> lines) {
        public Group {
            lines = List.copyOf(lines);
        }
    }

    /** The groups asked for, and the 不适用 answers that no figure counts. */
    public record Explanation(List<Group> groups, List<Finding> leftOut) {
        public Explanation {
            groups = List.copyOf(groups);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** Findings as people look them up: by district and street, site, then standard. */
    private static final Comparator<Finding> READING = Comparator.comparing(Finding::place).thenComparing(Finding::site)
            .thenComparing(Finding::standardCode);

    private final Workspace workspace;
    private final Checklists checklists;

    public ExplainScores(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public Explanation run(ScoreRound.Scored scored, List<Grouping> groupings) {
        RoundScores scores = scored.scores();
        IndicatorTree tree = checklists.tree(scored.round().indicatorSetId());
        Map<String, Standard> standards = new HashMap<>();
        tree.standards().forEach(s -> standards.put(s.code(), s));
        // The answers of the sites the figures count: the same sites the round was scored from.
        Map<String, Map<String, Answer>> answers = new HashMap<>(workspace.read(tx -> tx.findings().answersOfRound(scored.round().id())));
        answers.keySet().removeIf(siteId -> scores.site(siteId) == null);

        List<Group> groups = new ArrayList<>();
        for (Grouping grouping : groupings) {
            for (Aggregate a : aggregates(scores, grouping)) {
                List<Finding> lines = a.lines().stream().map(line -> finding(scores.site(line.siteId()),
                        standards.get(line.standardCode()), answers.get(line.siteId()).get(line.standardCode()), tree)).sorted(READING).toList();
                groups.add(new Group(name(a.group(), grouping, scores, standards), a.formula(), a.earned(), a.possible(), a.scored(), a.sites(), lines));
            }
        }
        List<Finding> leftOut = new ArrayList<>();
        answers.forEach((siteId, bySite) -> bySite.forEach((code, answer) -> {
            if (answer.kind() == AnswerKind.NOT_APPLICABLE && standards.containsKey(code)) {
                leftOut.add(finding(scores.site(siteId), standards.get(code), answer, tree));
            }
        }));
        leftOut.sort(READING);
        return new Explanation(groups, leftOut);
    }

    private static List<Aggregate> aggregates(RoundScores scores, Grouping grouping) {
        return switch (grouping) {
            case CITY -> List.of(scores.city());
            case SITE -> scores.bySite().values().stream()
                    .sorted(Comparator.comparing((Aggregate a) -> place(scores.site(a.group()))).thenComparing(a -> scores.site(a.group()).name()))
                    .toList();
            case DISTRICT -> List.copyOf(scores.byDistrict().values());
            case STREET -> List.copyOf(scores.byStreet().values());
            case UNIT -> List.copyOf(scores.byResponsibleUnit().values());
            case STANDARD -> List.copyOf(scores.byStandard().values());
        };
    }

    private static String name(String group, Grouping grouping, RoundScores scores, Map<String, Standard> standards) {
        return switch (grouping) {
            case SITE -> scores.site(group).name() + "（" + place(scores.site(group)) + "）";
            case STANDARD -> group + " " + standards.get(group).text();
            default -> group;
        };
    }

    private static Finding finding(Site site, Standard standard, Answer answer, IndicatorTree tree) {
        return new Finding(site.name(), place(site), standard.code(), standard.text(), FindingScore.formula(standard, answer, tree.grades()),
                FindingScore.earned(standard, answer, tree.grades()).orElse(null), standard.points(), answer.failing());
    }

    private static String place(Site site) {
        return (site.district() + " " + site.street()).strip();
    }
}
