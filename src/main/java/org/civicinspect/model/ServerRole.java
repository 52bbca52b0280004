package org.civicinspect.model;

/**
 * What a staff member may do in an office workspace on a shared server, as the database itself enforces it: 内业,
 * 督查组长 (also what 内业 may) or 管理员 (also what 督查组长 may, and the people registry and the rules). Each is a
 * group role on the server that an administrator gives a staff member's login.
 */
public enum ServerRole {
    OFFICE, SUPERVISOR, ADMINISTRATOR
}
