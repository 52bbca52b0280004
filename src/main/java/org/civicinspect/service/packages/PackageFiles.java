package org.civicinspect.service.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageProblem;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.store.AuditAnchor;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * What making and opening packages share: the device key, problems as refusals, and the record of a package made; the
 * unit packages of {@code service.materials} use it too.
 */
public final class PackageFiles {

    private PackageFiles() {
    }

    public static DeviceKey deviceKey(Workspace workspace) {
        return DeviceKey.loadOrCreate(workspace.folder().resolve("keys"));
    }

    public static RequestRefused refused(PackageProblem problem) {
        return new RequestRefused(problem.messageKey(), problem.args().toArray());
    }

    /**
     * Every entry of the package read and checked against its hash, for a package taken in before: it is said to be so
     * only once it is whole, as it would be checked were it new.
     */
    public static void checkEntries(PackageReader reader) {
        try {
            reader.checkEntries();
        } catch (PackageProblem e) {
            throw refused(e);
        }
    }

    public static PackageReader open(Path file, char[] passphrase) {
        try {
            return PackageReader.open(file, passphrase);
        } catch (PackageProblem e) {
            throw refused(e);
        } catch (IOException e) {
            throw new RequestRefused("package.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes the package, with this workspace's signed audit anchor in its manifest, and records it (and its SHA-256)
     * as made here, in the workspace and the audit log.
     */
    public static Manifest write(Workspace workspace, PackageWriter writer, PackageWriter.Header header, Path out, char[] passphrase, String summary) {
        try {
            workspace.settleAnchor();
            AuditAnchor.read(workspace.folder()).filter(AuditAnchor.Signed::signed).ifPresent(a -> writer.auditAnchor(
                    new Manifest.Anchor(a.head().entries(), a.head().hash(), a.publicKey(), a.signature())));
            Manifest manifest = writer.write(out, header, deviceKey(workspace), passphrase);
            String sha256 = Sha256.of(out);
            workspace.write(tx -> {
                record(tx, manifest, "OUT", sha256, header.createdAt(), summary);
                tx.audit().append(header.createdAt(), header.senderName(), AuditLog.Action.PACKAGE_OUT, "package:" + manifest.packageId(),
                        header.kind() + " round=" + header.roundId() + " team=" + header.teamId() + " sha256=" + sha256 + " file="
                                + out.toAbsolutePath() + " " + summary);
                return null;
            });
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads each of the package's photos, checks it against its hash and that it is a whole JPEG or PNG picture, and
     * writes it beside the store under a temporary name; on any failure none is kept. A photo the store has already is
     * still read and checked against its hash (the package's bytes must be the photo its name says) but not written.
     * With {@code keep} false they are only checked.
     */
    static Map<String, Path> stagePhotos(Workspace workspace, PackageReader reader, Iterable<String> photos, boolean keep) {
        PhotoStore store = workspace.photoStore();
        Map<String, Path> staged = new HashMap<>();
        try {
            for (String sha : photos) {
                byte[] bytes = reader.photo(sha);
                Path temp = keep ? store.stage(sha, bytes) : null;
                if (temp != null) {
                    staged.put(sha, temp);
                }
                if (temp != null || !keep) {
                    checkPicture(reader, sha, bytes);
                }
            }
            return staged;
        } catch (RequestRefused e) {
            store.discard(staged);
            throw e;
        } catch (PackageProblem e) {
            store.discard(staged);
            throw refused(e);
        } catch (IOException | RuntimeException e) {
            store.discard(staged);
            throw new RequestRefused("package.unreadable", reader.fileName(), String.valueOf(e.getMessage()));
        }
    }

    private static void checkPicture(PackageReader reader, String sha, byte[] bytes) {
        String entry = PackageReader.PHOTO_PREFIX + sha;
        try {
            AddPhoto.pictureType(bytes, entry);
        } catch (RequestRefused e) {
            throw new RequestRefused("package.notAPicture", reader.fileName(), entry);
        }
    }

    public static String teamName(Tx tx, String teamId) throws SQLException {
        return tx.people().teams().stream().filter(t -> t.id().equals(teamId)).map(Team::name).findFirst().orElse(teamId);
    }

    public static void record(Tx tx, Manifest m, String direction, String sha256, Instant at, String summary) throws SQLException {
        tx.packages().record(new PackageRepository.Exchanged(m.packageId(), direction, m.kind().name(), m.sender().fingerprint(),
                m.roundId(), m.teamId(), m.sequence(), sha256, at, summary));
    }

    /** The newest package from this sender for this round, if it is newer than {@code m}: taking {@code m} in would replay an old one. */
    public static void refuseReplay(Tx tx, Manifest m, String file) throws SQLException {
        var newest = tx.packages().newestReceived(m.sender().fingerprint(), m.roundId());
        if (newest.isPresent() && newest.get().sequence() >= m.sequence()) {
            throw new RequestRefused("package.replayed", file, m.sequence(), newest.get().sequence());
        }
    }
}
