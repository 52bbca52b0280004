package org.civicinspect.gui;

import java.nio.file.Path;

/** Opens a data folder's workspace in place of the one shown (another workspace, or the same one after a restore). */
@FunctionalInterface
public interface WorkspaceOpener {
    void open(Path dataFolder);
}
