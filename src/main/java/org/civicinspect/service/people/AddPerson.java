package org.civicinspect.service.people;

import java.time.Clock;
import java.util.UUID;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** Registers a person, creating their team when it is new. */
public final class AddPerson {

    private final Workspace workspace;
    private final Clock clock;

    public AddPerson(Workspace workspace, Clock clock) {
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
            tx.people().add(person);
            tx.audit().append(Audit.now(clock), Audit.operator(), AuditLog.Action.PERSON, "person:" + person.id(),
                    "added " + person.name() + " " + person.role() + " team=" + person.team());
            return null;
        });
        return person;
    }
}
