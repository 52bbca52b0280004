package org.civicinspect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.civicinspect.store.Workspace;

/** Real workspaces in temp folders, with a fixed clock. */
public final class TestWorkspaces {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

    private TestWorkspaces() {
    }

    public static Services open(Path folder) {
        return new Services(workspace(folder), CLOCK);
    }

    /**
     * The workspace in that folder: its SQLite file, or on the suite's run on PostgreSQL a database of its own on the
     * test server (the same one each time the folder is opened).
     */
    public static Workspace workspace(Path folder) {
        return TestServer.inUse() ? ServerWorkspaces.open(folder) : Workspace.open(folder);
    }

    /**
     * Signs in the 督查组长 of that name, adding them to the registry first when the workspace does not have them: only a
     * person whose role may approve decides on a team's work.
     */
    public static Person signInSupervisor(Services services, String name) {
        Person supervisor = services.listPeople().people().stream().filter(p -> p.name().equals(name) && p.role() == Role.SUPERVISOR)
                .findFirst().orElseGet(() -> services.addPerson().run(name, "", Role.SUPERVISOR, null));
        services.signedIn().signIn(supervisor);
        return supervisor;
    }

    /** Skips the test on the suite's run on PostgreSQL, for what only an embedded workspace has (the reason says what). */
    public static void assumeEmbedded(String reason) {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestServer.inUse(), reason);
    }

    public static Map<String, Long> counts(Services services) {
        return services.workspace().read(c -> c.indicatorSets().tableCounts());
    }

    /** Approves every completed inspection of the round, as a supervisor would before its figures are published. */
    public static void approveCompleted(Services services, String roundId) {
        signInSupervisor(services, "督查组长");
        for (var site : services.listTeamSites().run(roundId, null)) {
            if (site.status() == org.civicinspect.model.InspectionStatus.COMPLETED) {
                services.reviewInspection().approve(roundId, site.drawn().site().id());
            }
        }
    }

    /** A copy of a workbook from shared/samples, kept in test resources so that the suite runs anywhere. */
    public static Path sharedSample(String name) {
        try {
            return Path.of(TestWorkspaces.class.getResource("/samples/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A copy of a whole workspace folder (closed), for trying the same thing on the same start more than once; on the
     * suite's run on PostgreSQL its database is copied too.
     */
    public static void copy(Path from, Path to) throws java.io.IOException {
        if (TestServer.inUse()) {
            ServerWorkspaces.copy(from, to);
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
    }

    /** Opens a copy of a closed workspace (a start built once per class) in {@code to}, for one test to change. */
    public static Services openCopy(Path from, Path to) {
        try {
            copy(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return open(to);
    }

    /** Plain JDBC work, for tests that look beneath the repositories. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T run(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** A plain connection to the database of the workspace in that folder, on either engine; the caller closes it. */
    public static java.sql.Connection connect(Path folder) throws java.sql.SQLException {
        return TestServer.inUse() ? ServerWorkspaces.connect(folder) : java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Workspace.DATABASE_FILE));
    }

    /**
     * The SHA-256 of every photo whose bytes the workspace in that folder keeps, in order: the files under
     * {@code photos/} of an embedded workspace, the rows of {@code photo_content} on the suite's run on PostgreSQL.
     */
    public static java.util.List<String> storedPhotos(Path folder) throws java.io.IOException, java.sql.SQLException {
        if (!TestServer.inUse()) {
            Path photos = folder.resolve("photos");
            if (!java.nio.file.Files.isDirectory(photos)) {
                return java.util.List.of();
            }
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(photos)) {
                return files.filter(java.nio.file.Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
        java.util.List<String> stored = new java.util.ArrayList<>();
        try (java.sql.Connection c = connect(folder); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT sha256 FROM photo_content ORDER BY sha256")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        return stored;
    }

    /** The statement that takes away one of the triggers keeping a table append-only, in the engine's own words. */
    public static String dropTrigger(String trigger, String table) {
        return "DROP TRIGGER " + trigger + (TestServer.inUse() ? " ON " + table : "");
    }

    /** Runs plain SQL on the workspace's database file. */
    public static <T> T jdbc(org.civicinspect.store.Workspace workspace, JdbcWork<T> work) {
        try (java.sql.Connection connection = workspace.connect()) {
            return work.run(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest V-number among this program's migrations, of either engine. */
    public static int newestMigration() throws java.io.IOException {
        try (java.util.stream.Stream<Path> scripts = java.nio.file.Files.walk(Path.of("src", "main", "resources", "db", "migration"))) {
            return scripts.filter(java.nio.file.Files::isRegularFile).map(p -> p.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }
}
