package org.civicinspect.service.packages;

import java.io.IOException;
import org.civicinspect.service.common.SignedIn;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;

/**
 * {@code package import FILE…}: takes in a task package (on a field laptop) or result packages (at the office). Each
 * package is opened and checked in full (structure, signature, every entry's hash, sender, round, contents) before its
 * rows are written ({@link PreviewPackages} says beforehand what it would add, update and which conflicts it raises),
 * and all of them are written in one transaction, which keeps an automatic backup of the workspace as it was before
 * and commits only once every package has passed its checks. The same package twice changes nothing.
 */
public final class ImportPackage {

    private final Workspace workspace;
    private final Clock clock;
    private final PackageIntake intake;

    public ImportPackage(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.intake = new PackageIntake(workspace, clock, checklists, signedIn);
    }

    /**
     * Takes the packages in, in the order given, all or none: each is opened and checked and its photos staged, a few
     * at a time, and one transaction writes them in order, each as soon as it has passed its checks, while its photos
     * are put in place. The first refused package stops everything, and what it says names that file. An automatic
     * backup is made while the first packages are checked and kept once every package is written; it counts only if
     * the transaction finds the workspace as the backup has it (the transaction holds the write lock), else another is
     * made and the write begun again. On a server the write turn is every colleague's: it is taken only once every
     * package has passed its checks, and the workspace makes no backup of its own (the server's owner backs the
     * database up; the one transaction is all or none).
     */
    public List<PackagePreview> run(List<Path> files, ImportOptions options) {
        List<PackageReader> readers = Collections.synchronizedList(new ArrayList<>());
        PhotoStore store = workspace.photoStore();
        Instant at = clock.instant();
        boolean backsUp = !workspace.onServer();
        CompletableFuture<Backup> early = backsUp ? CompletableFuture.supplyAsync(this::backUp)
                : CompletableFuture.completedFuture(new Backup(null, null, null));
        Backup backup = null;
        Staging staging = intake.stageInOrder(files, options, readers, false);
        PhotoSettling settling = new PhotoSettling(store);
        try {
            Iterator<StagedPackage> arriving = workspace.onServer() ? staging.all().iterator() : staging;
            backup = early.join();
            try {
                Optional<List<PackagePreview>> done = Optional.empty();
                while (done.isEmpty()) {
                    // A backup during which another commit came holds no known head: it is made again before the write.
                    while (backsUp && backup.head() == null && backup.failure() == null) {
                        discard(backup);
                        backup = backUp();
                    }
                    done = writeAll(arriving, readers, settling, backsUp ? backup : null, at);
                    if (done.isEmpty()) {
                        discard(backup);
                        backup = backUp();
                    }
                }
                if (done.get().stream().anyMatch(p -> p.kind() == PackageKind.TASK)) {
                    // A laptop set up from the command line is not asked at its first start in the window whether it is the office.
                    new ChangePreferences(workspace.folder(), workspace.onServer()).roleUnlessChosen(WorkspaceRole.FIELD);
                }
                return done.get();
            } catch (RuntimeException refused) {
                // A package refused inside the transaction leaves no photo that only the rolled-back packages brought.
                settling.undo();
                throw refused;
            }
        } finally {
            // What was settled is no longer staged; what is still staged was kept with its rows, or is not wanted.
            settling.close();
            staging.close();
            readers.forEach(PackageIntake::closeQuietly);
            discard(backup != null ? backup : early.exceptionally(e -> null).join());
        }
    }

    /**
     * A backup made but not yet kept, with the head of the audit log it holds (null when a commit came while it was
     * made), or the reason it could not be made.
     */
    private record Backup(Path made, AuditLog.Head head, IOException failure) {
    }

    /**
     * Writes every package as it arrives, unless the workspace is no longer as {@code backup} has it: then nothing, and
     * empty. Each package's photos are handed to {@code settling} as it is taken; the transaction
     * commits only once they are in place, so a row never names a photo without its file, and keeps the backup
     * (when there is one) only when a package brought something new.
     */
    private Optional<List<PackagePreview>> writeAll(Iterator<StagedPackage> arriving, List<PackageReader> readers, PhotoSettling settling,
                                                    Backup backup, Instant at) {
        return workspace.write(tx -> {
            if (backup != null && backup.failure() == null && !tx.audit().head().equals(backup.head())) {
                return Optional.empty();
            }
            tx.expectLargeWrite();
            List<PackagePreview> done = StagedPackage.writeAll(tx, () -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return arriving.hasNext();
                }

                @Override
                public StagedPackage next() {
                    StagedPackage next = arriving.next();
                    settling.settle(next);
                    return next;
                }
            }, workspace.photoStore());
            for (String roundId : readers.stream().filter(r -> r.manifest().kind() == PackageKind.RESULT)
                    .map(r -> r.manifest().roundId()).distinct().toList()) {
                var round = tx.rounds().find(roundId);
                if (round.isPresent()) {
                    RoundProgress.settle(tx, round.get());
                }
            }
            settling.awaitAll();
            if (backup != null && done.stream().anyMatch(p -> !p.alreadyImported())) {
                keep(backup, at);
            }
            return Optional.of(done);
        });
    }

    /** Backs the workspace up; every commit adds to the audit log, so the same head before and after is the head it holds. */
    private Backup backUp() {
        try {
            AuditLog.Head before = workspace.read(tx -> tx.audit().head());
            Path made = WorkspaceBackup.made(workspace.folder());
            AuditLog.Head after = workspace.read(tx -> tx.audit().head());
            return new Backup(made, before.equals(after) ? after : null, null);
        } catch (IOException e) {
            return new Backup(null, null, e);
        }
    }

    private void keep(Backup backup, Instant at) {
        try {
            if (backup.failure() != null) {
                throw backup.failure();
            }
            WorkspaceBackup.keepAutomatic(workspace.folder(), backup.made(), "before-merge", at,
                    new ChangePreferences(workspace.folder()).current().keepBackups());
        } catch (IOException e) {
            throw new RequestRefused("package.backupFailed", String.valueOf(e.getMessage()));
        }
    }

    /** Deletes a backup made but not kept (the packages were refused, or were all taken in before). */
    private static void discard(Backup backup) {
        if (backup != null && backup.made() != null) {
            try {
                Files.deleteIfExists(backup.made());
            } catch (IOException ignored) {
                // Its name is a backup still being written's, which the next start clears away.
            }
        }
    }
}
