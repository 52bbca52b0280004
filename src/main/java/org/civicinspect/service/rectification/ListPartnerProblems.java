package org.civicinspect.service.rectification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Workspace;

/**
 * 包联 view: the problems at the sites of each 包联单位 or each 包联领导, from every source, with their status and 督办等级
 * as the problem list works them out today ({@link ListProblems}, worst first). One 包联 is asked for by name, or every one.
 */
public final class ListPartnerProblems {

    /** Whose sites: grouped by 包联领导 or by 包联单位. */
    public enum By { LEADER, UNIT }

    /** A 包联单位 or 包联领导, the number of sites it has, and the problems at them. */
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
     * Every 包联 of the kind asked for, by name, or only {@code name} (refused when no site names it); a 包联 whose sites
     * have no problem is listed with none.
     */
    public List<Partner> run(By by, String name) {
        Function<Site, String> partnerOf = by == By.LEADER ? Site::partnerLeader : Site::partnerUnit;
        Map<String, Site> sites = workspace.read(tx -> tx.sites().byId());
        Map<String, Integer> siteCounts = new TreeMap<>(NaturalOrder.INSTANCE);
        sites.values().stream().map(partnerOf).filter(p -> !p.isEmpty()).forEach(p -> siteCounts.merge(p, 1, Integer::sum));
        String wanted = name == null ? null : name.strip();
        if (wanted != null && !siteCounts.containsKey(wanted)) {
            throw new RequestRefused(by == By.LEADER ? "problems.partner.noLeader" : "problems.partner.noUnit", wanted);
        }
        Map<String, List<ListProblems.Listed>> problems = new LinkedHashMap<>();
        for (ListProblems.Listed l : listProblems.run(null, ListProblems.Filter.ALL).problems()) {
            Site site = l.place().siteId() == null ? null : sites.get(l.place().siteId());
            String partner = site == null ? "" : partnerOf.apply(site);
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
