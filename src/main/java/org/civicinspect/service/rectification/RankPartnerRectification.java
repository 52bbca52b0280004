package org.civicinspect.service.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.PartnerRule;
import org.civicinspect.model.Problem;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/**
 * 包联 ranking: the 包联单位 and 包联领导 of the sites with problems, ranked by 整改率 as a round publishes it. The figures
 * are {@link ShowRectificationStanding}'s, counted the same way over the same problems (those due by the round's end, as
 * they stood when its review was done), grouped by each problem's 包联单位 or 包联领导 as {@link PartnerRule} decides
 * (its site's own, else its community's or street's) instead of its responsible unit; a problem with no 包联 counts for
 * nobody here. The red and black lists
 * follow the same rule as the units' (each at most half, never the same one, a 包联 with everything fixed never black).
 */
public final class RankPartnerRectification {

    /** One way of grouping: best first, with its red and black lists. */
    public record Ranked(List<ShowRectificationStanding.UnitStanding> bestFirst, List<ShowRectificationStanding.UnitStanding> redList,
                         List<ShowRectificationStanding.UnitStanding> blackList) {
        public Ranked {
            bestFirst = List.copyOf(bestFirst);
            redList = List.copyOf(redList);
            blackList = List.copyOf(blackList);
        }
    }

    /** The round, the date it is judged as of, and the ranking of 包联单位 and of 包联领导. */
    public record Ranking(Round round, LocalDate asOf, Ranked units, Ranked leaders) {
    }

    private final Workspace workspace;
    private final ChangeRectificationRules rules;

    public RankPartnerRectification(Workspace workspace, ChangeRectificationRules rules) {
        this.workspace = workspace;
        this.rules = rules;
    }

    /** The round's 包联 ranking with lists of at most {@code listSize} each. */
    public Ranking of(String roundReference, int listSize) {
        Escalation.Rules thresholds = rules.escalation();
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            ProblemsAsOf then = ProblemsAsOf.of(tx, round);
            Map<String, Site> sites = tx.sites().byId();
            PartnerRule rule = new PartnerRule(tx.partnerAreas().all());
            Function<Function<PartnerRule.Partner, String>, Ranked> rank = nameOf -> {
                List<ShowRectificationStanding.UnitStanding> worstFirst = ShowRectificationStanding.tally(then, round.end(), thresholds,
                        (Problem p) -> nameOf.apply(rule.of(p, p.siteId() == null ? null : sites.get(p.siteId()))));
                ShowRectificationStanding.Lists lists = ShowRectificationStanding.lists(worstFirst, listSize);
                return new Ranked(worstFirst.stream().sorted(ShowRectificationStanding.BEST_FIRST).toList(), lists.red(), lists.black());
            };
            return new Ranking(round, round.end(), rank.apply(PartnerRule.Partner::unit), rank.apply(PartnerRule.Partner::leader));
        });
    }
}
