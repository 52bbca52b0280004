package org.civicinspect.service.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.SiteAnswers;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/** A round's numbers from its findings, and the round before it (by start date) for the change against it. */
public final class ScoreRound {

    /** The scores of a round and, when there is one, of the round before it. */
    public record Scored(Round round, RoundScores scores, Optional<Round> previousRound, Optional<RoundScores> previous) {
    }

    private final Workspace workspace;
    private final Checklists checklists;

    public ScoreRound(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public Scored run(String roundReference) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        Optional<Round> previous = workspace.read(tx -> tx.rounds().list()).stream()
                .filter(r -> r.start().isBefore(round.start()))
                .max(Comparator.comparing(Round::start));
        return new Scored(round, scores(round), previous, previous.map(this::scores));
    }

    /** The round's numbers alone, without the round before it. */
    public RoundScores only(String roundReference) {
        return scores(workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference)));
    }

    /** The numbers of each round alone, in the order given; rounds are scored side by side on the machine's cores. */
    public List<RoundScores> only(List<String> roundIds) {
        List<Round> rounds = workspace.read(tx -> {
            List<Round> found = new ArrayList<>();
            for (String id : roundIds) {
                found.add(Rounds.require(tx.rounds().findByReference(id), id));
            }
            return found;
        });
        return rounds.parallelStream().map(this::scores).toList();
    }

    private RoundScores scores(Round round) {
        return workspace.read(tx -> {
            Map<String, Site> sites = tx.sites().byId();
            Map<String, Map<String, Answer>> bySite = tx.findings().answersOfRound(round.id());
            List<SiteAnswers> inspected = new ArrayList<>();
            bySite.forEach((siteId, answers) -> inspected.add(new SiteAnswers(sites.get(siteId), answers)));
            return RoundScores.of(checklists.tree(round.indicatorSetId()), inspected, tx.negativeEvents().ofRound(round.id()));
        });
    }
}
