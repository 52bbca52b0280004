package org.civicinspect.store;

import java.util.Optional;
import org.civicinspect.model.ServerRole;

/**
 * The server refused a change because the signed-in login lacks the group role it needs: the database's own grants,
 * which hold whichever program opens it.
 */
public final class PrivilegeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String login;
    private final transient ServerRole needed;

    PrivilegeRefusedException(String login, ServerRole needed, Throwable cause) {
        super(login + " lacks " + (needed == null ? "a role" : GroupRoles.name(needed)), cause);
        this.login = login;
        this.needed = needed;
    }

    public String login() {
        return login;
    }

    /** The least role that may do it; empty when the server did not say what was refused. */
    public Optional<ServerRole> needed() {
        return Optional.ofNullable(needed);
    }
}
