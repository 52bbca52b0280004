package org.civicinspect.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspaces a test opens when the suite runs on PostgreSQL: each local folder gets its own database on the test
 * server, made from a migrated template, so that opening the same folder again opens the same data, as it does on
 * SQLite. What a test opened is closed and dropped when it ends ({@link #endTest}); what a test class opened before
 * its tests, when the class ends ({@link #endClass}).
 */
public final class ServerWorkspaces {

    private static final String TEMPLATE = "civic_suite_template";

    private static final Map<Path, String> databases = new HashMap<>();
    private static final List<Workspace> openedInTest = new ArrayList<>();
    private static final List<Workspace> openedForClass = new ArrayList<>();
    private static final List<String> madeInTest = new ArrayList<>();
    private static final List<String> madeForClass = new ArrayList<>();
    private static boolean inTest;
    private static boolean templateMade;
    private static int made;

    private ServerWorkspaces() {
    }

    /** The workspace of that local folder, its database on the test server (new and migrated the first time). */
    public static synchronized Workspace open(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        String database = databases.get(key);
        if (database == null) {
            database = "civic_suite_" + ProcessHandle.current().pid() + "_" + ++made;
            TestServer.copyOf(database, template());
            databases.put(key, database);
            (inTest ? madeInTest : madeForClass).add(database);
        }
        Workspace workspace = Workspace.open(folder, TestServer.login(database));
        (inTest ? openedInTest : openedForClass).add(workspace);
        return workspace;
    }

    /** The name of the database the folder's workspace was given, for another process to open it too. */
    public static synchronized String databaseOf(Path folder) {
        return databases.get(folder.toAbsolutePath().normalize());
    }

    public static synchronized void startTest() {
        inTest = true;
    }

    public static synchronized void endTest() {
        inTest = false;
        release(openedInTest, madeInTest);
    }

    public static synchronized void endClass() {
        release(openedForClass, madeForClass);
    }

    private static void release(List<Workspace> workspaces, List<String> names) {
        workspaces.forEach(Workspace::close);
        workspaces.clear();
        databases.values().removeAll(names);
        names.forEach(TestServer::drop);
        names.clear();
    }

    private static String template() {
        if (!templateMade) {
            try {
                Path folder = Files.createTempDirectory("suite-template");
                TestServer.openEmpty(folder, TEMPLATE).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            templateMade = true;
        }
        return TEMPLATE;
    }
}
