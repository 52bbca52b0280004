package org.civicinspect.service.packages;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.ResultContent;
import org.civicinspect.exchange.TaskContent;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code package results OUT.ciresult}: a field laptop's result package for the round of its task: the team's
 * inspections, every finding with its version, and their photos, signed with this laptop's key. It always holds
 * everything so far, so the newest package alone brings the office up to date.
 */
public final class ExportResultPackage {

    /** What was written. */
    public record Result(Path file, String packageId, String round, String team, int inspections, int findings, int photos,
                         int interviews, String fingerprint) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ExportResultPackage(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Whose results a package would carry and when: the team, the round and today's date (for its default file name). */
    public record Subject(String team, String round, LocalDate date) {
    }

    /** The team and round of the package {@link #run} would write for the round given (or null), dated today. */
    public Subject subject(String roundReference) {
        Prepared p = workspace.read(tx -> target(tx, roundReference));
        return new Subject(p.teamName(), p.round().name(), LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    /** The results of the round given, or (null) of the round of the newest task package. */
    public Result run(String roundReference, Path out, char[] passphrase) {
        Instant now = Audit.now(clock);
        Prepared p = workspace.read(tx -> prepare(tx, roundReference));
        PhotoStore store = workspace.photoStore();
        PackageWriter writer = new PackageWriter().json(PackageReader.CONTENT, p.content());
        if (!p.content().interviews().isEmpty()) {
            writer.carryingTheSurvey();
        }
        p.content().photos().forEach(photo -> writer.photo(photo.sha256(), store.file(photo.sha256())));
        String summary = "inspections=" + p.content().inspections().size() + " findings=" + p.content().findings().size() + " photos="
                + p.content().photos().size() + " interviews=" + p.content().interviews().size();
        Manifest manifest = PackageFiles.write(workspace, writer, new PackageWriter.Header(PackageKind.RESULT, UUID.randomUUID().toString(), now,
                p.sequence(), "FIELD", signedIn.name(), p.round().id(), p.round().name(), p.teamId(), p.teamName()), out, passphrase, summary);
        return new Result(out, manifest.packageId(), p.round().name(), p.teamName(), p.content().inspections().size(),
                p.content().findings().size(), p.content().photos().size(), p.content().interviews().size(), manifest.sender().fingerprint());
    }

    private record Prepared(Round round, String teamId, String teamName, ResultContent content, long sequence) {
    }

    /** The round and team, without the content. */
    private Prepared target(Tx tx, String roundReference) throws SQLException {
        Round round;
        if (roundReference == null || roundReference.isBlank()) {
            PackageRepository.Exchanged task = tx.packages().newestTask().orElseThrow(() -> new RequestRefused("package.noTask"));
            round = tx.rounds().find(task.roundId()).orElseThrow(() -> new RequestRefused("package.noTask"));
        } else {
            round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
        }
        PackageRepository.Exchanged task = tx.packages().newestTask(round.id())
                .orElseThrow(() -> new RequestRefused("package.noTaskForRound", round.name()));
        String teamName = tx.people().teams().stream().filter(t -> t.id().equals(task.teamId())).map(t -> t.name()).findFirst()
                .orElseThrow(() -> new RequestRefused("package.noTaskForRound", round.name()));
        return new Prepared(round, task.teamId(), teamName, null, 0);
    }

    private Prepared prepare(Tx tx, String roundReference) throws SQLException {
        Prepared target = target(tx, roundReference);
        Round round = target.round();
        String teamName = target.teamName();
        List<DrawnSite> drawn = tx.rounds().drawn(round.id(), tx.sites().byId()).stream().filter(d -> teamName.equals(d.team())).toList();
        Map<String, Inspection> byId = tx.inspections().ofRound(round.id());
        Map<String, Instant> changed = tx.inspections().updatedAt(round.id());
        PhotoStore store = workspace.photoStore();
        List<TaskContent.InspectionState> states = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> shas = new LinkedHashSet<>();
        for (DrawnSite d : drawn) {
            Inspection i = byId.get(d.site().id());
            if (i != null) {
                states.add(new TaskContent.InspectionState(i.siteId(), i.status(), i.arrivedAt(), i.members(), i.remarks(), changed.get(i.siteId())));
            }
            for (Finding f : tx.findings().ofInspection(round.id(), d.site().id())) {
                findings.add(f);
                shas.addAll(f.photos());
            }
        }
        List<ResultContent.PhotoDetails> photos = new ArrayList<>();
        for (String sha : shas) {
            PhotoStore.Photo photo = tx.photos().find(sha).orElseThrow(() -> new RequestRefused("package.photoMissing", sha));
            photos.add(new ResultContent.PhotoDetails(sha, photo.fileName(), photo.mediaType(), photo.bytes(), photo.takenAt()));
        }
        return new Prepared(round, target.teamId(), teamName, new ResultContent(states, findings, photos, tx.interviews().recordedHere(round.id())),
                tx.packages().nextSequence());
    }
}
