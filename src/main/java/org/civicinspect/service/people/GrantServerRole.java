package org.civicinspect.service.people;

import java.time.Clock;
import java.util.List;
import org.civicinspect.model.RoleGrant;
import org.civicinspect.model.ServerRole;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * On a shared server, which staff logins hold which of the database's group roles (内业, 督查组长, 管理员), and an
 * administrator giving a login its role or taking it away. The database enforces the roles whatever program opens it;
 * it refuses these changes to whoever is not an administrator. An embedded workspace has no logins: refused there.
 */
public final class GrantServerRole {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public GrantServerRole(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** Every login given a role, by login. */
    public List<RoleGrant> current() {
        requireServer();
        return workspace.read(tx -> tx.groupRoles().granted());
    }

    /** Gives the login this role, and takes away any other it held, so that it holds this one. */
    public RoleGrant give(String login, ServerRole role) {
        requireServer();
        String named = login == null ? "" : login.strip();
        return workspace.write(tx -> {
            if (!tx.groupRoles().loginExists(named)) {
                throw new RequestRefused("people.noSuchLogin", named, workspace.place());
            }
            tx.groupRoles().give(named, role);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.ROLE, "login:" + named, "granted " + role.name());
            return new RoleGrant(named, role);
        });
    }

    /** Takes every role away from the login: it can no longer open the workspace's data. */
    public void takeAway(String login) {
        requireServer();
        String named = login == null ? "" : login.strip();
        workspace.write(tx -> {
            if (!tx.groupRoles().loginExists(named)) {
                throw new RequestRefused("people.noSuchLogin", named, workspace.place());
            }
            tx.groupRoles().takeAway(named, null);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.ROLE, "login:" + named, "revoked");
            return null;
        });
    }

    private void requireServer() {
        if (!workspace.onServer()) {
            throw new RequestRefused("people.rolesOnServerOnly", workspace.place());
        }
    }
}
