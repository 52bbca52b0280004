package org.civicinspect.service.packages;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.Round;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;

/**
 * The sites of a round a team's result package may answer: those assigned to it, and those it may have had in a task
 * package before they were moved to another team (its laptop keeps answering them, and both answers stand side by
 * side). The office keeps no list of the sites each task held, so the second kind is read from the audit log: the
 * team was sent a task for the round, and afterwards the round was assigned again, or this site moved, added or taken
 * out. That errs on the side of taking answers in: a false refusal would stop the team's laptop for good, since each
 * of its packages holds everything so far.
 */
final class SitesOfTeam {

    private final Team team;
    private final Map<String, String> teamOfSite;
    private final List<AuditEntry> changesSinceFirstTask;

    private SitesOfTeam(Team team, Map<String, String> teamOfSite, List<AuditEntry> changesSinceFirstTask) {
        this.team = team;
        this.teamOfSite = teamOfSite;
        this.changesSinceFirstTask = changesSinceFirstTask;
    }

    /** {@code teamOfSite} names the team of each drawn site the package names (null for a site without one). */
    static SitesOfTeam of(Tx tx, Round round, Team team, Map<String, String> teamOfSite) throws SQLException {
        List<AuditEntry> changes = List.of();
        var firstTask = tx.packages().tasksSent(round.id(), team.id()).stream().findFirst();
        if (firstTask.isPresent()) {
            Instant sent = firstTask.get().at();
            changes = tx.audit().about(Audit.round(round.id())).stream()
                    .filter(e -> !e.at().isBefore(sent))
                    .filter(e -> e.action().equals(AuditLog.Action.ASSIGN.name()) || e.action().equals(AuditLog.Action.DRAW.name()))
                    .toList();
        }
        return new SitesOfTeam(team, teamOfSite, changes);
    }

    /** The team the site is assigned to now when the package's team may not answer it, else null. */
    String otherTeam(String siteId) {
        String assigned = teamOfSite.get(siteId);
        if (team.name().equals(assigned) || changesSinceFirstTask.stream().anyMatch(e -> mayHaveMoved(e, siteId))) {
            return null;
        }
        return assigned == null ? "" : assigned;
    }

    /** A whole new assignment, or a move, addition or removal of this site (their details name it as {@code site=ID}). */
    private static boolean mayHaveMoved(AuditEntry change, String siteId) {
        return change.detail().startsWith("teams=") || (change.detail() + " ").contains("site=" + siteId + " ");
    }
}
