package org.civicinspect.service.materials;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.UnitReplyContent;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Round;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.PackageFiles;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * {@code materials reply --out FILE.cipkg}: in a unit's workspace, the unit's reply package (单位回复包) for the round of
 * the newest unit task package: every material file the unit filed for the round, with its bytes, title, type, date
 * and standards, signed with this computer's key (the one the office issued the task package for). The office files
 * those it does not hold yet, so a reply after a 退回 carries the earlier files too and only the new ones are added.
 * It carries the unit's answers to the problems of the office's latest 派单 too ({@code problems reply}), with their
 * photos after the fix.
 */
public final class SendUnitReply {

    /** What was written: the package, the unit and round, how many files and distinct contents it carries, and the key. */
    public record Result(Path file, String packageId, String unit, String round, int files, int contents, int problems, String fingerprint) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SendUnitReply(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    private record Prepared(UnitOfWorkspace unit, PackageRepository.Exchanged task, Round round, List<MaterialFile> files, String batch, List<UnitReplyContent.ProblemAnswer> answers, long sequence) {
    }

    public Result run(Path out) {
        Instant now = Audit.now(clock);
        Prepared p = workspace.read(tx -> {
            UnitOfWorkspace unit = UnitOfWorkspace.of(tx).orElseThrow(() -> new RequestRefused("materials.notAUnitWorkspace"));
            PackageRepository.Exchanged task = tx.packages().newestReceivedOfKind(PackageKind.UNIT_TASK.name()).orElseThrow();
            Round round = tx.rounds().find(unit.roundId()).orElseThrow();
            List<MaterialFile> files = tx.materialFiles().ofRound(round.id()).stream().filter(f -> f.unit().equals(unit.name())).toList();
            List<UnitReplyContent.ProblemAnswer> answers = new ArrayList<>();
            String batch = null;
            for (UnitProblem problem : tx.unitProblems().all()) {
                batch = problem.batchId();
                UnitProblem.Answer a = problem.answer();
                if (a != null) {
                    List<UnitReplyContent.Photo> photos = new ArrayList<>();
                    for (String sha : a.photosAfter()) {
                        photos.add(new UnitReplyContent.Photo(tx.photos().find(sha).map(PhotoStore.Photo::fileName).orElse(sha), sha));
                    }
                    answers.add(new UnitReplyContent.ProblemAnswer(problem.problemId(), a.claimant(), a.phone(), a.measures(),
                            a.completedOn() == null ? "" : a.completedOn().toString(), photos));
                }
            }
            return new Prepared(unit, task, round, files, answers.isEmpty() ? null : batch, answers, tx.packages().nextSequence());
        });
        if (p.files().isEmpty() && p.answers().isEmpty()) {
            throw new RequestRefused("materials.nothingToReply", p.unit().name(), p.round().name());
        }
        PhotoStore store = workspace.photoStore();
        PackageWriter writer = new PackageWriter().json(PackageReader.CONTENT, new UnitReplyContent(p.task().packageId(), p.files(), p.batch(),
                p.answers()));
        Set<String> contents = new LinkedHashSet<>();
        p.files().forEach(f -> contents.add(f.sha256()));
        contents.forEach(sha -> writer.file(sha, store.file(sha)));
        p.answers().stream().flatMap(a -> a.photos().stream()).map(UnitReplyContent.Photo::sha256).distinct()
                .forEach(sha -> writer.photo(sha, store.file(sha)));
        String summary = "unit=" + p.unit().name() + " files=" + p.files().size() + " contents=" + contents.size() + " problems=" + p.answers().size();
        Manifest manifest = PackageFiles.write(workspace, writer, new PackageWriter.Header(PackageKind.UNIT_REPLY, UUID.randomUUID().toString(), now,
                p.sequence(), "UNIT", signedIn.name(), p.round().id(), p.round().name(), p.unit().id(), p.unit().name()), out, null, summary);
        return new Result(out, manifest.packageId(), p.unit().name(), p.round().name(), p.files().size(), contents.size(), p.answers().size(),
                manifest.sender().fingerprint());
    }
}
