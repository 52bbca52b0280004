package org.civicinspect.service.rounds;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Adds one site to a drawn round by hand, with the team that inspects it, after the sites drawn so far. The rest
 * of the draw and every answer stay as they are.
 */
public final class AddSiteToRound {

    /** The site added and the round as it now stands. */
    public record Result(Site site, RoundDetails round) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public AddSiteToRound(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Adds the site (by id, or by a name unique among the active sites) for the named team. */
    public Result run(String roundReference, String siteReference, String teamName) {
        Site added = workspace.write(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            List<String> drawn = tx.rounds().drawnSiteIds(round.id());
            if (drawn.isEmpty()) {
                throw new RequestRefused("round.notDrawn", round.name());
            }
            Site site = site(tx.sites().byId(), siteReference);
            if (drawn.contains(site.id())) {
                throw new RequestRefused("round.siteAlreadyDrawn", site.name(), round.name());
            }
            if (tx.indicatorSets().checklistSizes(round.indicatorSetId()).getOrDefault(site.siteType(), 0) == 0) {
                throw new RequestRefused("round.siteTypeNotInSet", site.name(), site.siteType());
            }
            String teamId = tx.people().findTeamId(teamName).orElseThrow(() -> new RequestRefused("round.unknownTeam", teamName));
            tx.rounds().putDrawn(round.id(), site.id(), DrawReason.ADDED, teamId, tx.rounds().nextDrawOrder(round.id()));
            RoundProgress.settle(tx, round);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.DRAW, Audit.round(round.id()),
                    "add site=" + site.id() + " name=" + site.name() + " team=" + teamName);
            return site;
        });
        return new Result(added, new ShowRound(workspace).run(roundReference));
    }

    private static Site site(Map<String, Site> sites, String reference) {
        String ref = reference.strip();
        Site byId = sites.get(ref);
        List<Site> named = byId != null ? List.of(byId)
                : sites.values().stream().filter(s -> s.name().equals(ref) && s.active()).toList();
        if (named.size() > 1) {
            throw new RequestRefused("round.siteNameAmbiguous", ref);
        }
        if (named.isEmpty()) {
            throw new RequestRefused("round.unknownSite", ref);
        }
        if (!named.get(0).active()) {
            throw new RequestRefused("round.siteInactive", named.get(0).name());
        }
        return named.get(0);
    }
}
