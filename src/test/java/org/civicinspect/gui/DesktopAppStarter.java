package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.civicinspect.service.WorkspaceAddress;
import org.testfx.api.FxToolkit;

/** Starts and stops the whole desktop app for the screens' tests in other packages, as the launcher does. */
public final class DesktopAppStarter {

    private DesktopAppStarter() {
    }

    /** The app on that workspace, {@code home} keeping which one 设置 chose; without the demo city. */
    public static Object start(WorkspaceAddress workspace, Path home) throws TimeoutException {
        DesktopApp.startOn(workspace, home, "zh", null, null);
        return FxToolkit.setupApplication(DesktopApp::new);
    }

    public static void stop(Object app) throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication((DesktopApp) app);
        }
    }
}
