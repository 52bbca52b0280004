package org.civicinspect.service.materials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageProblem;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.UnitReplyContent;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Round;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.PackageFiles;
import org.civicinspect.service.packages.KeyTrust;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rectification.ReceiveProblemReplies;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * The office's side of {@link ReceiveUnitPackage}: takes in a unit's reply package. Before anything is written it checks
 * that the package is signed by the key the office trusted for that unit when it sent the unit its task package (and
 * answers a task package made here), that the unit and the round exist, that every file it lists is a standard of the
 * unit's, every entry's SHA-256, and each file by its content as {@code materials add} checks it. Then the files new
 * here are filed under the unit, their bytes stored once by SHA-256, with an entry in the audit log. The unit's answers to
 * its dispatched problems, with their photos, go to {@link ReceiveProblemReplies} as one batch of replies, checked
 * there in full: a fault in any refuses the whole package with nothing written.
 */
final class TakeUnitReply {

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;
    private final SignedIn signedIn;
    private final ReceiveProblemReplies problemReplies;

    TakeUnitReply(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn, ReceiveProblemReplies problemReplies) {
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
        this.signedIn = signedIn;
        this.problemReplies = problemReplies;
    }

    /** The reply as checked: the unit's name, the round, and the files it carries with the kind each one's content shows. */
    private record Checked(String unit, Round round, List<MaterialFile> files) {
    }

