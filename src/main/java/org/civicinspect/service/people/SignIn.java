package org.civicinspect.service.people;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SettingsFile;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * Says who is working at this workspace, from its registry: the person the use cases then name on what they record.
 * The choice is remembered in the data folder's settings by person id, so the next start (or command) finds it.
 */
public final class SignIn {

    static final String REMEMBERED = "signedIn.person";

    private final Workspace workspace;
    private final SignedIn signedIn;
    private final SettingsFile settings;

    public SignIn(Workspace workspace, SignedIn signedIn, Path dataFolder) {
        this.workspace = workspace;
        this.signedIn = signedIn;
        this.settings = new SettingsFile(dataFolder);
    }

    /**
     * Whom to offer: on a field laptop the active members of the teams its task packages brought; at the office its
     * active staff (内业, 督查组长), or everyone active while it has no staff yet.
     */
    public List<Person> candidates(WorkspaceRole role) {
        List<Person> active = new ListPeople(workspace).people().stream().filter(Person::active).toList();
        if (role == WorkspaceRole.FIELD) {
            return active.stream().filter(p -> p.team() != null).toList();
        }
        List<Person> staff = active.stream().filter(p -> p.role() != Role.INSPECTOR).toList();
        return staff.isEmpty() ? active : staff;
    }

    /** Signs in the person chosen from a list, and remembers them for this workspace. */
    public Person choose(String personId) {
        Person person = People.withId(registered(), personId);
        if (!person.active()) {
            throw new RequestRefused("person.deactivated", person.name());
        }
        signedIn.signIn(person);
        settings.put(REMEMBERED, person.id());
        return person;
    }

    /** Signs in the active person of that name, and remembers them for this workspace. */
    public Person remember(String name) {
        return choose(People.activeNamed(registered(), name).id());
    }

    /** Signs in the active person of that name for this session only ({@code --by NAME}); the remembered person stays. */
    public Person asNamed(String name) {
        Person person = People.activeNamed(registered(), name);
        signedIn.signIn(person);
        return person;
    }

    /** Signs in the person remembered for this workspace, if there is one and they are still active. */
    public Optional<Person> restore() {
        Optional<Person> remembered = settings.get(REMEMBERED).flatMap(id -> registered().stream().filter(p -> p.id().equals(id)).findFirst())
                .filter(Person::active);
        remembered.ifPresent(signedIn::signIn);
        return remembered;
    }

    /** The person signed in now; refuses, telling how to name one, while nobody is. */
    public Person required() {
        return signedIn.person().orElseThrow(() -> new RequestRefused("person.nobodySignedIn"));
    }

    public Optional<Person> current() {
        return signedIn.person();
    }

    private List<Person> registered() {
        return workspace.read(tx -> tx.people().people());
    }
}
