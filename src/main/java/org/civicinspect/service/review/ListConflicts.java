package org.civicinspect.service.review;

import java.util.List;
import java.util.Map;
import org.civicinspect.model.Conflict;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/** 冲突队列: the round's conflicts with every answer each is between, the open ones first. */
public final class ListConflicts {

    /** A conflict with what a supervisor reads: the site, the standard's text, and each answer's team. */
    public record Listed(Conflict conflict, Site site, String standardText, Map<String, String> teamNames) {
        public String teamOf(String teamId) {
            return teamId == null ? "" : teamNames.getOrDefault(teamId, teamId);
        }
    }

    private final Workspace workspace;
    private final Checklists checklists;

    public ListConflicts(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public List<Listed> run(String roundReference, boolean openOnly) {
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            Map<String, Site> sites = tx.sites().byId();
            Map<String, String> teams = new java.util.HashMap<>();
            tx.people().teams().forEach(t -> teams.put(t.id(), t.name()));
            return tx.conflicts().ofRound(round.id(), openOnly).stream()
                    .map(conflict -> {
                        Site site = sites.get(conflict.siteId());
                        String text = checklists.standard(round.indicatorSetId(), site.siteType(), conflict.standardCode())
                                .map(org.civicinspect.model.Standard::text).orElse("");
                        return new Listed(conflict, site, text, teams);
                    }).toList();
        });
    }
}
