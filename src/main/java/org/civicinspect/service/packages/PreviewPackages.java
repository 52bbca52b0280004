package org.civicinspect.service.packages;

import java.io.IOException;
import org.civicinspect.service.common.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PassphraseCipher;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * Says what taking packages in would do, changing nothing: every check is made and the merge rehearsed in a
 * transaction that is rolled back, each package seeing the ones before it, so conflicts between them show.
 */
public final class PreviewPackages {

    private final Workspace workspace;
    private final PackageIntake intake;

    public PreviewPackages(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.workspace = workspace;
        this.intake = new PackageIntake(workspace, clock, checklists, signedIn);
    }

    /** Whether the file is sealed with a passphrase, which must be asked for before it can be opened. */
    public boolean needsPassphrase(Path file) {
        try {
            return Files.isRegularFile(file) && PassphraseCipher.isEncrypted(file);
        } catch (IOException e) {
            return false;
        }
    }

    public List<PackagePreview> run(List<Path> files, ImportOptions options) {
        List<PackageReader> readers = Collections.synchronizedList(new ArrayList<>());
        try (Staging staging = intake.stageInOrder(files, options, readers, true)) {
            List<StagedPackage> staged = staging.all();
            return workspace.rehearse(tx -> StagedPackage.writeAll(tx, staged, workspace.photoStore()));
        } finally {
            readers.forEach(PackageIntake::closeQuietly);
        }
    }
}
