package org.civicinspect.service.workspace;

import org.civicinspect.store.Workspace;

/**
 * Whether someone else changed the workspace: another program on this computer, or another staff member on the
 * office's server. Every change is in the audit log, so a mark made of the log's length less what this program
 * appended moves exactly when others changed something.
 */
public final class NoticeOthersChanges {

    private final Workspace workspace;

    public NoticeOthersChanges(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A number that stays the same until someone else changes the workspace. */
    public long othersMark() {
        long written = workspace.entriesWrittenHere();
        return workspace.read(tx -> tx.audit().head().entries()) - written;
    }
}
