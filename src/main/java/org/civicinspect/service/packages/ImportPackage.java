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
import java.util.concurrent.CompletableFuture;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;

/**
 * {@code package import FILE…}: takes in a task package (on a field laptop) or result packages (at the office). The
 * packages are opened and checked in full (structure, signature, every entry's hash, sender, round, contents) before
 * anything is written ({@link PreviewPackages} says beforehand what it would add, update and which conflicts it
 * raises); then it makes an automatic backup once every package has passed its checks, and writes them all in one
 * transaction. The same package twice changes nothing.
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
     * Takes the packages in, in the order given, all or none: each is opened and checked and its photos staged;
     * then one automatic backup, the photos put in place, and one transaction that writes every package. The first
     * refused package stops everything, and what it says names that file. The backup is made while the packages are
     * checked and kept only once they all pass; it counts only if the transaction finds the workspace as the backup
     * has it (the transaction holds the write lock), else another is made and the write tried again. A workspace on a
     * server makes no backup of its own: the server's owner backs the database up, and the one transaction is all or none.
     */
    public List<PackagePreview> run(List<Path> files, ImportOptions options) {
        List<PackageReader> readers = Collections.synchronizedList(new ArrayList<>());
        List<StagedPackage> staged = new ArrayList<>();
        PhotoStore store = workspace.photoStore();
        Instant at = clock.instant();
        boolean backsUp = !workspace.onServer();
        CompletableFuture<Backup> early = backsUp ? CompletableFuture.supplyAsync(this::backUp)
                : CompletableFuture.completedFuture(new Backup(null, null, null));
        Backup backup = null;
        try {
            staged.addAll(intake.stageAll(files, options, readers, false));
            backup = early.join();
            boolean writes = !allAlreadyImported(readers);
            if (writes && backsUp) {
                keep(backup, at);
            }
            // The photos are put in place while the rows are written; the write waits for them before it commits.
            CompletableFuture<List<Path>> settling = CompletableFuture.supplyAsync(() -> settleAll(store, staged));
            List<String> mergedRounds = readers.stream().filter(r -> r.manifest().kind() == PackageKind.RESULT).map(r -> r.manifest().roundId())
                    .distinct().toList();
            try {
                // A backup during which another commit came holds no known head: it is made again before the write.
                Optional<List<PackagePreview>> done = writes && backsUp && backup.head() == null ? Optional.empty()
                        : writeAll(staged, mergedRounds, writes && backsUp ? backup.head() : null, settling);
                while (done.isEmpty()) {
                    backup = backUp();
                    keep(backup, clock.instant());
                    done = writeAll(staged, mergedRounds, backup.head(), settling);
                }
                return done.get();
            } catch (RuntimeException refused) {
                // A package refused inside the transaction (one package may change what the one before it makes
                // of the next) leaves no photo that only the rolled-back packages brought.
                for (Path photo : settling.exceptionally(failed -> List.of()).join()) {
                    Files.deleteIfExists(photo);
                }
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // What was settled is no longer staged; what is still staged was kept with its rows, or is not wanted.
            staged.forEach(s -> store.discard(s.photos()));
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
     * Writes every package, unless the workspace is no longer at {@code backedUp} (null: any will do): then nothing, and
     * empty. It commits only once {@code settling} has put the photos in place, so a row never names a photo without its file.
     */
    private Optional<List<PackagePreview>> writeAll(List<StagedPackage> staged, List<String> mergedRounds, AuditLog.Head backedUp,
                                                    CompletableFuture<List<Path>> settling) {
        return workspace.write(tx -> {
            if (backedUp != null && !tx.audit().head().equals(backedUp)) {
                return Optional.empty();
            }
            tx.expectLargeWrite();
            PhotoStore store = workspace.photoStore();
            for (StagedPackage s : staged) {
                store.keepStaged(tx, s.photos());
            }
            List<PackagePreview> done = StagedPackage.writeAll(tx, staged);
            for (String roundId : mergedRounds) {
                var round = tx.rounds().find(roundId);
                if (round.isPresent()) {
                    RoundProgress.settle(tx, round.get());
                }
            }
            try {
                settling.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            return Optional.of(done);
        });
    }

    /** Every package's staged photos put in place; when one cannot be, none is left placed. */
    private static List<Path> settleAll(PhotoStore store, List<StagedPackage> staged) {
        List<Path> placed = new ArrayList<>();
        try {
            for (StagedPackage s : staged) {
                placed.addAll(store.settle(s.photos()));
            }
            return placed;
        } catch (IOException e) {
            for (Path photo : placed) {
                try {
                    Files.deleteIfExists(photo);
                } catch (IOException ignored) {
                    // A photo file no row names is harmless; verify does not count it as damage.
                }
            }
            throw new UncheckedIOException(e);
        }
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

    private boolean allAlreadyImported(List<PackageReader> readers) {
        return workspace.read(tx -> {
            for (PackageReader reader : readers) {
                if (tx.packages().find(reader.manifest().packageId()).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
    }
}
