package org.civicinspect.gui;

import org.civicinspect.model.WorkspaceRole;

/** What the user chose in the first-run welcome: the workspace's role, and whether to make the demo city. */
public record FirstRun(WorkspaceRole role, boolean demo) {
}
