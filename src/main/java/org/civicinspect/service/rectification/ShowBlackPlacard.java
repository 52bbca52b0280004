package org.civicinspect.service.rectification;

import java.util.List;

/**
 * 流动黑牌: after each round, the responsible unit with the lowest 整改率 of the problems then due holds the black
 * placard (see {@link ShowRectificationStanding}); a unit that fixed everything due never holds it. Each round's holder
 * is read from the problems as they stood when that round's review was done, so a later change does not rewrite it.
 */
public final class ShowBlackPlacard {

    private final ShowRectificationStanding standing;

    public ShowBlackPlacard(ShowRectificationStanding standing) {
        this.standing = standing;
    }

    /** The placard's history, oldest round first; rounds where nobody had anything due pass no placard. */
    public List<ShowRectificationStanding.Holder> history() {
        return standing.placardHistory();
    }
}
