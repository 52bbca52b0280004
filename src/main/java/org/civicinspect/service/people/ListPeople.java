package org.civicinspect.service.people;

import java.util.List;
import org.civicinspect.model.Person;
import org.civicinspect.model.Team;
import org.civicinspect.store.Workspace;

/** Everyone registered, and the teams they form. */
public final class ListPeople {

    private final Workspace workspace;

    public ListPeople(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Person> people() {
        return workspace.read(tx -> tx.people().people());
    }

    public List<Team> teams() {
        return workspace.read(tx -> tx.people().teams());
    }
}
