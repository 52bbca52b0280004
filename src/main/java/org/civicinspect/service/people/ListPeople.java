package org.civicinspect.service.people;

import java.util.List;
import org.civicinspect.model.Person;
import org.civicinspect.model.Team;
import org.civicinspect.store.PeopleRepository;
import org.civicinspect.store.Workspace;

/** Everyone registered, and the teams they form. */
public final class ListPeople {

    private final Workspace workspace;
    private final PeopleRepository people = new PeopleRepository();

    public ListPeople(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Person> people() {
        return workspace.read(people::people);
    }

    public List<Team> teams() {
        return workspace.read(people::teams);
    }
}
