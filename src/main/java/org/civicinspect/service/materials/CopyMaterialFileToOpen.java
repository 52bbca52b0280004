package org.civicinspect.service.materials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * A copy of a material file under its own name in a temporary folder, for the program the system uses for its kind: the
 * stored bytes are named by their SHA-256 and must not be opened (and perhaps changed and saved) in place.
 */
public final class CopyMaterialFileToOpen {

    private final PhotoStore store;

    public CopyMaterialFileToOpen(Workspace workspace) {
        this.store = workspace.photoStore();
    }

    /** The copy, in a folder of its own (named by the bytes' SHA-256) under {@code temp}; refused when the bytes cannot be read. */
    public Path run(MaterialFile file, Path temp) {
        try {
            Path folder = Files.createDirectories(temp.resolve("civicinspect-materials").resolve(file.sha256()));
            Path copy = folder.resolve(Path.of(file.fileName()).getFileName().toString());
            Files.copy(store.file(file.sha256()), copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new RequestRefused("materials.file.cannotCopy", file.fileName());
        }
    }
}
