package org.civicinspect.gui;

import org.civicinspect.service.WorkspaceAddress;

/**
 * Opens a workspace in place of the one shown (another one, or the same one after a restore), off the JavaFX thread;
 * one that opens is the one the app starts on next time.
 */
@FunctionalInterface
public interface WorkspaceOpener {

    /**
     * On a server, signs in with {@code password} (null: the user's {@code .pgpass}), which the opener copies: the
     * caller may clear its own as soon as this returns.
     */
    void open(WorkspaceAddress workspace, char[] password);
}
