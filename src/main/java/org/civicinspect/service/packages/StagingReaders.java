package org.civicinspect.service.packages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civicinspect.store.SqlWork;
import org.civicinspect.store.Workspace;

/**
 * The connections the threads that check packages read through: one kept per thread for the whole batch, rather than
 * one opened for each package, and all closed with the staging.
 */
final class StagingReaders implements AutoCloseable {

    private final Workspace workspace;
    private final ThreadLocal<Workspace.KeptReader> ofThisThread = new ThreadLocal<>();
    private final List<Workspace.KeptReader> all = Collections.synchronizedList(new ArrayList<>());

    StagingReaders(Workspace workspace) {
        this.workspace = workspace;
    }

    <T> T read(SqlWork<T> work) {
        Workspace.KeptReader reader = ofThisThread.get();
        if (reader == null) {
            reader = workspace.keepReader();
            ofThisThread.set(reader);
            all.add(reader);
        }
        return reader.read(work);
    }

    /** Once no thread reads any more. */
    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Workspace.KeptReader::close);
            all.clear();
        }
    }
}
