package org.civicinspect.service.units;

import java.time.Clock;
import java.util.Optional;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Adds a unit to the registry, or updates the one of that name (a unit so far known only from sites is registered with
 * the contacts given). The name is what sites and the 任务分解 name it by, so it is not changed here.
 */
public final class SaveUnit {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SaveUnit(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** The unit as stored, its texts stripped. */
    public ResponsibleUnit run(ResponsibleUnit unit) {
        ResponsibleUnit clean = new ResponsibleUnit(unit.name().strip(), unit.kind().strip(), unit.leader().strip(), unit.leaderPhone().strip(),
                unit.liaison().strip(), unit.liaisonPhone().strip(), unit.notes().strip());
        if (clean.name().isEmpty()) {
            throw new RequestRefused("units.form.nameRequired");
        }
        return workspace.write(tx -> {
            Optional<ResponsibleUnit> before = tx.units().registered().stream().filter(u -> u.name().equals(clean.name())).findFirst();
            if (before.isPresent() && before.get().equals(clean)) {
                return clean;
            }
            tx.units().save(clean);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.UNIT, "unit:" + clean.name(),
                    (before.isPresent() ? "updated " : "registered ") + describe(clean));
            return clean;
        });
    }

    private static String describe(ResponsibleUnit u) {
        return "kind=" + u.kind() + " leader=" + u.leader() + " " + u.leaderPhone() + " liaison=" + u.liaison() + " " + u.liaisonPhone();
    }
}
