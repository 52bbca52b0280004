package org.civicinspect.service.people;

import java.util.Comparator;
import java.util.List;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Person;
import org.civicinspect.model.Team;
import org.civicinspect.store.Workspace;

/** Everyone registered, and the teams they form. */
public final class ListPeople {

    private static final Comparator<Person> BY_TEAM = Comparator
            .comparing(Person::team, Comparator.nullsFirst(NaturalOrder.INSTANCE))
            .thenComparing(Person::name, NaturalOrder.INSTANCE);

    private final Workspace workspace;

    public ListPeople(Workspace workspace) {
        this.workspace = workspace;
    }

    /** People without a team first, then team by team in natural order (第2组 before 第10组), by name within a team. */
    public List<Person> people() {
        return workspace.read(tx -> tx.people().people()).stream().sorted(BY_TEAM).toList();
    }

    public List<Team> teams() {
        return workspace.read(tx -> tx.people().teams());
    }
}
