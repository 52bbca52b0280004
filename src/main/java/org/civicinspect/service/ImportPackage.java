package org.civicinspect.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.model.PackageKind;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;

/**
 * {@code package import FILE…}: takes in a task package (on a field laptop) or result packages (at the office). The
 * package is opened and checked in full (structure, signature, every entry's hash, sender, round, contents) before
 * anything is written; the preview says what it would add, update and which conflicts it raises; the commit makes one
 * automatic backup once the first package has passed every check, then writes each package in one transaction. The
 * same package twice changes nothing.
 */
public final class ImportPackage {

    /** The passphrase of an encrypted package (or null), and the fingerprint the user confirmed for a new key (or null). */
    public record Options(char[] passphrase, String trust) {
        public static final Options NONE = new Options(null, null);

        boolean confirms(String fingerprint) {
            return trust != null && normal(trust).equals(normal(fingerprint));
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

    ImportPackage(Workspace workspace, Clock clock, Checklists checklists) {
        this.workspace = workspace;
        this.clock = clock;
        this.merge = new MergeResults(workspace, clock, checklists);
        this.receive = new ReceiveTask(workspace, clock);
    }

    /** Opens and checks the package and says what taking it in would do; changes nothing. */
    public Preview preview(Path file, Options options) {
        try (PackageReader reader = openChecked(file, options)) {
            String sha256 = sha256(file);
            return reader.manifest().kind() == PackageKind.RESULT ? merge.preview(reader, sha256, options)
                    : receive.preview(reader, sha256, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Preview commit(Path file, Options options) {
        return commitAll(List.of(file), options).get(0);
    }

    /**
     * Takes the packages in, in the order given, after one automatic backup; each package is its own transaction.
     * The first refused package stops the rest, and what it says names that file.
     */
    public List<Preview> commitAll(List<Path> files, Options options) {
        boolean[] backedUp = {false};
        Runnable backupOnce = () -> {
            if (!backedUp[0]) {
                try {
                    WorkspaceBackup.automatic(workspace.folder(), "before-merge", clock.instant(),
                            new ChangePreferences(workspace.folder()).current().keepBackups());
                } catch (IOException e) {
                    throw new RequestRefused("package.backupFailed", String.valueOf(e.getMessage()));
                }
                backedUp[0] = true;
            }
        };
        List<Preview> done = new ArrayList<>();
        for (Path file : files) {
            try (PackageReader reader = openChecked(file, options)) {
                String sha256 = sha256(file);
                done.add(reader.manifest().kind() == PackageKind.RESULT ? merge.commit(reader, sha256, options, backupOnce)
                        : receive.commit(reader, sha256, options, backupOnce));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return done;
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

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The newest package from this sender for this round, if it is newer than {@code m}: taking {@code m} in would replay an old one. */
    static void refuseReplay(java.sql.Connection c, Manifest m, String file) throws java.sql.SQLException {
        var newest = new PackageRepository().newestReceived(c, m.sender().fingerprint(), m.roundId());
        if (newest.isPresent() && newest.get().sequence() >= m.sequence()) {
            throw new RequestRefused("package.replayed", file, m.sequence(), newest.get().sequence());
        }
    }

    private static String sha256(Path file) throws IOException {
        return ImportIndicatorWorkbook.sha256(file);
    }

    private static void closeQuietly(PackageReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Closing a package that was refused can only fail to delete a temp file.
        }
    }
}
