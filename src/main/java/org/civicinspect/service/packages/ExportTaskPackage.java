package org.civicinspect.service.packages;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.TaskContent;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Recheck;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.rounds.RoundProgress;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code package task ROUND TEAM OUT.citask [--for-key FINGERPRINT]}: the office's task package for one team: the
 * round, its indicator-set version, the team's sites, the inspections review returned with their findings, photos and
 * comments, and the open problems of earlier rounds at those sites to recheck; signed with this workspace's key.
 * Sending the first task moves the round from 准备中 to 测评中. Issued for a laptop's key (its fingerprint, read off
 * the laptop), the package carries that key and opens only on that laptop, and the office trusts the key for the team
 * from then on, so the laptop's results need no confirmation.
 */
public final class ExportTaskPackage {

    /** What was written; {@code forKey} is the laptop key the package was issued for, or null. */
    public record Result(Path file, String packageId, String round, String team, int sites, int returned, String fingerprint, String forKey) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ExportTaskPackage(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Writes the package; {@code forKey} is the fingerprint of the laptop it is for, or null when the laptop is confirmed on its first package. */
    public Result run(String roundReference, String teamReference, Path out, char[] passphrase, String forKey) {
        Instant now = Audit.now(clock);
        String laptop = forKey == null ? null : laptopKey(forKey);
        Prepared prepared = workspace.read(tx -> prepare(tx, roundReference, teamReference, laptop));
        if (laptop != null) {
            workspace.read(tx -> alreadyTrusted(tx, laptop, prepared.task().team()));
        }
        TaskContent task = prepared.task();
        PackageWriter writer = new PackageWriter().json(org.civicinspect.exchange.PackageReader.CONTENT, task);
        if (task.questionnaire() != null) {
            writer.carryingTheSurvey();
        }
        PhotoStore photos = workspace.photoStore();
        Set<String> shas = new LinkedHashSet<>();
        task.findings().forEach(f -> shas.addAll(f.photos()));
        shas.forEach(sha -> writer.photo(sha, photos.file(sha)));
        String summary = "sites=" + task.sites().size() + " returned=" + task.returned().size()
                + (task.questionnaire() == null ? "" : " questionnaire=" + task.questionnaire().label());
        Manifest manifest = PackageFiles.write(workspace, writer, new PackageWriter.Header(PackageKind.TASK, UUID.randomUUID().toString(), now,
                prepared.sequence(), "OFFICE", signedIn.name(), task.round().id(), task.round().name(), task.team().id(), task.team().name()),
                out, passphrase, summary);
        workspace.write(tx -> {
            tx.rounds().setStatus(task.round().id(), RoundStatus.INSPECTING);
            RoundProgress.settle(tx, task.round());
            if (laptop != null && !alreadyTrusted(tx, laptop, task.team())) {
                trust(tx, laptop, task.team(), manifest.packageId(), now);
            }
            return null;
        });
        return new Result(out, manifest.packageId(), task.round().name(), task.team().name(), task.sites().size(), task.returned().size(),
                manifest.sender().fingerprint(), laptop);
    }

    private record Prepared(TaskContent task, long sequence) {
    }

    private static SurveyPlan planOrNull(SurveyPlan plan) {
        return plan.isEmpty() ? null : plan;
    }

    private String laptopKey(String typed) {
        String fingerprint = DeviceKey.typedFingerprint(typed);
        if (fingerprint == null) {
            throw new RequestRefused("package.badFingerprint", typed);
        }
        if (fingerprint.equals(PackageFiles.deviceKey(workspace).fingerprint())) {
            throw new RequestRefused("package.forOwnKey", fingerprint);
        }
        return fingerprint;
    }

    /** Whether this office trusts the key for the team already; a key it trusts for another team is refused. */
    private static boolean alreadyTrusted(Tx tx, String fingerprint, Team team) throws SQLException {
        for (PackageRepository.TrustedKey key : tx.packages().trusted("TEAM")) {
            if (key.fingerprint().equals(fingerprint)) {
                if (!team.id().equals(key.teamId())) {
                    throw new RequestRefused("package.forKeyOfOtherTeam", fingerprint, PackageFiles.teamName(tx, key.teamId()), team.name());
                }
                return true;
            }
        }
        return false;
    }

    // Only the fingerprint is known until the laptop's first package brings the public key it names (MergeResults).
    private void trust(Tx tx, String fingerprint, Team team, String packageId, Instant now) throws SQLException {
        tx.packages().trust(new PackageRepository.TrustedKey(fingerprint, "", "TEAM", team.id(), now, signedIn.name()));
        tx.audit().append(now, signedIn.name(), AuditLog.Action.TRUST, "team:" + team.id(), "device " + fingerprint
                + " issued task package " + packageId);
    }

    private Prepared prepare(Tx tx, String roundReference, String teamReference, String laptop) throws SQLException {
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
        Optional<String> pinned = tx.interviews().pinnedQuestionnaire(round.id());
        Questionnaire questionnaire = pinned.isPresent() ? tx.questionnaires().find(pinned.get()).orElseThrow() : null;
        return new Prepared(new TaskContent(round, set, tx.indicatorSets().loadTree(set.id()), team, sites, returned, findings, comments, rechecks,
                questionnaire, questionnaire == null ? null : planOrNull(tx.surveyPlans().of(round.id())), laptop), tx.packages().nextSequence());
    }
}
