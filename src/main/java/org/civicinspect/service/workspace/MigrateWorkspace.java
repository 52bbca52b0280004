package org.civicinspect.service.workspace;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.model.Progress;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.ServerRefusal;
import org.civicinspect.store.AuditAnchor;
import org.civicinspect.store.ServerCollationException;
import org.civicinspect.store.ServerLogin;
import org.civicinspect.store.ServerSignInException;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceCopy;

/**
 * {@code workspace migrate --to}: copies this workspace whole, photos included, into an empty database on a
 * PostgreSQL server or a new data folder (SQLite), then checks the copy: rows per table, every photo by its SHA-256,
 * and {@code verify} on both. The source is only read. A server's copy keeps this computer's part (keys, anchor) in
 * the source's data folder, so {@code --db ADDRESS} with the same {@code --data} opens it with its anchor in place.
 */
public final class MigrateWorkspace {

    /** A table's rows in the source and in the copy. */
    public record TableCount(String table, long source, long copy) {
        public boolean same() {
            return source == copy;
        }
    }

    /**
     * What was copied and how the copy compares with its source: rows per table, how many photos, the photos (by
     * SHA-256) the copy does not hold with the bytes of their hash, and each side verified.
     */
    public record Migrated(String target, List<TableCount> tables, long photos, List<String> photosDiffering, VerifyWorkspace.Verdict source,
                           VerifyWorkspace.Verdict copy, CheckPhotos.PhotoCheck sourcePhotos, CheckPhotos.PhotoCheck copyPhotos) {
        public boolean sound() {
            return photosDiffering.isEmpty() && tables.stream().allMatch(TableCount::same) && source.sound() && copy.sound()
                    && sourcePhotos.sound() && copyPhotos.sound();
        }
    }

    private final Workspace source;
    private final AuditAnchor.Seal seal;

    public MigrateWorkspace(Workspace source, AuditAnchor.Seal seal) {
        this.source = source;
        this.seal = seal;
    }

    /**
     * Refuses the workspace of this computer in {@code folder} when opening it would upgrade it: a migration copies a
     * workspace as it is, and changes nothing of it. Asked before the workspace is opened.
     */
    public static void refuseUpgrading(Path folder) {
        if (Workspace.needsUpgrade(folder)) {
            throw new RequestRefused("workspace.migrate.olderWorkspace", folder);
        }
    }

    /**
     * {@code to}: a server's address ({@code postgresql://…}), signed in with {@code password} or, when it is null,
     * the user's {@code .pgpass}; or a folder. Refused unless it is empty.
     */
    public Migrated run(String to, char[] password, Progress progress) {
        boolean toServer = ServerLogin.namesServer(to);
        Path folder = toServer ? source.folder() : Path.of(to);
        Workspace target = toServer ? openServer(new ServerLogin(to, "", password)) : openFolder(folder, to);
        try {
            String from = WorkspaceCopy.schemaVersion(source);
            if (!from.equals(WorkspaceCopy.schemaVersion(target))) {
                throw new RequestRefused("workspace.migrate.otherVersion", source.place(), from);
            }
            AuditAnchor.Seal targetSeal = toServer ? seal : new DeviceSeal(folder.resolve("keys"));
            try {
                WorkspaceCopy.copy(source, target, targetSeal, progress);
            } catch (WorkspaceCopy.PhotoDamaged e) {
                throw new RequestRefused("workspace.migrate.photoDamaged", e.sha256(), to);
            }
            WorkspaceCopy.Comparison compared = WorkspaceCopy.compare(source, target);
            return new Migrated(target.place(), compared.tables().stream().map(t -> new TableCount(t.table(), t.source(), t.target())).toList(),
                    compared.photos(), compared.photosDiffering(), new VerifyWorkspace(source, seal).run(List.of()),
                    new VerifyWorkspace(target, targetSeal).run(List.of()), new CheckPhotos(source).run(), new CheckPhotos(target).run());
        } finally {
            target.close();
        }
    }

    private Workspace openServer(ServerLogin login) {
        try {
            if (WorkspaceCopy.holdsData(login)) {
                throw new RequestRefused("workspace.migrate.serverNotEmpty", login.address());
            }
            return Workspace.open(source.folder(), login);
        } catch (ServerSignInException e) {
            throw ServerRefusal.of(e, login);
        } catch (ServerCollationException e) {
            throw new RequestRefused("server.collation", login.address());
        }
    }

    private Workspace openFolder(Path folder, String to) {
        if (WorkspaceCopy.holdsData(folder) || folder.toAbsolutePath().normalize().equals(source.folder().toAbsolutePath().normalize())) {
            throw new RequestRefused("workspace.migrate.folderNotEmpty", to);
        }
        return Workspace.open(folder);
    }
}
