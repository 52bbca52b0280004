package org.civicinspect.service.people;

import java.util.List;
import org.civicinspect.model.Person;
import org.civicinspect.service.common.RequestRefused;

/** What the people use cases share: a person a user named must be one registered person. */
final class People {

    private People() {
    }

    /** The one active person of that name; refuses an unknown name, and a name two active people share. */
    static Person activeNamed(List<Person> registered, String name) {
        String wanted = name == null ? "" : name.strip();
        List<Person> matches = registered.stream().filter(Person::active).filter(p -> p.name().equals(wanted)).toList();
        if (matches.isEmpty()) {
            boolean deactivated = registered.stream().anyMatch(p -> p.name().equals(wanted));
            throw new RequestRefused(deactivated ? "person.deactivated" : "person.unknown", wanted);
        }
        if (matches.size() > 1) {
            throw new RequestRefused("person.ambiguous", wanted, matches.size());
        }
        return matches.get(0);
    }

    static Person withId(List<Person> registered, String id) {
        return registered.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new RequestRefused("person.unknown", id));
    }
}
