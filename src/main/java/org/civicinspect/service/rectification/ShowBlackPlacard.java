package org.civicinspect.service.rectification;

import org.civicinspect.service.rounds.ShowRound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civicinspect.model.Round;

/**
 * 流动黑牌: in each round, the responsible unit with the lowest 整改率 of the problems raised in that round (more
 * problems first when rates are equal, then by name) holds the black placard until the next round passes it on.
 */
public final class ShowBlackPlacard {

    /** Who held the placard for a round, and why. */
    public record Holder(Round round, ListProblems.Rate unit) {
    }

    private final ShowRound showRound;
    private final ListProblems listProblems;

    public ShowBlackPlacard(ShowRound showRound, ListProblems listProblems) {
        this.showRound = showRound;
        this.listProblems = listProblems;
    }

    /** The placard's history, oldest round first; rounds without problems pass no placard. */
    public List<Holder> history() {
        List<Holder> holders = new ArrayList<>();
        for (Round round : showRound.list()) {
            listProblems.run(round.id(), ListProblems.Filter.ALL).units().stream()
                    .min(Comparator.comparingDouble(ListProblems.Rate::rate).thenComparing(Comparator.comparingInt(ListProblems.Rate::raised).reversed())
                            .thenComparing(ListProblems.Rate::name))
                    .ifPresent(worst -> holders.add(new Holder(round, worst)));
        }
        return holders;
    }
}
