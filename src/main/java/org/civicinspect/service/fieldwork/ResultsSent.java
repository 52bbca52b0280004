package org.civicinspect.service.fieldwork;

import java.sql.SQLException;
import java.time.Instant;
import org.civicinspect.store.Tx;

/** Whether this laptop has sent the office a round's results since a moment: what was sent can no longer be taken back here. */
final class ResultsSent {

    private ResultsSent() {
    }

    static boolean since(Tx tx, String roundId, Instant moment) throws SQLException {
        return tx.packages().resultsSent(roundId).stream().anyMatch(p -> !p.at().isBefore(moment));
    }
}
