package org.civicinspect.service.common;

import java.util.Optional;
import java.util.function.Supplier;
import org.civicinspect.model.Person;

/**
 * Who is working at this workspace: the registry person signed in (nobody until someone is) and, separately, the
 * device. The workspace's use cases share one and name this person on everything they record; the computer's login
 * is never used for a person.
 */
public final class SignedIn {

    private final Supplier<String> device;
    private volatile String deviceName;
    private volatile Person person;

    /** {@code device} names this device (its key's fingerprint); it is asked once, when the first change is recorded. */
    public SignedIn(Supplier<String> device) {
        this.device = device;
    }

    public Optional<Person> person() {
        return Optional.ofNullable(person);
    }

    /** The name recorded for a change: the person's, or empty while nobody is signed in. */
    public String name() {
        Person now = person;
        return now == null ? "" : now.name();
    }

    /** {@code given} when a name was given for this change, else the signed-in person's. */
    public String nameOr(String given) {
        return given == null || given.isBlank() ? name() : given.strip();
    }

    public String device() {
        String known = deviceName;
        if (known == null) {
            known = device.get();
            deviceName = known;
        }
        return known;
    }

    public void signIn(Person person) {
        this.person = person;
    }

    public void signOut() {
        this.person = null;
    }
}
