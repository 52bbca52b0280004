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

    /** One per test run: runs from other checkouts on the same server, at other schema versions, each make their own. */
    private static final String TEMPLATE = "civic_suite_template_" + ProcessHandle.current().pid();

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
        Workspace workspace = Workspace.open(folder, TestServer.login(databaseFor(folder)));
        (inTest ? openedInTest : openedForClass).add(workspace);
        return workspace;
    }

    /**
     * The address of the folder's database (made now if it has none yet), as a user gives it with {@code --db}; the
     * password comes from the test server's password file.
     */
    public static synchronized String address(Path folder) {
        String database = databaseFor(folder);
        ServerLogin login = TestServer.login(database);
        return login.address().replace("postgresql://", "postgresql://" + login.user() + "@");
    }

    private static String databaseFor(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        String database = databases.get(key);
        if (database == null) {
            database = "civic_suite_" + ProcessHandle.current().pid() + "_" + ++made;
            TestServer.copyOf(database, template());
            databases.put(key, database);
            (inTest ? madeInTest : madeForClass).add(database);
        }
        return database;
    }

    /**
     * Gives the folder {@code to} a copy of the database of {@code from}, as copying a closed workspace folder copies
     * its SQLite file. Whoever is still connected to it is let go first: a template may have no one connected.
     */
    public static synchronized void copy(Path from, Path to) {
        String source = databaseFor(from);
        TestServer.disconnectAll(source);
        Path key = to.toAbsolutePath().normalize();
        String copy = "civic_suite_" + ProcessHandle.current().pid() + "_" + ++made;
        TestServer.copyOf(copy, source);
        databases.put(key, copy);
        (inTest ? madeInTest : madeForClass).add(copy);
    }

    /** A plain connection to the folder's database, for tests that look beneath the repositories. */
    public static synchronized java.sql.Connection connect(Path folder) throws java.sql.SQLException {
        return TestServer.connect(databaseFor(folder));
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
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TestServer.drop(TEMPLATE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            templateMade = true;
        }
        return TEMPLATE;
    }
}
