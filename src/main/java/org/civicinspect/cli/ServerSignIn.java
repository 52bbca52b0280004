package org.civicinspect.cli;

import java.io.Console;
import java.time.Clock;
import java.util.Arrays;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.Services;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.common.RequestRefused;

/**
 * Opens the workspace from the command line. On a server: with the password in the user's {@code .pgpass} if it has
 * one, else asked for on the terminal (never echoed, never written anywhere); without a terminal the server's
 * refusal stands.
 */
final class ServerSignIn {

    private ServerSignIn() {
    }

    static Services open(WorkspaceAddress address, Clock clock) {
        try {
            return address.open(clock, null);
        } catch (RequestRefused refused) {
            Console console = System.console();
            if (!address.onServer() || !WorkspaceAddress.wantsPassword(refused) || console == null) {
                throw refused;
            }
            console.writer().print(Messages.get("cli.passwordPrompt", address.server(), refused.args().get(1)));
            console.writer().flush();
            char[] password = console.readPassword();
            if (password == null || password.length == 0) {
                throw refused;
            }
            try {
                return address.open(clock, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
