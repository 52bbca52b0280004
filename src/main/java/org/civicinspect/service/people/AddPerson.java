package org.civicinspect.service.people;

import java.time.Clock;
import java.util.UUID;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** Registers a person, creating their team when it is new. */
public final class AddPerson {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public AddPerson(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public Person run(String name, String phone, Role role, String team) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        Person person = new Person(UUID.randomUUID().toString(), name.strip(), phone == null ? "" : phone.strip(), role,
                team == null || team.isBlank() ? null : team.strip());
        workspace.write(tx -> {
            // The first person of a new workspace can only be registered by themselves: nobody else is there yet.
            String actor = signedIn.person().isEmpty() && tx.people().people().isEmpty() ? person.name() : signedIn.name();
            tx.people().add(person);
            tx.audit().append(Audit.now(clock), actor, AuditLog.Action.PERSON, "person:" + person.id(),
                    "added " + person.name() + " " + person.role() + " team=" + person.team());
            return null;
        });
        return person;
    }
}
