package org.civicinspect.service.people;

import java.time.Clock;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Changes a person's name, phone, role or team. Records name people by name, so someone already named on a record
 * keeps their name: renaming them would leave those records naming nobody in the registry.
 */
public final class EditPerson {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public EditPerson(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public Person run(String personId, String name, String phone, Role role, String team) {
        if (name == null || name.isBlank()) {
            throw new RequestRefused("cli.people.needsName");
        }
        return workspace.write(tx -> {
            Person before = People.withId(tx.people().people(), personId);
            if (!before.name().equals(name.strip()) && tx.people().namedByRecords(before.name())) {
                throw new RequestRefused("person.renameWithRecords", before.name());
            }
            Person after = new Person(before.id(), name.strip(), phone == null ? "" : phone.strip(), role == null ? before.role() : role,
                    team == null || team.isBlank() ? null : team.strip(), before.active());
            tx.people().update(after);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.PERSON, "person:" + after.id(),
                    "edited " + before.name() + " " + before.role() + " team=" + before.team() + " -> " + after.name() + " " + after.role()
                            + " team=" + after.team());
            return after;
        });
    }
}
