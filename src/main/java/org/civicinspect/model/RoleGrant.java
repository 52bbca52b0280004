package org.civicinspect.model;

/** A staff member's database login and the role the server grants it in office workspaces. */
public record RoleGrant(String login, ServerRole role) {
}
