package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Finding;
import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;

/**
 * The merge bench's offices on a PostgreSQL server: each data folder goes with a scratch database of its own, copied
 * from the pristine office's by the server ({@code CREATE DATABASE … TEMPLATE}) before the clock starts. The
 * baseline inserts the finding rows and the photos' bytes (which a server workspace keeps in {@code photo_content})
 * with bare JDBC batches.
 */
final class OfficesOnServer implements MergeBenchmarks.Offices {

    private final ScratchServer server;
    private final Map<Path, ServerLogin> databases = new HashMap<>();
    private final List<Path> done = new ArrayList<>();

    OfficesOnServer(ScratchServer server) {
        this.server = server;
    }

    @Override
    public Workspace open(Path folder) {
        return Workspace.open(folder, login(folder));
    }

    /** The scratch database of that folder, made empty the first time it is asked for. */
    ServerLogin login(Path folder) {
        return databases.computeIfAbsent(folder, f -> server.create());
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        MergeBenchmarks.copyFolder(from, to);
        databases.put(to, server.copyOf(login(from)));
    }

    @Override
    public void bare(Path target, List<Finding> rows, List<Path> photos) throws IOException {
        Workspace workspace = open(target);
        try {
            BareFindingWrite.batch(workspace, rows);
            insertPhotos(workspace, photos);
        } finally {
            workspace.close();
        }
    }

    @Override
    public void beforeEach() {
        // Dropping a used copy frees the server's disk; it is not part of either side's time.
        for (Path folder : done) {
            server.drop(databases.remove(folder));
        }
        done.clear();
    }

    @Override
    public void done(Path folder) {
        done.add(folder);
    }

    private static void insertPhotos(Workspace workspace, List<Path> photos) throws IOException {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO photo_content (sha256, content) VALUES (?, ?)")) {
                for (Path file : photos) {
                    String name = file.getFileName().toString();
                    ps.setString(1, name.substring(0, name.length() - 4));
                    ps.setBytes(2, Files.readAllBytes(file));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("benchmark write failed", e);
        }
    }
}
