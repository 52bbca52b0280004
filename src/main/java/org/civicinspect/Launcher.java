package org.civicinspect;

import org.civicinspect.cli.CivicInspectCommand;
import org.civicinspect.gui.ChecklistOpenBenchmark;
import org.civicinspect.gui.DesktopApp;

/**
 * The jar's main class. It does not extend {@code Application}, so the desktop app starts from a plain
 * class path; with a command it runs the command line and never touches JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(CivicInspectCommand.execute(DesktopApp::launch, ChecklistOpenBenchmark::run, args));
    }
}
