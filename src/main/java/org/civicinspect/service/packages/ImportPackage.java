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
import java.util.Set;
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
     * backup of the workspace as it was before is made meanwhile and kept once every package is written: its photos
     * are listed before the first is put in place, and its database is copied while the rows are written, which the
     * copy does not see until they are committed. It counts only if no commit came between its start and the
     * transaction's (the audit log's head is the same); else another is made inside the transaction, before it
     * commits, where the workspace is as the transaction found it. On a server the write turn is every colleague's:
     * it is taken only once every package has passed its checks, and the workspace makes no backup of its own (the
     * server's owner backs the database up; the one transaction is all or none).
     */
    public List<PackagePreview> run(List<Path> files, ImportOptions options) {
        List<PackageReader> readers = Collections.synchronizedList(new ArrayList<>());
        PhotoStore store = workspace.photoStore();
        Instant at = clock.instant();
        boolean backsUp = !workspace.onServer();
        CompletableFuture<Void> photosListed = new CompletableFuture<>();
        CompletableFuture<Backup> early = backsUp ? CompletableFuture.supplyAsync(() -> backUp(photosListed))
                : CompletableFuture.completedFuture(null);
        if (!backsUp) {
            photosListed.complete(null);
        }
        List<Backup> made = new ArrayList<>();
        Staging staging = intake.stageInOrder(files, options, readers, false);
        PhotoSettling settling = new PhotoSettling(store);
        try {
            Iterator<StagedPackage> arriving = workspace.onServer() ? staging.all().iterator() : staging;
            try {
                List<PackagePreview> done = writeAll(arriving, readers, settling, photosListed, backsUp ? early : null, made, at);
                if (done.stream().anyMatch(p -> p.kind() == PackageKind.TASK)) {
                    // A laptop set up from the command line is not asked at its first start in the window whether it is the office.
                    new ChangePreferences(workspace.folder(), workspace.onServer()).roleUnlessChosen(WorkspaceRole.FIELD);
                }
                return done;
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
            if (backsUp) {
                made.add(early.exceptionally(e -> null).join());
            }
            made.forEach(ImportPackage::discard);
        }
    }

    /**
     * A backup made but not yet kept, with the head of the audit log it holds (null when a commit came while it was
     * made), or the reason it could not be made.
     */
    private record Backup(Path made, AuditLog.Head head, IOException failure) {
    }

    /**
     * Writes every package as it arrives; each package's photos are handed to {@code settling} as it is taken, once
     * the backup has listed the photos it holds. The transaction commits only once they are in place, so a row never
     * names a photo without its file, and keeps a backup of the workspace as it found it (when there is one) only when
     * a package brought something new; backups made and not kept are added to {@code made}.
     */
    private List<PackagePreview> writeAll(Iterator<StagedPackage> arriving, List<PackageReader> readers, PhotoSettling settling,
                                          CompletableFuture<Void> photosListed, CompletableFuture<Backup> early, List<Backup> made,
                                          Instant at) {
        return workspace.write(tx -> {
            AuditLog.Head found = tx.audit().head();
            tx.expectLargeWrite();
            List<PackagePreview> done = StagedPackage.writeAll(tx, () -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return arriving.hasNext();
                }

                @Override
                public StagedPackage next() {
                    StagedPackage next = arriving.next();
                    photosListed.join();
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
            List<Path> placed = settling.awaitAll();
            if (early != null && done.stream().anyMatch(p -> !p.alreadyImported())) {
                Backup backup = early.join();
                if (backup.failure() == null && !found.equals(backup.head())) {
                    // A commit came while the backup was made. Nothing commits while this transaction holds the write
                    // lock, so a copy made now holds the workspace as the transaction found it, without the photos placed.
                    made.add(backup);
                    backup = backUpAsFound(found, placed);
                }
                keep(backup, at);
            }
            return done;
        });
    }

    /** Backs the workspace up; every commit adds to the audit log, so the same head before and after is the head it holds. */
    private Backup backUp(CompletableFuture<Void> photosListed) {
        try {
            AuditLog.Head before = workspace.read(tx -> tx.audit().head());
            WorkspaceBackup.Begun begun;
            try {
                begun = WorkspaceBackup.begin(workspace.folder(), Set.of());
            } finally {
                photosListed.complete(null);
            }
            Path made = WorkspaceBackup.made(begun);
            AuditLog.Head after = workspace.read(tx -> tx.audit().head());
            return new Backup(made, before.equals(after) ? after : null, null);
        } catch (IOException e) {
            return new Backup(null, null, e);
        } catch (RuntimeException e) {
            photosListed.complete(null);
            throw e;
        }
    }

    private Backup backUpAsFound(AuditLog.Head found, List<Path> placed) {
        try {
            return new Backup(WorkspaceBackup.made(WorkspaceBackup.begin(workspace.folder(), Set.copyOf(placed))), found, null);
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
