package org.civicinspect.service.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.SqlWork;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;

/**
 * {@code package import FILE…}: takes in a task package (on a field laptop) or result packages (at the office). The
 * package is opened and checked in full (structure, signature, every entry's hash, sender, round, contents) before
 * anything is written; the preview says what it would add, update and which conflicts it raises; the commit makes an
 * automatic backup once every package has passed its checks, then writes them all in one transaction. The same
 * package twice changes nothing.
 */
public final class ImportPackage {

    /** The passphrase of encrypted packages (or null), and the fingerprints the user confirmed for new keys. */
    public record Options(char[] passphrase, List<String> trust) {
        public static final Options NONE = new Options(null, List.of());

        public Options {
            trust = trust == null ? List.of() : List.copyOf(trust);
        }

        boolean confirms(String fingerprint) {
            return trust.stream().anyMatch(t -> normal(t).equals(normal(fingerprint)));
        }

        private static String normal(String fingerprint) {
            return fingerprint.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        }
    }

    /** How the sender's key stands: known already, the first device of a registered team, confirmed now, or waiting for confirmation. */
    public enum Trust { KNOWN, FIRST_OF_TEAM, CONFIRMED, NEEDS_CONFIRMATION }

    /** What a package holds and what taking it in does (or did). */
    public record Preview(Path file, PackageKind kind, String packageId, String sha256, Instant createdAt, String sender, String fingerprint,
                          String round, String team, Trust trust, boolean alreadyImported, int sites, int added, int updated, int unchanged,
                          List<String> conflicts, int inspections, int photos, int returned) {
        public Preview {
            conflicts = List.copyOf(conflicts);
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final MergeResults merge;
    private final ReceiveTask receive;

    public ImportPackage(Workspace workspace, Clock clock, Checklists checklists) {
        this.workspace = workspace;
        this.clock = clock;
        this.merge = new MergeResults(workspace, clock, checklists);
        this.receive = new ReceiveTask(workspace, clock);
    }

    /** Whether the file is sealed with a passphrase, which must be asked for before it can be opened. */
    public boolean needsPassphrase(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) && org.civicinspect.exchange.PassphraseCipher.isEncrypted(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens and checks the package and says what taking it in would do; changes nothing. */
    public Preview preview(Path file, Options options) {
        return previewAll(List.of(file), options).get(0);
    }

    /**
     * Says what taking the packages in, in this order, would do (each seeing the ones before it, so conflicts between
     * them show): every check is made and the merge rehearsed in a transaction that is rolled back.
     */
    public List<Preview> previewAll(List<Path> files, Options options) {
        List<PackageReader> readers = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Staged> staged = stageAll(files, options, readers, true);
            return workspace.rehearse(tx -> {
                List<Preview> previews = new ArrayList<>();
                for (Staged s : staged) {
                    previews.add(s.write().run(tx));
                }
                return previews;
            });
        } finally {
            readers.forEach(ImportPackage::closeQuietly);
        }
    }

    private Staged stage(PackageReader reader, String sha256, Options options, boolean rehearsal) {
        return reader.manifest().kind() == PackageKind.RESULT ? merge.stage(reader, sha256, options, rehearsal)
                : receive.stage(reader, sha256, options, rehearsal);
    }

    public Preview commit(Path file, Options options) {
        return commitAll(List.of(file), options).get(0);
    }

    /** A package checked and its photos staged beside the store; its step writes it, inside the import's transaction. */
    record Staged(Map<String, Path> photos, SqlWork<Preview> write) {
    }

    /**
     * Takes the packages in, in the order given, all or none: each is opened and checked and its photos staged;
     * then one automatic backup, the photos put in place, and one transaction that writes every package. The first
     * refused package stops everything, and what it says names that file.
     */
    public List<Preview> commitAll(List<Path> files, Options options) {
        List<PackageReader> readers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Staged> staged = new ArrayList<>();
        PhotoStore store = new PhotoStore(workspace);
        boolean settled = false;
        try {
            staged.addAll(stageAll(files, options, readers, false));
            if (!allAlreadyImported(readers)) {
                backUp();
            }
            for (Staged s : staged) {
                store.settle(s.photos());
            }
            settled = true;
            List<String> mergedRounds = readers.stream().filter(r -> r.manifest().kind() == PackageKind.RESULT).map(r -> r.manifest().roundId())
                    .distinct().toList();
            return workspace.write(tx -> {
                List<Preview> done = new ArrayList<>();
                for (Staged s : staged) {
                    done.add(s.write().run(tx));
                }
                for (String roundId : mergedRounds) {
                    var round = tx.rounds().find(roundId);
                    if (round.isPresent()) {
                        RoundProgress.settle(tx, round.get());
                    }
                }
                return done;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!settled) {
                staged.forEach(s -> store.discard(s.photos()));
            }
            readers.forEach(ImportPackage::closeQuietly);
        }
    }

    /**
     * Opens, checks and stages the packages (for a rehearsal, only checks their photos) two at a time (reading and hashing them is most of the work, and each is
     * on its own). When one is refused, the others are still waited for, their photos discarded, and the refusal of
     * the first refused package in the order given is what is said.
     */
    private List<Staged> stageAll(List<Path> files, Options options, List<PackageReader> readers, boolean rehearsal) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(2, Math.max(1, files.size())));
        try {
            List<java.util.concurrent.Future<Staged>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    PackageReader reader = openChecked(file, options);
                    readers.add(reader);
                    return stage(reader, Sha256.of(file), options, rehearsal);
                }));
            }
            List<Staged> staged = new ArrayList<>();
            RuntimeException refused = null;
            for (java.util.concurrent.Future<Staged> future : futures) {
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
                PhotoStore store = new PhotoStore(workspace);
                staged.forEach(s -> store.discard(s.photos()));
                throw refused;
            }
            return staged;
        } finally {
            pool.shutdownNow();
        }
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

    private PackageReader openChecked(Path file, Options options) {
        PackageReader reader = PackageFiles.open(file, options.passphrase());
        Manifest m = reader.manifest();
        if (m.sender().fingerprint().equals(PackageFiles.deviceKey(workspace).fingerprint())) {
            closeQuietly(reader);
            throw new RequestRefused("package.madeHere", reader.fileName());
        }
        return reader;
    }

    /** The newest package from this sender for this round, if it is newer than {@code m}: taking {@code m} in would replay an old one. */
    static void refuseReplay(Tx tx, Manifest m, String file) throws java.sql.SQLException {
        var newest = tx.packages().newestReceived(m.sender().fingerprint(), m.roundId());
        if (newest.isPresent() && newest.get().sequence() >= m.sequence()) {
            throw new RequestRefused("package.replayed", file, m.sequence(), newest.get().sequence());
        }
    }


    private static void closeQuietly(PackageReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Closing a package that was refused can only fail to delete a temp file.
        }
    }
}
