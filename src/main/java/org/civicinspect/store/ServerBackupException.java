package org.civicinspect.store;

/** A server workspace's backup could not be made or restored, for a reason the user can act on. */
public final class ServerBackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The PostgreSQL client tool ({@code pg_dump}, {@code pg_restore}) is not on this computer. */
        TOOL_MISSING,
        /** The file is not a PostgreSQL archive, or is one of a database that is not a workspace. */
        NOT_A_WORKSPACE_ARCHIVE,
        /** The tool ran and failed; its own words are in {@link #detail()}. */
        FAILED
    }

    private final Reason reason;
    private final String tool;
    private final String detail;

    ServerBackupException(Reason reason, String tool, String detail, Throwable cause) {
        super(tool + ": " + reason + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.reason = reason;
        this.tool = tool;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The tool that was run. */
    public String tool() {
        return tool;
    }

    /** The tool's last line of output, or what was missing from the archive. */
    public String detail() {
        return detail;
    }
}
