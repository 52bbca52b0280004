package org.civicinspect.service.workspace;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SettingsFile;
import org.civicinspect.service.common.SignedIn;

/**
 * Which roles may approve, return, resolve conflicts and correct at this workspace: 督查组长 unless the office adds
 * others (some offices have 内业 approve). Kept in the workspace's settings; a value that cannot be read is the default.
 */
public final class ChooseApprovingRoles {

    static final String KEY = "review.approvingRoles";
    private static final Set<Role> DEFAULT = EnumSet.of(Role.SUPERVISOR);

    private final SettingsFile settings;
    private final SignedIn signedIn;

    public ChooseApprovingRoles(Path dataFolder, SignedIn signedIn) {
        this.settings = new SettingsFile(dataFolder);
        this.signedIn = signedIn;
    }

    public Set<Role> current() {
        Set<Role> read = settings.get(KEY).map(ChooseApprovingRoles::parse).orElse(DEFAULT);
        return read.isEmpty() ? DEFAULT : read;
    }

    /**
     * Keeps these roles as the ones that may approve; at least one is needed. Office staff (内业, 督查组长) decide it, so an
     * inspector cannot make themselves a reviewer.
     */
    public void change(Collection<Role> roles) {
        Person person = signedIn.person().orElseThrow(() -> new RequestRefused("review.approversNobody"));
        if (person.role() == Role.INSPECTOR) {
            throw new RequestRefused("review.approversByStaff", person.name(), Messages.get("role." + person.role().name()));
        }
        if (roles.isEmpty()) {
            throw new RequestRefused("review.noApprovingRole");
        }
        settings.put(KEY, EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(",")));
    }

    private static Set<Role> parse(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).map(String::strip).forEach(name -> Arrays.stream(Role.values())
                .filter(r -> r.name().equals(name)).forEach(roles::add));
        return roles;
    }
}
