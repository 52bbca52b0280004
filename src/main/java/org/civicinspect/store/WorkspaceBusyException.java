package org.civicinspect.store;

/** The workspace is taken: a restore is running in it, or (for a restore) another program has it open. */
public final class WorkspaceBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the workspace could not be had. */
    public enum Reason {
        /** A restore is replacing the workspace. */
        RESTORING,
        /** Another program (the desktop app, a command) has the workspace open. */
        IN_USE
    }

    private final Reason reason;

    WorkspaceBusyException(Reason reason) {
        super(reason == Reason.RESTORING ? "a restore is replacing the workspace" : "another program has the workspace open");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
