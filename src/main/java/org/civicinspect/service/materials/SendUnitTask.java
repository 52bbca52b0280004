package org.civicinspect.service.materials;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.exchange.Manifest;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.UnitTaskContent;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.PackageFiles;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code materials send --unit UNIT --round ROUND --for-key FINGERPRINT --out FILE.cipkg}: the office's unit task
 * package (单位任务包) for a unit that files its materials itself: the material standards 任务分解 gives it, the types
 * each requires, the round's evidence window and the office's reviews of them so far, signed with this workspace's key.
 * It is issued for the unit's key (its fingerprint, read off the unit's computer by {@code package key}): from then on
 * the office takes the unit's reply packages signed by that key alone.
 */
public final class SendUnitTask {

    /** What was written: the package, the unit and round, how many standards and reviews it carries, and the two keys. */
    public record Result(Path file, String packageId, String unit, String round, int standards, int reviews, String fingerprint, String forKey) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SendUnitTask(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    private record Prepared(UnitTaskContent content, String unitId, long sequence) {
    }

    public Result run(String unitName, String roundReference, String forKey, Path out) {
        Instant now = Audit.now(clock);
        String unitKey = unitKey(forKey);
        Prepared prepared = workspace.read(tx -> prepare(tx, unitName, roundReference, unitKey));
        UnitTaskContent task = prepared.content();
        PackageWriter writer = new PackageWriter().json(PackageReader.CONTENT, task);
        String summary = "unit=" + task.unit().name() + " standards=" + task.standards().size() + " reviews=" + task.reviews().size();
        Manifest manifest = PackageFiles.write(workspace, writer, new PackageWriter.Header(PackageKind.UNIT_TASK, UUID.randomUUID().toString(), now,
                prepared.sequence(), "OFFICE", signedIn.name(), task.round().id(), task.round().name(), prepared.unitId(), task.unit().name()),
                out, null, summary);
        workspace.write(tx -> {
            if (!trustedFor(tx, unitKey, prepared.unitId(), task.unit().name())) {
                tx.packages().trust(new PackageRepository.TrustedKey(unitKey, "", "UNIT", prepared.unitId(), now, signedIn.name()));
                tx.audit().append(now, signedIn.name(), AuditLog.Action.TRUST, "unit:" + prepared.unitId(), "device " + unitKey
                        + " issued unit task package " + manifest.packageId());
            }
            return null;
        });
        return new Result(out, manifest.packageId(), task.unit().name(), task.round().name(), task.standards().size(), task.reviews().size(),
                manifest.sender().fingerprint(), unitKey);
    }

    private String unitKey(String typed) {
        String fingerprint = typed == null ? null : DeviceKey.typedFingerprint(typed);
        if (fingerprint == null) {
            throw new RequestRefused("package.badFingerprint", String.valueOf(typed));
        }
        if (fingerprint.equals(PackageFiles.deviceKey(workspace).fingerprint())) {
            throw new RequestRefused("package.forOwnKey", fingerprint);
        }
        return fingerprint;
    }

    /** Whether the key is trusted for this unit already; a key trusted for a team or for another unit is refused. */
    private static boolean trustedFor(Tx tx, String fingerprint, String unitId, String unitName) throws SQLException {
        for (String role : List.of("TEAM", "UNIT", "OFFICE")) {
            for (PackageRepository.TrustedKey key : tx.packages().trusted(role)) {
                if (key.fingerprint().equals(fingerprint)) {
                    if (role.equals("UNIT") && unitId.equals(key.teamId())) {
                        return true;
                    }
                    String owner = role.equals("UNIT") ? tx.units().registeredName(key.teamId()).orElse(key.teamId())
                            : role.equals("TEAM") ? PackageFiles.teamName(tx, key.teamId()) : "office";
                    throw new RequestRefused("package.unitKeyTaken", fingerprint, owner, unitName);
                }
            }
        }
        return false;
    }

    private Prepared prepare(Tx tx, String unitName, String roundReference, String unitKey) throws SQLException {
        Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
        String name = unitName == null ? "" : unitName.strip();
        String unitId = tx.materialFiles().registeredUnitId(name).orElseThrow(() -> new RequestRefused("materials.unknownUnit", name));
        trustedFor(tx, unitKey, unitId, name);
        ResponsibleUnit unit = tx.units().registered().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
        IndicatorSet set = tx.indicatorSets().find(round.indicatorSetId()).orElseThrow();
        var tree = tx.indicatorSets().loadTree(set.id());
        List<String> material = tree.standards().filter(Standard::material).map(Standard::code).toList();
        Map<String, List<String>> required = tx.materialFiles().requirements(set.id());
        List<UnitTaskContent.UnitStandard> standards = new ArrayList<>();
        for (TaskAssignment t : tx.taskAssignments().of(set.id())) {
            if (t.involves(name) && material.contains(t.standardCode())) {
                standards.add(new UnitTaskContent.UnitStandard(t.standardCode(), t.lead().equals(name), t.lead(), t.supporting(), t.due(), t.notes(),
                        required.getOrDefault(t.standardCode(), List.of())));
            }
        }
        if (standards.isEmpty()) {
            throw new RequestRefused("package.unitHasNoStandards", name, round.name());
        }
        List<String> codes = standards.stream().map(UnitTaskContent.UnitStandard::code).toList();
        List<MaterialReview> reviews = tx.materialReviews().ofRound(round.id()).stream().filter(r -> codes.contains(r.standardCode())).toList();
        EvidenceWindow window = tx.materialFiles().window(round.id()).orElse(EvidenceWindow.before(round.start()));
        return new Prepared(new UnitTaskContent(round, set, tree, unit, standards, window, reviews), unitId, tx.packages().nextSequence());
    }
}