    ReceiveUnitPackage.Result take(PackageReader reader, String sha256) {
        Manifest m = reader.manifest();
        if (workspace.read(tx -> tx.packages().find(m.packageId()).isPresent())) {
            PackageFiles.checkEntries(reader);
            return already(m);
        }
        UnitReplyContent reply = workspace.read(tx -> checkSender(tx, reader));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("civicinspect-unit-reply-");
            Checked checked = workspace.read(tx -> checkFiles(tx, reader, reply));
            Map<String, Path> contents = checkContents(reader, checked, folder);
            List<MaterialFile> files = withCheckedKinds(reader, checked, contents);
            ReceiveProblemReplies.Batch batch = workspace.read(tx -> problemBatch(tx, reader, reply, checked.unit()));
            int replied = 0;
            if (!batch.lines().isEmpty()) {
                // Checked in full and written, or refused with nothing written, before any material file is filed.
                ReceiveProblemReplies.Result result = problemReplies.run(batch, List.of());
                if (!result.ok()) {
                    throw new RequestRefused("package.unitProblemRepliesRefused", reader.fileName(), new Faults(result.errors()));
                }
                replied = result.received().size();
            }
            int[] added = workspace.write(tx -> tx.packages().find(m.packageId()).isPresent() ? null
                    : apply(tx, m, sha256, checked, files, contents));
            if (added == null) {
                return already(m);
            }
            return new ReceiveUnitPackage.Result(m.kind(), m.packageId(), checked.unit(), checked.round().name(), m.sender().name(),
                    m.sender().fingerprint(), KeyTrust.KNOWN, false, 0, 0, files.size(), added[0], added[1], replied);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The faults of the replies, described in the language of whoever reads the refusal (an argument of its message). */
    private record Faults(List<SheetProblem> problems) {
        @Override
        public String toString() {
            return problems.stream().map(Messages::describe).collect(Collectors.joining("; "));
        }
    }

    /** Taken in before (or, checked meanwhile, by another import of the same package): nothing changes. */
    private static ReceiveUnitPackage.Result already(Manifest m) {
        return new ReceiveUnitPackage.Result(m.kind(), m.packageId(), m.teamName(), m.roundName(), m.sender().name(), m.sender().fingerprint(),
                KeyTrust.KNOWN, true, 0, 0, 0, 0, 0, 0);
    }

    /**
     * The key (the one trusted for the unit it claims), the unit, the round and the task package the reply answers; then
     * the content, read only from a sender so checked.
     */
    private static UnitReplyContent checkSender(Tx tx, PackageReader reader) throws SQLException {
        Manifest m = reader.manifest();
        String file = reader.fileName();
        String claimed = tx.units().registeredName(m.teamId()).orElse(m.teamName());
        PackageRepository.TrustedKey key = tx.packages().trusted("UNIT").stream().filter(k -> k.fingerprint().equals(m.sender().fingerprint()))
                .findFirst().orElseThrow(() -> new RequestRefused("package.unitKeyNotTrusted", file, m.sender().fingerprint(), claimed));
        if (!key.teamId().equals(m.teamId())) {
            throw new RequestRefused("package.unitKeyOfOtherUnit", file, m.sender().fingerprint(),
                    tx.units().registeredName(key.teamId()).orElse(key.teamId()), claimed);
        }
        String unit = tx.units().registeredName(m.teamId()).orElseThrow(() -> new RequestRefused("package.unitUnknown", file, m.teamName()));
        if (tx.rounds().find(m.roundId()).isEmpty()) {
            throw new RequestRefused("package.roundUnknown", file, m.roundName());
        }
        PackageFiles.refuseReplay(tx, m, file);
        UnitReplyContent reply;
        try {
            reply = reader.content(UnitReplyContent.class);
        } catch (PackageProblem e) {
            throw PackageFiles.refused(e);
        }
        var answered = reply.taskPackageId() == null ? java.util.Optional.<PackageRepository.Exchanged>empty()
                : tx.packages().find(reply.taskPackageId());
        if (answered.isEmpty() || !answered.get().direction().equals("OUT") || !answered.get().kind().equals(PackageKind.UNIT_TASK.name())
                || !answered.get().teamId().equals(m.teamId())) {
            throw new RequestRefused("package.unitReplyNotOurs", file, unit);
        }
        return reply;
    }

    /** Every file complete, of the round, for the unit's standards, with its bytes in the package and no other bytes beside. */
    private Checked checkFiles(Tx tx, PackageReader reader, UnitReplyContent reply) throws SQLException {
        Manifest m = reader.manifest();
        String file = reader.fileName();
        String unit = tx.units().registeredName(m.teamId()).orElseThrow();
        Round round = tx.rounds().find(m.roundId()).orElseThrow();
        Set<String> material = checklists.tree(round.indicatorSetId()).standards().filter(Standard::material).map(Standard::code)
                .collect(Collectors.toSet());
        Set<String> units = tx.taskAssignments().of(round.indicatorSetId()).stream().filter(t -> t.involves(unit)).map(TaskAssignment::standardCode)
                .filter(material::contains).collect(Collectors.toSet());
        Map<String, MaterialFile> here = new HashMap<>();
        tx.materialFiles().ofRound(round.id()).forEach(f -> here.put(f.id(), f));
        for (MaterialFile f : reply.files()) {
            if (f.id() == null || f.sha256() == null || f.fileName() == null || f.fileName().isBlank() || f.title() == null || f.title().isBlank()
                    || f.type() == null || f.type().isBlank() || f.documentDate() == null || f.filedAt() == null || f.standards().isEmpty()
                    || !m.roundId().equals(f.roundId())) {
                throw new RequestRefused("package.unitFileIncomplete", file, String.valueOf(f.fileName()));
            }
            if (f.fileName().contains("/") || f.fileName().contains("\\") || f.fileName().chars().anyMatch(Character::isISOControl)) {
                throw new RequestRefused("package.unsafeEntry", file, f.fileName());
            }
            for (String code : f.standards()) {
                if (!units.contains(code)) {
                    throw new RequestRefused("package.unitFileOtherStandard", file, f.fileName(), code, unit);
                }
            }
            if (!reader.files().contains(f.sha256())) {
                throw new RequestRefused("package.entryMissing", file, PackageReader.FILE_PREFIX + f.sha256());
            }
            MaterialFile known = here.get(f.id());
            if (known != null && (!known.unit().equals(unit) || !known.sha256().equals(f.sha256()))) {
                throw new RequestRefused("package.unitFileTaken", file, f.fileName());
            }
        }
        Set<String> listed = reply.files().stream().map(MaterialFile::sha256).collect(Collectors.toSet());
        for (String sha : reader.files()) {
            if (!listed.contains(sha)) {
                throw new RequestRefused("package.entryUnlisted", file, PackageReader.FILE_PREFIX + sha);
            }
        }
        Set<String> photos = reply.problems().stream().flatMap(a -> a.photos().stream()).map(UnitReplyContent.Photo::sha256)
                .collect(Collectors.toSet());
        for (String sha : reader.photos()) {
            if (!photos.contains(sha)) {
                throw new RequestRefused("package.entryUnlisted", file, PackageReader.PHOTO_PREFIX + sha);
            }
        }
        return new Checked(unit, round, reply.files());
    }

    /**
     * The unit's answers to its dispatched problems as the lines of one batch of replies, for this workspace and the
     * unit that signed the package, each photo's bytes checked against the manifest; whether each answers a problem of
     * that batch sent to that unit, and each photo is a picture, {@link ReceiveProblemReplies} judges.
     */
    private static ReceiveProblemReplies.Batch problemBatch(Tx tx, PackageReader reader, UnitReplyContent reply, String unit) throws SQLException {
        String file = reader.fileName();
        List<ReceiveProblemReplies.Line> lines = new ArrayList<>();
        for (int i = 0; i < reply.problems().size(); i++) {
            UnitReplyContent.ProblemAnswer a = reply.problems().get(i);
            String where = "problems[" + (i + 1) + "]";
            if (reply.problemBatch() == null || a.problemId() == null || a.claimant() == null || a.phone() == null || a.measures() == null
                    || a.completedOn() == null || a.photos().stream().anyMatch(p -> p.name() == null || p.sha256() == null)) {
                throw new RequestRefused("package.findingIncomplete", file, PackageReader.CONTENT + " " + where);
            }
            List<ReceiveProblemReplies.Photo> photos = new ArrayList<>();
            for (UnitReplyContent.Photo photo : a.photos()) {
                if (!reader.hasPhoto(photo.sha256())) {
                    throw new RequestRefused("package.entryMissing", file, PackageReader.PHOTO_PREFIX + photo.sha256());
                }
                try {
                    photos.add(new ReceiveProblemReplies.Photo(photo.name(), reader.photo(photo.sha256())));
                } catch (PackageProblem e) {
                    throw PackageFiles.refused(e);
                }
            }
            Map<ReceiveProblemReplies.Part, String> places = new EnumMap<>(ReceiveProblemReplies.Part.class);
            for (ReceiveProblemReplies.Part part : ReceiveProblemReplies.Part.values()) {
                places.put(part, where);
            }
            lines.add(new ReceiveProblemReplies.Line("", a.problemId(), null, List.of(), List.of(), a.claimant().strip(), a.phone().strip(),
                    a.measures().strip(), a.completedOn().strip(), photos, places));
        }
        return new ReceiveProblemReplies.Batch(tx.dispatches().workspaceIdentity().orElse(""), String.valueOf(reply.problemBatch()), unit, lines);
    }

    /** Each content's bytes checked against its SHA-256 and written to {@code folder}, by SHA-256. */
    private static Map<String, Path> checkContents(PackageReader reader, Checked checked, Path folder) throws IOException {
        Map<String, Path> contents = new LinkedHashMap<>();
        for (MaterialFile f : checked.files()) {
            if (!contents.containsKey(f.sha256())) {
                try {
                    contents.put(f.sha256(), Files.write(folder.resolve(f.sha256()), reader.file(f.sha256())));
                } catch (PackageProblem e) {
                    throw PackageFiles.refused(e);
                }
            }
        }
        return contents;
    }

    /** Each file checked by its content as {@code materials add} checks it, named by the package and its own name; its media type as found. */
    private static List<MaterialFile> withCheckedKinds(PackageReader reader, Checked checked, Map<String, Path> contents) {
        List<MaterialFile> files = new ArrayList<>();
        for (MaterialFile f : checked.files()) {
            MaterialContent kind = MaterialContent.check(contents.get(f.sha256()), reader.fileName() + "/" + f.fileName());
            files.add(new MaterialFile(f.id(), f.roundId(), checked.unit(), f.sha256(), f.fileName(), kind.mediaType(), f.bytes(), f.title(),
                    f.type(), f.documentDate(), f.standards(), f.filedBy(), f.filedAt()));
        }
        return files;
    }

    /**
     * Files the files new here and keeps their bytes; returns how many files and how many contents were new. A file the
     * unit has filed here already for each of its standards (the same SHA-256) is not filed again, under whatever id.
     */
    private int[] apply(Tx tx, Manifest m, String sha256, Checked checked, List<MaterialFile> files, Map<String, Path> contents)
            throws SQLException {
        Instant now = Audit.now(clock);
        String actor = signedIn.name();
        List<MaterialFile> ofRound = tx.materialFiles().ofRound(checked.round().id());
        Set<String> known = ofRound.stream().map(MaterialFile::id).collect(Collectors.toSet());
        Map<String, Set<String>> standardsOfContent = new HashMap<>();
        ofRound.stream().filter(f -> f.unit().equals(checked.unit()))
                .forEach(f -> standardsOfContent.computeIfAbsent(f.sha256(), s -> new java.util.HashSet<>()).addAll(f.standards()));
        PhotoStore store = workspace.photoStore();
        List<String> names = new ArrayList<>();
        int newContents = 0;
        for (MaterialFile f : files) {
            Set<String> filedFor = standardsOfContent.computeIfAbsent(f.sha256(), s -> new java.util.HashSet<>());
            if (known.add(f.id()) && !filedFor.containsAll(f.standards())) {
                filedFor.addAll(f.standards());
                if (tx.materialFiles().withContent(f.sha256()).isEmpty()) {
                    newContents++;
                }
                try {
                    store.keep(tx, contents.get(f.sha256()), f.sha256());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                tx.materialFiles().save(new MaterialFile(f.id(), f.roundId(), checked.unit(), f.sha256(), f.fileName(), f.mediaType(),
                        contentsSize(contents.get(f.sha256())), f.title(), f.type(), f.documentDate(), f.standards(), f.filedBy(), f.filedAt()));
                names.add(f.fileName());
            }
        }
        tx.packages().learnPublicKey(m.sender().fingerprint(), m.sender().publicKey());
        String summary = "unit=" + checked.unit() + " files=" + files.size() + " new=" + names.size();
        PackageFiles.record(tx, m, "IN", sha256, now, summary);
        tx.audit().append(now, actor, AuditLog.Action.PACKAGE_IN, "package:" + m.packageId(), "unit reply round=" + m.roundId() + " unit="
                + checked.unit() + " key=" + m.sender().fingerprint() + " sha256=" + sha256 + " " + summary + " filed=" + String.join(",", names));
        return new int[] {names.size(), newContents};
    }

    private static long contentsSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A temp folder that cannot be removed now is left for the system's temp cleanup.
        }
    }
}
