package org.civicinspect.service.materials;

import java.sql.SQLException;
import java.util.Optional;
import org.civicinspect.model.PackageKind;
import org.civicinspect.store.Tx;

/**
 * The unit whose workspace this is, when it is a unit's: the unit named by the newest unit task package taken in, under
 * the id the office knows it by, and the round that package was for.
 */
public record UnitOfWorkspace(String id, String name, String roundId) {

    public static Optional<UnitOfWorkspace> of(Tx tx) throws SQLException {
        var task = tx.packages().newestReceivedOfKind(PackageKind.UNIT_TASK.name());
        if (task.isEmpty()) {
            return Optional.empty();
        }
        String id = task.get().teamId();
        return Optional.of(new UnitOfWorkspace(id, tx.units().registeredName(id).orElse(id), task.get().roundId()));
    }
}
