package org.civicinspect.service.rounds;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Splits a round's drawn sites among teams, balancing the standards each must check; or moves one site
 * to another team by hand afterwards.
 */
public final class AssignTeams {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public AssignTeams(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Assigns to the named teams, or to every team with an inspector when none is named. */
    public RoundDetails run(String roundReference, List<String> teamNames) {
        workspace.write(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            List<Team> teams = tx.people().teams();
            List<String> chosen = teamNames.isEmpty()
                    ? teams.stream().filter(t -> t.members().stream().anyMatch(p -> p.role() == Role.INSPECTOR)).map(Team::name).toList()
                    : teamNames;
            Map<String, String> teamIds = new HashMap<>();
            for (String name : chosen) {
                teamIds.put(name, tx.people().findTeamId(name).orElseThrow(() -> new RequestRefused("round.unknownTeam", name)));
            }
            if (chosen.isEmpty()) {
                throw new RequestRefused("round.noTeams");
            }
            List<DrawnSite> drawn = tx.rounds().drawn(round.id(), tx.sites().byId());
            if (drawn.isEmpty()) {
                throw new RequestRefused("round.notDrawn", round.name());
            }
            Map<String, Integer> sizes = tx.indicatorSets().checklistSizes(round.indicatorSetId());
            List<Site> sites = drawn.stream().map(DrawnSite::site).toList();
            Map<String, String> teamOf = TeamAssigner.assign(sites, chosen, s -> sizes.getOrDefault(s.siteType(), 0));
            Map<String, String> teamIdOf = new HashMap<>();
            teamOf.forEach((site, team) -> teamIdOf.put(site, teamIds.get(team)));
            tx.rounds().assign(round.id(), teamIdOf);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.ASSIGN, Audit.round(round.id()),
                    "teams=" + String.join(",", chosen) + " sites=" + teamIdOf.size());
            return null;
        });
        return new ShowRound(workspace).run(roundReference);
    }

    /** Moves one drawn site (by id or unique name in the draw) to a team. */
    public RoundDetails move(String roundReference, String siteReference, String teamName) {
        workspace.write(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            String teamId = tx.people().findTeamId(teamName).orElseThrow(() -> new RequestRefused("round.unknownTeam", teamName));
            List<DrawnSite> matches = tx.rounds().drawn(round.id(), tx.sites().byId()).stream()
                    .filter(d -> d.site().id().equals(siteReference) || d.site().name().equals(siteReference)).toList();
            if (matches.size() != 1) {
                throw new RequestRefused(matches.isEmpty() ? "round.siteNotDrawn" : "round.siteAmbiguous", siteReference);
            }
            tx.rounds().assign(round.id(), Map.of(matches.get(0).site().id(), teamId));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.ASSIGN, Audit.round(round.id()),
                    "move site=" + matches.get(0).site().id() + " team=" + teamName);
            return null;
        });
        return new ShowRound(workspace).run(roundReference);
    }
}
