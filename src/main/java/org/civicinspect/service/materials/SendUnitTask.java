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
import org.civicinspect.excel.DispatchWorkbookWriter;
import org.civicinspect.exchange.UnitTaskContent;
import org.civicinspect.model.EvidenceWindow;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.ProblemDispatch;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.PackageFiles;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.rectification.DispatchProblems;
import org.civicinspect.service.rectification.OfficeStaff;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PackageRepository;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code materials send --unit UNIT --round ROUND --for-key FINGERPRINT --out FILE.cipkg}: the office's unit task
 * package (单位任务包) for a unit that files its materials itself: the material standards 任务分解 gives it, the types
 * each requires, the round's evidence window and the office's reviews of them so far, signed with this workspace's key.
 * It is issued for the unit's key (its fingerprint, read off the unit's computer by {@code package key}): from then on
 * the office takes the unit's reply packages signed by that key alone. It carries the unit's open problems too (派单 by
 * package, chosen as {@link DispatchProblems} chooses them for a 督办单, with their photos before the fix), recorded as
 * one batch sent by the channel {@code package}: one package sends the unit everything it has to do.
 */
public final class SendUnitTask {

    /** What was written: the package, the unit and round, how many standards and reviews it carries, and the two keys. */
    public record Result(Path file, String packageId, String unit, String round, int standards, int reviews, int problems, String problemBatch,
                         String fingerprint, String forKey) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;
    private final DispatchProblems dispatch;

    public SendUnitTask(Workspace workspace, Clock clock, SignedIn signedIn, DispatchProblems dispatch) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
        this.dispatch = dispatch;
    }

    private record Prepared(UnitTaskContent content, String unitId, long sequence) {
    }

    public Result run(String unitName, String roundReference, String forKey, Path out) {
        Instant now = Audit.now(clock);
        String unitKey = unitKey(forKey);
        String name = unitName == null ? "" : unitName.strip();
        DispatchProblems.Selection selection = dispatch.select(null, null);
        List<DispatchProblems.Selected> problems = selection.byUnit().getOrDefault(name, List.of());
        String who = problems.isEmpty() ? signedIn.name() : OfficeStaff.required(signedIn).name();
        String batchId = UUID.randomUUID().toString();
        Prepared prepared = workspace.read(tx -> prepare(tx, name, roundReference, unitKey, new Dispatched(batchId, problems)));
        UnitTaskContent task = prepared.content();
        PackageWriter writer = new PackageWriter().json(PackageReader.CONTENT, task);
        PhotoStore store = workspace.photoStore();
        task.problems().stream().flatMap(p -> p.photosBefore().stream()).distinct().forEach(sha -> writer.photo(sha, store.file(sha)));
        String summary = "unit=" + task.unit().name() + " standards=" + task.standards().size() + " reviews=" + task.reviews().size()
                + " problems=" + task.problems().size();
        Manifest manifest = PackageFiles.write(workspace, writer, new PackageWriter.Header(PackageKind.UNIT_TASK, UUID.randomUUID().toString(), now,
                prepared.sequence(), "OFFICE", signedIn.name(), task.round().id(), task.round().name(), prepared.unitId(), task.unit().name()),
                out, null, summary);
        workspace.write(tx -> {
            if (!trustedFor(tx, unitKey, prepared.unitId(), task.unit().name())) {
                tx.packages().trust(new PackageRepository.TrustedKey(unitKey, "", "UNIT", prepared.unitId(), now, signedIn.name()));
                tx.audit().append(now, signedIn.name(), AuditLog.Action.TRUST, "unit:" + prepared.unitId(), "device " + unitKey
                        + " issued unit task package " + manifest.packageId());
            }
            if (!problems.isEmpty()) {
                DispatchProblems.record(tx, task.unit().name(), batchId, ProblemDispatch.PACKAGE, problems, now, who, "package=" + manifest.packageId());
            }
            return null;
        });
        return new Result(out, manifest.packageId(), task.unit().name(), task.round().name(), task.standards().size(), task.reviews().size(),
                problems.size(), problems.isEmpty() ? null : batchId, manifest.sender().fingerprint(), unitKey);
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

    /** The unit's problems to send in this package: the batch and the problems. */
    private record Dispatched(String batchId, List<DispatchProblems.Selected> problems) {
    }

    private Prepared prepare(Tx tx, String name, String roundReference, String unitKey, Dispatched dispatched) throws SQLException {
        Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
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
        if (standards.isEmpty() && dispatched.problems().isEmpty()) {
            throw new RequestRefused("package.unitHasNoStandards", name, round.name());
        }
        List<String> codes = standards.stream().map(UnitTaskContent.UnitStandard::code).toList();
        List<MaterialReview> reviews = tx.materialReviews().ofRound(round.id()).stream().filter(r -> codes.contains(r.standardCode())).toList();
        EvidenceWindow window = tx.materialFiles().window(round.id()).orElse(EvidenceWindow.before(round.start()));
        List<UnitProblem> problems = dispatched.problems().stream().map(p -> {
            DispatchWorkbookWriter.Line l = p.line();
            return new UnitProblem(dispatched.batchId(), p.problem().id(), l.number(), l.source(), l.place(), l.standard(), l.description(),
                    l.deadline(), l.status(), l.escalation(), l.returnReason(), p.photosBefore(), null);
        }).toList();
        return new Prepared(new UnitTaskContent(round, set, tree, unit, standards, window, reviews,
                problems.isEmpty() ? null : dispatched.batchId(), problems,
                tx.materialReviews().scaleOf(set.id()).map(MaterialGradeScale::grades).orElse(List.of()), unitKey), unitId,
                tx.packages().nextSequence());
    }
}
