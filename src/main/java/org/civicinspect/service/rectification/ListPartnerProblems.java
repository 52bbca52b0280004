package org.civicinspect.service.rectification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.PartnerArea;
import org.civicinspect.model.PartnerRule;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Workspace;

/**
 * 包联 view: the problems of each 包联单位 or each 包联领导, from every source, with their status and 督办等级 as the
 * problem list works them out today ({@link ListProblems}, worst first). Whose a problem is, {@link PartnerRule} decides:
 * its site's own 包联, else its community's or street's. One 包联 is asked for by name, or every one.
 */
public final class ListPartnerProblems {

    /** Whose sites: grouped by 包联领导 or by 包联单位. */
    public enum By { LEADER, UNIT }

    /** A 包联单位 or 包联领导, the number of sites it answers for (its own and those of its areas), and its problems. */
    public record Partner(String name, int sites, List<ListProblems.Listed> problems) {
        public Partner {
            problems = List.copyOf(problems);
        }

        /** Problems still open (not 已销号). */
        public long open() {
            return problems.stream().filter(l -> l.problem().status().open()).count();
        }
    }

    private final Workspace workspace;
    private final ListProblems listProblems;

    public ListPartnerProblems(Workspace workspace, ListProblems listProblems) {
        this.workspace = workspace;
        this.listProblems = listProblems;
    }

    /**
     * Every 包联 of the kind asked for, by name, or only {@code name} (refused when no site nor area names it); a 包联
     * without problems is listed with none.
     */
    public List<Partner> run(By by, String name) {
        Function<PartnerRule.Partner, String> nameOf = by == By.LEADER ? PartnerRule.Partner::leader : PartnerRule.Partner::unit;
        record Read(Map<String, Site> sites, List<PartnerArea> areas) {
        }
        Read read = workspace.read(tx -> new Read(tx.sites().byId(), tx.partnerAreas().all()));
        PartnerRule rule = new PartnerRule(read.areas());
        Map<String, Integer> siteCounts = new TreeMap<>(NaturalOrder.INSTANCE);
        read.areas().stream().map(a -> nameOf.apply(new PartnerRule.Partner(a.partnerUnit(), a.partnerLeader())))
                .filter(p -> !p.isEmpty()).forEach(p -> siteCounts.putIfAbsent(p, 0));
        read.sites().values().stream().map(s -> nameOf.apply(rule.of(s))).filter(p -> !p.isEmpty()).forEach(p -> siteCounts.merge(p, 1, Integer::sum));
        String wanted = name == null ? null : name.strip();
        if (wanted != null && !siteCounts.containsKey(wanted)) {
            throw new RequestRefused(by == By.LEADER ? "problems.partner.noLeader" : "problems.partner.noUnit", wanted);
        }
        Map<String, List<ListProblems.Listed>> problems = new LinkedHashMap<>();
        for (ListProblems.Listed l : listProblems.run(null, ListProblems.Filter.ALL).problems()) {
            Site site = l.problem().siteId() == null ? null : read.sites().get(l.problem().siteId());
            String partner = nameOf.apply(rule.of(l.problem(), site));
            if (!partner.isEmpty()) {
                problems.computeIfAbsent(partner, k -> new ArrayList<>()).add(l);
            }
        }
        List<Partner> partners = new ArrayList<>();
        siteCounts.forEach((partner, count) -> {
            if (wanted == null || wanted.equals(partner)) {
                partners.add(new Partner(partner, count, problems.getOrDefault(partner, List.of())));
            }
        });
        return partners;
    }
}
