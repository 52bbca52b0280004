package org.civicinspect.service.people;

import org.civicinspect.service.common.Audit;
import java.time.Instant;
import java.util.UUID;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PeopleRepository;
import org.civicinspect.store.Workspace;

/** Registers a person, creating their team when it is new. */
public final class AddPerson {

    private final Workspace workspace;
    private final PeopleRepository people = new PeopleRepository();

    public AddPerson(Workspace workspace) {
        this.workspace = workspace;
    }

    public Person run(String name, String phone, Role role, String team) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        Person person = new Person(UUID.randomUUID().toString(), name.strip(), phone == null ? "" : phone.strip(), role,
                team == null || team.isBlank() ? null : team.strip());
        workspace.write(c -> {
            people.add(c, person);
            new AuditLog().append(c, Instant.now(), Audit.operator(), AuditLog.Action.PERSON, "person:" + person.id(),
                    "added " + person.name() + " " + person.role() + " team=" + person.team());
            return null;
        });
        return person;
    }
}
