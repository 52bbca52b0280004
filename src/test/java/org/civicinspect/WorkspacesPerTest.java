package org.civicinspect;

import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets every open workspace's audit anchor catch up before a test's temporary folders are removed; and on the
 * suite's run on PostgreSQL, closes and drops the workspaces each test opened when it ends (and those a class
 * opened for all its tests when the class ends), so the server's connections and databases do not pile up.
 * Registered for every test class through the service loader.
 */
public final class WorkspacesPerTest implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        if (TestServer.inUse()) {
            ServerWorkspaces.startTest();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // A workspace's audit anchor follows its last commit on a thread of its own: not into a folder being deleted.
        Workspace.settleAnchorsOfThisProcess();
        if (TestServer.inUse()) {
            ServerWorkspaces.endTest();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Workspace.settleAnchorsOfThisProcess();
        if (TestServer.inUse()) {
            ServerWorkspaces.endClass();
        }
    }
}
