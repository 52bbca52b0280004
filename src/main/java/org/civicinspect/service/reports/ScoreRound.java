package org.civicinspect.service.reports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.SiteAnswers;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.service.rounds.ScopeOfRound;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * A round's numbers from the findings of the inspections its scope counts (approved ones, and completed ones awaiting
 * review only when asked), and the round before it (by start date) under the same rule for the change against it.
 */
public final class ScoreRound {

    /** The scores of a round under a scope and, when there is one, of the round before it under the same rule. */
    public record Scored(Round round, ReportScope scope, RoundScores scores, Optional<Round> previousRound, Optional<RoundScores> previous) {
    }

    private final Workspace workspace;
    private final Checklists checklists;
    private final ScopeOfRound scopeOfRound;
    private final KeptRoundScores keptScores = new KeptRoundScores();

    public ScoreRound(Workspace workspace, Checklists checklists, ScopeOfRound scopeOfRound) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.scopeOfRound = scopeOfRound;
    }

    public Scored run(String roundReference, ReportScope.Counted counted) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        Optional<Round> previous = workspace.read(tx -> tx.rounds().list()).stream()
                .filter(r -> r.start().isBefore(round.start()))
                .max(Comparator.comparing(Round::start));
        return new Scored(round, scopeOfRound.of(round, counted), scores(round, counted), previous, previous.map(r -> scores(r, counted)));
    }

    /** What the round's figures count under {@code counted}, as a report states it. */
    public ReportScope scope(String roundReference, ReportScope.Counted counted) {
        return scopeOfRound.of(workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference)), counted);
    }

    /** The round's numbers alone, without the round before it. */
    public RoundScores only(String roundReference, ReportScope.Counted counted) {
        return scores(workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference)), counted);
    }

    /** The numbers of each round alone, in the order given; rounds are scored side by side on the machine's cores. */
    public List<RoundScores> only(List<String> roundIds, ReportScope.Counted counted) {
        List<Round> rounds = workspace.read(tx -> {
            List<Round> found = new ArrayList<>();
            for (String id : roundIds) {
                found.add(Rounds.require(tx.rounds().findByReference(id), id));
            }
            return found;
        });
        Map<String, Site> sites = workspace.read(tx -> tx.sites().byId());
        return rounds.parallelStream().map(r -> workspace.read(tx -> scores(tx, sites, r, counted))).toList();
    }

    private RoundScores scores(Round round, ReportScope.Counted counted) {
        return workspace.read(tx -> scores(tx, tx.sites().byId(), round, counted));
    }

    /**
     * The round's scores, kept from an earlier call while what they are computed from is unchanged. The basis is read
     * before the answers: should a change be committed in between, the scores are kept under the older basis, which
     * the next call no longer matches, so it computes them again.
     */
    private RoundScores scores(Tx tx, Map<String, Site> sites, Round round, ReportScope.Counted counted) throws SQLException {
        Map<String, InspectionStatus> statuses = tx.inspections().statuses(round.id());
        Map<String, Site> inspectedSites = new HashMap<>();
        statuses.keySet().forEach(id -> inspectedSites.put(id, sites.get(id)));
        KeptRoundScores.Basis basis = new KeptRoundScores.Basis(round.indicatorSetId(), tx.findings().stampOfRound(round.id()), statuses,
                inspectedSites, tx.negativeEvents().ofRound(round.id()));
        Optional<RoundScores> kept = keptScores.of(round.id(), counted, basis);
        if (kept.isPresent()) {
            return kept.get();
        }
        List<SiteAnswers> inspected = new ArrayList<>();
        tx.findings().answersOfRound(round.id()).forEach((siteId, answers) -> {
            InspectionStatus status = statuses.get(siteId);
            if (status != null && counted.counts(status)) {
                inspected.add(new SiteAnswers(sites.get(siteId), answers, status != InspectionStatus.APPROVED));
            }
        });
        RoundScores scores = RoundScores.of(checklists.tree(round.indicatorSetId()), inspected, basis.negativeEvents());
        keptScores.keep(round.id(), counted, basis, scores);
        return scores;
    }
}
