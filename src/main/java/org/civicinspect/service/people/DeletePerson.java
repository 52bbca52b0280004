package org.civicinspect.service.people;

import java.time.Clock;
import org.civicinspect.model.Person;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** Removes a person added by mistake; someone whose name is on any record is refused, to be deactivated instead. */
public final class DeletePerson {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public DeletePerson(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public Person run(String personId) {
        if (signedIn.person().map(p -> p.id().equals(personId)).orElse(false)) {
            throw new RequestRefused("person.deleteSelf", signedIn.name());
        }
        return workspace.write(tx -> {
            Person person = People.withId(tx.people().people(), personId);
            if (tx.people().namedByRecords(person.name())) {
                throw new RequestRefused("person.hasRecords", person.name());
            }
            tx.people().delete(person.id());
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.PERSON, "person:" + person.id(),
                    "deleted " + person.name() + " " + person.role() + " team=" + person.team());
            return person;
        });
    }
}
