package org.civicinspect.service.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * The photo half of {@code verify}: every photo file's bytes against the SHA-256 it is named by, and every photo
 * the workspace knows of against the files, so a damaged or lost photo is named before a report needs it.
 */
public final class CheckPhotos {

    /** Files whose bytes are not what their names say (by path under photos/), and known photos with no file (by hash). */
    public record PhotoCheck(List<String> damaged, List<String> missing) {
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
        List<String> known = workspace.read(tx -> tx.photos().hashes());
        try {
            return new PhotoCheck(store.damaged(), known.stream().filter(sha -> !Files.isRegularFile(store.file(sha))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
