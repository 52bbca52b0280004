package org.civicinspect.model;

/**
 * 测评员 / 内业 / 督查组长, with the team they belong to (null when none). A deactivated person is no longer offered
 * for picking but still names the records they made.
 */
public record Person(String id, String name, String phone, Role role, String team, boolean active) {
    public Person {
        phone = phone == null ? "" : phone;
    }

    /** An active person. */
    public Person(String id, String name, String phone, Role role, String team) {
        this(id, name, phone, role, team, true);
    }
}
