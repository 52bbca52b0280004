package org.civicinspect.service.rounds;

import org.civicinspect.service.common.RequestRefused;
import java.util.Optional;
import org.civicinspect.model.Round;

/** What the round use cases share: a round a user named must exist. */
public final class Rounds {

    private Rounds() {
    }

    public static Round require(Optional<Round> found, String reference) {
        return found.orElseThrow(() -> new RequestRefused(
                reference.strip().equalsIgnoreCase("latest") ? "round.none" : "round.notFound", reference));
    }
}
