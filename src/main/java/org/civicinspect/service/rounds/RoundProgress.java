package org.civicinspect.service.rounds;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.store.Tx;

/**
 * A round's status follows its inspections once work has started: 测评中 while any drawn site is unfinished,
 * 审核中 when every one is finished and some await review, 已完成 when every one is approved. A round still being
 * prepared stays so until results or a task package exist.
 */
public final class RoundProgress {

    private RoundProgress() {
    }

    public static void settle(Tx tx, Round round) throws SQLException {
        Round current = tx.rounds().find(round.id()).orElse(round);
        List<String> drawn = tx.rounds().drawnSiteIds(round.id());
        Map<String, InspectionStatus> statuses = tx.inspections().statuses(round.id());
        if (current.status() == RoundStatus.PREPARING && statuses.isEmpty()) {
            return;
        }
        long approved = drawn.stream().filter(id -> statuses.get(id) == InspectionStatus.APPROVED).count();
        long finished = drawn.stream().filter(id -> statuses.get(id) != null && statuses.get(id).locked()).count();
        RoundStatus next = drawn.isEmpty() || finished < drawn.size() ? RoundStatus.INSPECTING
                : approved == drawn.size() ? RoundStatus.DONE : RoundStatus.REVIEWING;
        if (next != current.status()) {
            tx.rounds().setStatus(round.id(), next);
        }
    }
}
