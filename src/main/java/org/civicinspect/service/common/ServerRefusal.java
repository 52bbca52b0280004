package org.civicinspect.service.common;

import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.ServerSignInException;

/** The sentence a server that does not let the staff member in reads as. */
public final class ServerRefusal {

    private ServerRefusal() {
    }

    public static RequestRefused of(ServerSignInException e, ServerLogin login) {
        String who = login.login().orElse(System.getProperty("user.name"));
        return new RequestRefused("server." + switch (e.reason()) {
            case PASSWORD_NEEDED -> "passwordNeeded";
            case REFUSED -> "signInRefused";
            case NO_SUCH_DATABASE -> "noSuchDatabase";
            case UNREACHABLE -> "unreachable";
        }, e.address(), who);
    }
}
