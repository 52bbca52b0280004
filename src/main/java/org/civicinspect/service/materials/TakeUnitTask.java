package org.civicinspect.service.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageProblem;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.UnitTaskContent;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.PackageFiles;
import org.civicinspect.service.packages.KeyTrust;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * The unit's side of {@link ReceiveUnitPackage}: takes in the office's unit task package. The office's key must be
 * trusted (the first one once the user confirms its fingerprint); an empty workspace on the unit's computer becomes the
 * unit's, and a workspace that is an office's (on a server, or with rounds of its own), a laptop's or another unit's is
 * refused. The round, its indicator-set version, the
 * unit (under the office's id for it), its standards with their required types, the evidence window and the office's
 * reviews are kept as the office has them, and so are the unit's dispatched problems with their photos before the fix.
 */
final class TakeUnitTask {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    TakeUnitTask(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    ReceiveUnitPackage.Result take(PackageReader reader, String sha256, ImportOptions options) {
        Manifest m = reader.manifest();
        // A unit task package is small: every entry is checked before anything is said about it, taken in before included.
        PackageFiles.checkEntries(reader);
        UnitTaskContent task = content(reader);
        Optional<KeyTrust> taken;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("civicinspect-unit-task-");
            Map<String, PhotoStore.Photo> photos = photosBefore(reader, task, folder);
            Path staged = folder;
            // Checked and written in one transaction: nothing can come between the checks and the write.
            taken = workspace.write(tx -> {
                if (tx.packages().find(m.packageId()).isPresent()) {
                    return Optional.<KeyTrust>empty();
                }
                KeyTrust trust = check(tx, reader, task, options);
                apply(tx, m, sha256, task, trust);
                keepProblems(tx, task, photos, staged);
                return Optional.of(trust);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
        if (taken.isEmpty()) {
            return result(m, task, KeyTrust.KNOWN, true);
        }
        KeyTrust trust = taken.get();
        ChangePreferences preferences = new ChangePreferences(workspace.folder());
        Preferences now = preferences.current();
        preferences.save(new Preferences(WorkspaceRole.UNIT, now.listSize(), now.warnDays(), now.keepBackups()));
        return result(m, task, trust, false);
    }

    private static ReceiveUnitPackage.Result result(Manifest m, UnitTaskContent task, KeyTrust trust, boolean already) {
        return new ReceiveUnitPackage.Result(m.kind(), m.packageId(), task.unit().name(), task.round().name(), m.sender().name(),
                m.sender().fingerprint(), trust, already, task.standards().size(), task.reviews().size(), 0, 0, 0, task.problems().size());
    }

    private static UnitTaskContent content(PackageReader reader) {
        try {
            UnitTaskContent task = reader.content(UnitTaskContent.class);
            if (task.round() == null || task.indicatorSet() == null || task.tree() == null || task.unit() == null || task.window() == null
                    || !task.round().id().equals(reader.manifest().roundId())
                    || task.standards().stream().anyMatch(s -> s.code() == null || s.lead() == null)
                    || task.reviews().stream().anyMatch(r -> !r.roundId().equals(task.round().id()))
                    || !task.problems().isEmpty() && task.problemBatch() == null
                    || task.problems().stream().anyMatch(p -> !complete(p, task.problemBatch()))) {
                throw new RequestRefused("package.findingIncomplete", reader.fileName(), PackageReader.CONTENT);
            }
            return task;
        } catch (PackageProblem e) {
            throw PackageFiles.refused(e);
        }
    }

    private static boolean complete(UnitProblem p, String batch) {
        return batch.equals(p.batchId()) && p.problemId() != null && p.number() != null && p.source() != null && p.place() != null
                && p.standard() != null && p.description() != null && p.deadline() != null && p.status() != null && p.escalation() != null
                && p.answer() == null;
    }

    /** Each photo before the fix the problems name: its bytes checked against the manifest and as a picture, written to {@code folder}. */
    private Map<String, PhotoStore.Photo> photosBefore(PackageReader reader, UnitTaskContent task, Path folder) throws IOException {
        Instant now = Audit.now(clock);
        Map<String, PhotoStore.Photo> photos = new LinkedHashMap<>();
        for (UnitProblem p : task.problems()) {
            for (String sha : p.photosBefore()) {
                if (photos.containsKey(sha)) {
                    continue;
                }
                String entry = PackageReader.PHOTO_PREFIX + sha;
                byte[] bytes;
                try {
                    bytes = reader.photo(sha);
                } catch (PackageProblem e) {
                    throw PackageFiles.refused(e);
                }
                String type = AddPhoto.pictureType(bytes, reader.fileName() + "/" + entry);
                Files.write(folder.resolve(sha), bytes);
                photos.put(sha, new PhotoStore.Photo(sha, sha, type, bytes.length, null, now));
            }
        }
        return photos;
    }

    /**
     * The batch's problems in place of the earlier batch's; an answer the unit recorded to a problem sent again as it
     * was (not sent back meanwhile) is kept for the new batch, so that an answer not sent yet is not lost.
     */
    private void keepProblems(Tx tx, UnitTaskContent task, Map<String, PhotoStore.Photo> photos, Path folder) throws SQLException {
        PhotoStore store = workspace.photoStore();
        for (PhotoStore.Photo photo : photos.values()) {
            try {
                store.keep(tx, folder.resolve(photo.sha256()), photo.sha256());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tx.photos().register(photo);
        }
        Map<String, UnitProblem> earlier = new HashMap<>();
        tx.unitProblems().all().forEach(p -> earlier.put(p.problemId(), p));
        List<UnitProblem> next = new ArrayList<>();
        for (UnitProblem p : task.problems()) {
            UnitProblem before = earlier.get(p.problemId());
            next.add(before != null && before.answer() != null && before.returnReason().equals(p.returnReason()) ? p.answered(before.answer()) : p);
        }
        tx.unitProblems().replaceAll(next);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException ignored) {
            // A temp folder that cannot be removed now is left for the system's temp cleanup.
        }
    }

    private KeyTrust check(Tx tx, PackageReader reader, UnitTaskContent task, ImportOptions options) throws SQLException {
        Manifest m = reader.manifest();
        String file = reader.fileName();
        if (workspace.onServer()) {
            throw new RequestRefused("package.unitTaskOnServer", file);
        }
        Optional<UnitOfWorkspace> own = UnitOfWorkspace.of(tx);
        if (own.isPresent() && !own.get().id().equals(m.teamId())) {
            throw new RequestRefused("package.otherUnit", file, m.teamName(), own.get().name());
        }
        if (own.isEmpty() && !tx.rounds().list().isEmpty()) {
            throw new RequestRefused("package.unitTaskNotHere", file);
        }
        String here = PackageFiles.deviceKey(workspace).fingerprint();
        if (task.forKey() != null && !task.forKey().equals(here)) {
            throw new RequestRefused("package.unitTaskForOtherKey", file, task.unit().name(), task.forKey(), here);
        }
        KeyTrust trust = tx.packages().trusted("OFFICE").stream().anyMatch(k -> k.fingerprint().equals(m.sender().fingerprint())) ? KeyTrust.KNOWN
                : options.confirms(m.sender().fingerprint()) ? KeyTrust.CONFIRMED : KeyTrust.NEEDS_CONFIRMATION;
        if (trust == KeyTrust.NEEDS_CONFIRMATION) {
            boolean another = !tx.packages().trusted("OFFICE").isEmpty();
            throw new RequestRefused(another ? "package.otherOfficeKey" : "package.confirmOfficeKey", file, m.sender().fingerprint());
        }
        PackageFiles.refuseReplay(tx, m, file);
        return trust;
    }

    private void apply(Tx tx, Manifest m, String sha256, UnitTaskContent task, KeyTrust trust) throws SQLException {
        Instant now = Audit.now(clock);
        String actor = signedIn.name();
        IndicatorSet set = task.indicatorSet();
        if (tx.indicatorSets().find(set.id()).isEmpty()) {
            boolean taken = tx.indicatorSets().list().stream().anyMatch(s -> s.name().equals(set.name()) && s.version() == set.version());
            tx.indicatorSets().insert(taken ? new IndicatorSet(set.id(), set.name(), tx.indicatorSets().nextVersion(set.name()), set.source(),
                    set.importedAt()) : set, task.tree());
        }
        if (tx.units().registeredName(m.teamId()).isEmpty()) {
            tx.units().save(m.teamId(), task.unit());
        }
        Set<String> named = new LinkedHashSet<>();
        task.standards().forEach(s -> {
            named.add(s.lead());
            named.addAll(s.supporting());
        });
        for (String other : named) {
            if (tx.materialFiles().registeredUnitId(other).isEmpty()) {
                tx.units().save(ResponsibleUnit.named(other));
            }
        }
        if (tx.rounds().find(task.round().id()).isEmpty()) {
            tx.rounds().insert(task.round(), now);
        }
        List<TaskAssignment> assignments = task.standards().stream()
                .map(s -> new TaskAssignment(s.code(), s.lead(), s.supporting(), s.due(), s.notes())).toList();
        tx.taskAssignments().replace(set.id(), assignments);
        for (UnitTaskContent.UnitStandard s : task.standards()) {
            tx.materialFiles().require(set.id(), s.code(), s.requiredTypes());
        }
        tx.materialFiles().setWindow(task.round().id(), task.window());
        if (!task.gradeScale().isEmpty()) {
            tx.materialReviews().setScale(set.id(), new MaterialGradeScale(task.gradeScale()));
        }
        for (MaterialReview review : task.reviews()) {
            tx.materialReviews().save(review);
        }
        if (trust == KeyTrust.CONFIRMED) {
            tx.packages().trust(new PackageRepository.TrustedKey(m.sender().fingerprint(), m.sender().publicKey(), "OFFICE", null, now, actor));
            tx.audit().append(now, actor, AuditLog.Action.TRUST, "office", "office key " + m.sender().fingerprint() + " confirmed");
        }
        String summary = "unit=" + task.unit().name() + " standards=" + task.standards().size() + " reviews=" + task.reviews().size()
                + " problems=" + task.problems().size() + (task.problemBatch() == null ? "" : " batch=" + task.problemBatch());
        PackageFiles.record(tx, m, "IN", sha256, now, summary);
        tx.audit().append(now, actor, AuditLog.Action.PACKAGE_IN, "package:" + m.packageId(), "unit task round=" + m.roundId()
                + " office=" + m.sender().fingerprint() + " sha256=" + sha256 + " " + summary);
    }
}
