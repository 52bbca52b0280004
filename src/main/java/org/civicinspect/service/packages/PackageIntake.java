package org.civicinspect.service.packages;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * What previewing and importing packages share: each file opened and checked in full (structure, signature, every
 * entry's hash, sender, round, contents) and staged by the side it is for, results at the office and tasks on a
 * laptop, before anything is written.
 */
final class PackageIntake {

    private final Workspace workspace;
    private final MergeResults merge;
    private final ReceiveTask receive;

    PackageIntake(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.workspace = workspace;
        this.merge = new MergeResults(workspace, clock, checklists, signedIn);
        this.receive = new ReceiveTask(workspace, clock, signedIn);
    }

    private StagedPackage stage(PackageReader reader, String sha256, ImportOptions options, boolean rehearsal, StagingReaders reads) {
        if (reader.manifest().kind() == PackageKind.UNIT_TASK || reader.manifest().kind() == PackageKind.UNIT_REPLY) {
            throw new RequestRefused("package.unitPackageElsewhere", reader.fileName());
        }
        return reader.manifest().kind() == PackageKind.RESULT ? merge.stage(reader, sha256, options, rehearsal, reads)
                : receive.stage(reader, sha256, options, rehearsal);
    }

    /**
     * Opens, checks and stages the packages (for a rehearsal, only checks their photos) two at a time, four on a server
     * (reading and hashing them is most of the work, and each is on its own), handed over in the order given as each
     * is ready. The caller closes the staging once it has written or refused them.
     */
    Staging stageInOrder(List<Path> files, ImportOptions options, List<PackageReader> readers, boolean rehearsal) {
        String here = PackageFiles.deviceKey(workspace).fingerprint();
        // On a server a package's checks wait mostly for the server's answers, not for this computer: four at a time.
        int atOnce = workspace.onServer() ? 4 : 2;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(atOnce, Math.max(1, files.size())));
        List<Future<StagedPackage>> coming = new ArrayList<>();
        StagingReaders reads = new StagingReaders(workspace);
        for (Path file : files) {
            coming.add(pool.submit(() -> {
                PackageReader reader = openChecked(file, options, here);
                readers.add(reader);
                return stage(reader, Sha256.of(file), options, rehearsal, reads);
            }));
        }
        return new Staging(pool, coming, workspace.photoStore(), reads);
    }

    /** Opens the package, refusing one this workspace made (its device key's fingerprint is {@code here}). */
    private static PackageReader openChecked(Path file, ImportOptions options, String here) {
        PackageReader reader = PackageFiles.open(file, options.passphrase());
        Manifest m = reader.manifest();
        if (m.sender().fingerprint().equals(here)) {
            closeQuietly(reader);
            throw new RequestRefused("package.madeHere", reader.fileName());
        }
        return reader;
    }

    static void closeQuietly(PackageReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Closing a package that was refused can only fail to delete a temp file.
        }
    }
}
