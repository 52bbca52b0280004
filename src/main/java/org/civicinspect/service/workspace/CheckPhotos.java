package org.civicinspect.service.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * The photo half of {@code verify}: every stored photo's bytes against the SHA-256 it is kept by, and every photo
 * the workspace knows of against the store, so a damaged or lost photo is named before a report needs it.
 */
public final class CheckPhotos {

    /**
     * Photos whose bytes are not what their names say (by path under photos/, or by hash when {@code inDatabase}), and
     * known photos the store does not hold (by hash); {@code inDatabase} when the photos are kept in a server's database.
     */
    public record PhotoCheck(List<String> damaged, List<String> missing, boolean inDatabase) {
        public boolean sound() {
            return damaged.isEmpty() && missing.isEmpty();
        }
    }

    private final Workspace workspace;

    public CheckPhotos(Workspace workspace) {
        this.workspace = workspace;
    }

    public PhotoCheck run() {
        PhotoStore store = workspace.photoStore();
        PhotoStore.Damage damage = workspace.read(tx -> {
            try {
                return store.check(tx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new PhotoCheck(damage.damaged(), damage.missing(), damage.inDatabase());
    }
}
