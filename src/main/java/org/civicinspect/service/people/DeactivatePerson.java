package org.civicinspect.service.people;

import java.time.Clock;
import org.civicinspect.model.Person;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Takes a person off the lists people are picked from (sign-in, teams sent to laptops) while their name stays on
 * everything they recorded; {@link #reactivate} puts them back.
 */
public final class DeactivatePerson {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public DeactivatePerson(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public Person run(String personId) {
        return setActive(personId, false);
    }

    public Person reactivate(String personId) {
        return setActive(personId, true);
    }

    private Person setActive(String personId, boolean active) {
        Person changed = workspace.write(tx -> {
            Person before = People.withId(tx.people().people(), personId);
            Person after = new Person(before.id(), before.name(), before.phone(), before.role(), before.team(), active);
            tx.people().update(after);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.PERSON, "person:" + after.id(),
                    (active ? "reactivated " : "deactivated ") + after.name());
            return after;
        });
        if (!active && signedIn.person().map(p -> p.id().equals(personId)).orElse(false)) {
            signedIn.signOut();
        }
        return changed;
    }
}
