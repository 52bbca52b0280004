package org.civicinspect.model;

/** 测评员 / 内业 / 督查组长, with the team they belong to (null when none). */
public record Person(String id, String name, String phone, Role role, String team) {
    public Person {
        phone = phone == null ? "" : phone;
    }
}
