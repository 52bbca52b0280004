package org.civicinspect.store;

/** The workspace was upgraded by a later version of the program than this one; it is left untouched. */
public final class NewerWorkspaceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String workspaceVersion;
    private final String programVersion;

    NewerWorkspaceException(String workspaceVersion, String programVersion) {
        super("workspace schema " + workspaceVersion + " is newer than this program's " + programVersion);
        this.workspaceVersion = workspaceVersion;
        this.programVersion = programVersion;
    }

    public String workspaceVersion() {
        return workspaceVersion;
    }

    public String programVersion() {
        return programVersion;
    }
}
