package org.civicinspect.service.packages;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.TaskContent;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Recheck;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code package task ROUND TEAM OUT.citask}: the office's task package for one team: the round, its indicator-set
 * version, the team's sites, the inspections review returned with their findings, photos and comments, and the open
 * problems of earlier rounds at those sites to recheck; signed
 * with this workspace's key. Sending the first task moves the round from 准备中 to 测评中.
 */
public final class ExportTaskPackage {

    /** What was written. */
    public record Result(Path file, String packageId, String round, String team, int sites, int returned, String fingerprint) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ExportTaskPackage(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    public Result run(String roundReference, String teamReference, Path out, char[] passphrase) {
        Instant now = Audit.now(clock);
        Prepared prepared = workspace.read(tx -> prepare(tx, roundReference, teamReference, now));
        TaskContent task = prepared.task();
        PackageWriter writer = new PackageWriter().json(org.civicinspect.exchange.PackageReader.CONTENT, task);
        PhotoStore photos = workspace.photoStore();
        Set<String> shas = new LinkedHashSet<>();
        task.findings().forEach(f -> shas.addAll(f.photos()));
        shas.forEach(sha -> writer.photo(sha, photos.file(sha)));
        String summary = "sites=" + task.sites().size() + " returned=" + task.returned().size();
        Manifest manifest = PackageFiles.write(workspace, writer, new PackageWriter.Header(PackageKind.TASK, UUID.randomUUID().toString(), now,
                prepared.sequence(), "OFFICE", signedIn.name(), task.round().id(), task.round().name(), task.team().id(), task.team().name()),
                out, passphrase, summary);
        workspace.write(tx -> {
            tx.rounds().setStatus(task.round().id(), RoundStatus.INSPECTING);
            RoundProgress.settle(tx, task.round());
            return null;
        });
        return new Result(out, manifest.packageId(), task.round().name(), task.team().name(), task.sites().size(), task.returned().size(),
                manifest.sender().fingerprint());
    }

    private record Prepared(TaskContent task, long sequence) {
    }

    private Prepared prepare(Tx tx, String roundReference, String teamReference, Instant now) throws SQLException {
        Round found = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
        Round round = found.status() != RoundStatus.PREPARING ? found
                : new Round(found.id(), found.name(), found.start(), found.end(), found.indicatorSetId(), RoundStatus.INSPECTING, found.notes());
        Team team = tx.people().teams().stream()
                .filter(t -> t.name().equals(teamReference.strip()) || t.id().equals(teamReference.strip())).findFirst()
                .orElseThrow(() -> new RequestRefused("package.teamUnknown", teamReference));
        List<DrawnSite> drawn = tx.rounds().drawn(round.id(), tx.sites().byId()).stream()
                .filter(d -> team.name().equals(d.team())).toList();
        if (drawn.isEmpty()) {
            throw new RequestRefused("package.teamHasNoSites", team.name(), round.name());
        }
        IndicatorSet set = tx.indicatorSets().find(round.indicatorSetId()).orElseThrow();
        List<TaskContent.TaskSite> sites = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            sites.add(new TaskContent.TaskSite(drawn.get(i).site(), drawn.get(i).reason(), i));
        }
        Map<String, Inspection> byId = tx.inspections().ofRound(round.id());
        Map<String, Instant> changed = tx.inspections().updatedAt(round.id());
        List<TaskContent.InspectionState> returned = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<ReviewComment> comments = new ArrayList<>();
        List<Recheck> rechecks = new ArrayList<>();
        for (DrawnSite d : drawn) {
            rechecks.addAll(tx.rechecks().ofInspection(round.id(), d.site().id()).values());
            Inspection i = byId.get(d.site().id());
            if (i != null && i.status() == InspectionStatus.RETURNED) {
                returned.add(new TaskContent.InspectionState(i.siteId(), i.status(), i.arrivedAt(), i.members(), i.remarks(), changed.get(i.siteId())));
                findings.addAll(tx.findings().ofInspection(round.id(), i.siteId()));
                comments.addAll(tx.reviews().latest(round.id(), i.siteId()).values());
            }
        }
        return new Prepared(new TaskContent(round, set, tx.indicatorSets().loadTree(set.id()), team, sites, returned, findings, comments, rechecks),
                tx.packages().nextSequence());
    }
}
