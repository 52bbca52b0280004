package org.civicinspect.service.rectification;

import java.util.List;
import org.civicinspect.model.EscalationNotice;
import org.civicinspect.store.Workspace;

/** The 督办提醒 sent so far, newest first: what was sent, to whom, by whom and when. */
public final class ListSentNotices {

    private final Workspace workspace;

    public ListSentNotices(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<EscalationNotice> run() {
        return workspace.read(tx -> tx.escalationNotices().all());
    }
}
