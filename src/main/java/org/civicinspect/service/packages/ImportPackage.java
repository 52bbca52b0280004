package org.civicinspect.service.packages;

import java.io.IOException;
import org.civicinspect.service.common.SignedIn;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.workspace.ChangePreferences;
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
     * refused package stops everything, and what it says names that file.
     */
    public List<PackagePreview> run(List<Path> files, ImportOptions options) {
        List<PackageReader> readers = Collections.synchronizedList(new ArrayList<>());
        List<StagedPackage> staged = new ArrayList<>();
        PhotoStore store = workspace.photoStore();
        boolean settled = false;
        try {
            staged.addAll(intake.stageAll(files, options, readers, false));
            if (!allAlreadyImported(readers)) {
                backUp();
            }
            List<Path> placed = new ArrayList<>();
            for (StagedPackage s : staged) {
                placed.addAll(store.settle(s.photos()));
            }
            settled = true;
            List<String> mergedRounds = readers.stream().filter(r -> r.manifest().kind() == PackageKind.RESULT).map(r -> r.manifest().roundId())
                    .distinct().toList();
            try {
                return writeAll(staged, mergedRounds);
            } catch (RuntimeException refused) {
                // A package refused inside the transaction (one package may change what the one before it makes
                // of the next) leaves no photo that only the rolled-back packages brought.
                for (Path photo : placed) {
                    Files.deleteIfExists(photo);
                }
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!settled) {
                staged.forEach(s -> store.discard(s.photos()));
            }
            readers.forEach(PackageIntake::closeQuietly);
        }
    }

    private List<PackagePreview> writeAll(List<StagedPackage> staged, List<String> mergedRounds) {
        return workspace.write(tx -> {
            List<PackagePreview> done = StagedPackage.writeAll(tx, staged);
            for (String roundId : mergedRounds) {
                var round = tx.rounds().find(roundId);
                if (round.isPresent()) {
                    RoundProgress.settle(tx, round.get());
                }
            }
            return done;
        });
    }

    private void backUp() {
        try {
            WorkspaceBackup.automatic(workspace.folder(), "before-merge", clock.instant(), new ChangePreferences(workspace.folder()).current()
                    .keepBackups());
        } catch (IOException e) {
            throw new RequestRefused("package.backupFailed", String.valueOf(e.getMessage()));
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
