package org.civicinspect.model;

import java.util.List;

/** 测评组: usually two inspectors who visit sites together. */
public record Team(String id, String name, List<Person> members) {
    public Team {
        members = List.copyOf(members);
    }
}
