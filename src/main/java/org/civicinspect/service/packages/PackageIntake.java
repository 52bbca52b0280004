package org.civicinspect.service.packages;

import java.io.IOException;
import org.civicinspect.service.common.SignedIn;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.PhotoStore;
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

    private StagedPackage stage(PackageReader reader, String sha256, ImportOptions options, boolean rehearsal) {
        return reader.manifest().kind() == PackageKind.RESULT ? merge.stage(reader, sha256, options, rehearsal)
                : receive.stage(reader, sha256, options, rehearsal);
    }

    /**
     * Opens, checks and stages the packages (for a rehearsal, only checks their photos) two at a time, four on a server
     * (reading and hashing them is most of the work, and each is on its own). When one is refused, the others are still waited for, their photos discarded, and the refusal of
     * the first refused package in the order given is what is said.
     */
    List<StagedPackage> stageAll(List<Path> files, ImportOptions options, List<PackageReader> readers, boolean rehearsal) {
        String here = PackageFiles.deviceKey(workspace).fingerprint();
        // On a server a package's checks wait mostly for the server's answers, not for this computer: four at a time.
        int atOnce = workspace.onServer() ? 4 : 2;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(atOnce, Math.max(1, files.size())));
        try {
            List<java.util.concurrent.Future<StagedPackage>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    PackageReader reader = openChecked(file, options, here);
                    readers.add(reader);
                    return stage(reader, Sha256.of(file), options, rehearsal);
                }));
            }
            List<StagedPackage> staged = new ArrayList<>();
            RuntimeException refused = null;
            for (java.util.concurrent.Future<StagedPackage> future : futures) {
                try {
                    staged.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (refused == null) {
                        refused = e.getCause() instanceof RuntimeException r ? r : new UncheckedIOException(new IOException(e.getCause()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.util.concurrent.CancellationException();
                }
            }
            if (refused != null) {
                PhotoStore store = workspace.photoStore();
                staged.forEach(s -> store.discard(s.photos()));
                throw refused;
            }
            return staged;
        } finally {
            pool.shutdownNow();
        }
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
