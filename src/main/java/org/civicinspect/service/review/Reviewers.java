package org.civicinspect.service.review;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.workspace.ChooseApprovingRoles;
import org.civicinspect.store.Tx;

/**
 * Who decides on a team's work (approves, returns, resolves a conflict, corrects): the signed-in person, as the
 * registry holds them now, when their role is one the workspace lets approve and none of the teams concerned is
 * their own. Nobody signed in decides nothing: every decision is named after a person.
 */
public final class Reviewers {

    private final SignedIn signedIn;
    private final ChooseApprovingRoles roles;

    public Reviewers(SignedIn signedIn, ChooseApprovingRoles roles) {
        this.signedIn = signedIn;
        this.roles = roles;
    }

    /** Why the signed-in person may not decide at all (nobody signed in, or a role that may not approve); empty when they may. */
    public Optional<RequestRefused> refusal() {
        return signedIn.person().map(this::refusal).orElseGet(() -> Optional.of(nobody()));
    }

    /** The signed-in person, before anything is read for a decision; refuses whoever may not decide. */
    Person require() {
        refusal().ifPresent(refused -> {
            throw refused;
        });
        return signedIn.person().orElseThrow();
    }

    /**
     * The person deciding on the work of {@code teams} (names; nulls ignored) at {@code siteName}, read again from the
     * registry so a role changed or a person deactivated since signing in counts; refuses whoever may not decide there.
     */
    Person require(Tx tx, Collection<String> teams, String siteName) throws SQLException {
        Person signed = require();
        Person now = tx.people().find(signed.id()).filter(Person::active).orElseThrow(this::nobody);
        refusal(now).ifPresent(refused -> {
            throw refused;
        });
        if (now.team() != null && teams.stream().filter(Objects::nonNull).anyMatch(now.team()::equals)) {
            throw new RequestRefused("review.ownTeam", now.name(), now.team(), siteName);
        }
        return now;
    }

    private Optional<RequestRefused> refusal(Person person) {
        Set<Role> allowed = roles.current();
        return allowed.contains(person.role()) ? Optional.empty()
                : Optional.of(new RequestRefused("review.roleMayNot", person.name(), role(person.role()), needed(allowed)));
    }

    private RequestRefused nobody() {
        return new RequestRefused("review.nobodySignedIn", needed(roles.current()));
    }

    private static String needed(Set<Role> allowed) {
        return allowed.stream().map(Reviewers::role).collect(Collectors.joining(Messages.get("review.rolesOr")));
    }

    private static String role(Role role) {
        return Messages.get("role." + role.name());
    }
}
