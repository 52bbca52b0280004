package org.civicinspect.service.rectification;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civicinspect.excel.DispatchWorkbookWriter;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemDispatch;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code problems dispatch [--unit U]… --out FOLDER [--round R]} (派单): one 督办单 workbook per responsible unit,
 * named after the unit, listing its open problems (of the round's 问题清单 when a round is named), a problem whose
 * last reply was sent back with the reason. A problem whose reply waits for 核查, or whose confirmed reply waits for
 * the recheck on site (待复查), is not sent again: the office has it in hand. The photos taken when a problem was found
 * go into a folder beside the workbook, named in its 整改前照片 column, so that the unit sees what to fix. Each workbook is
 * one batch: every problem's dispatch is recorded with the texts sent, a step in its history and the audit log.
 */
public final class DispatchProblems {

    /** What names the folder of a 督办单's photos before the fix, after the workbook's own name. */
    static final String PHOTO_FOLDER_SUFFIX = "（整改前照片）";

    /**
     * One unit's workbook: where it was written, its batch, how many problems it lists, and the folder beside it with
     * their photos before the fix (null when none has any).
     */
    public record Written(String unit, Path file, String batchId, int problems, Path photosBefore) {

        private void delete() {
            file.toFile().delete();
            if (photosBefore != null) {
                File[] copied = photosBefore.toFile().listFiles();
                for (File f : copied == null ? new File[0] : copied) {
                    f.delete();
                }
                photosBefore.toFile().delete();
            }
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final ListProblems listProblems;
    private final SignedIn signedIn;

    public DispatchProblems(Workspace workspace, Clock clock, ListProblems listProblems, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.listProblems = listProblems;
        this.signedIn = signedIn;
    }

    /**
     * A problem to send its unit: the problem, its line as the unit sees it (the texts it may not change) and the
     * SHA-256 of its photos before the fix (those its first step kept).
     */
    public record Selected(Problem problem, DispatchWorkbookWriter.Line line, List<String> photosBefore) {
    }

    /** What is to be sent: this workspace's identity (for the replies to be known again) and each unit's problems. */
    public record Selection(String identity, Map<String, List<Selected>> byUnit) {
    }

    /** Writes the workbooks of the units named (all units with an open problem when none is) into the folder. */
    public List<Written> run(List<String> units, Path folder, String roundReference) {
        String who = OfficeStaff.required(signedIn).name();
        Instant now = Audit.now(clock);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        Selection selection = select(units, roundReference);
        List<Written> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            for (Map.Entry<String, List<Selected>> unit : selection.byUnit().entrySet()) {
                String batchId = UUID.randomUUID().toString();
                List<DispatchWorkbookWriter.Line> lines = unit.getValue().stream().map(Selected::line).toList();
                Path file = folder.resolve(fileName(unit.getKey(), names));
                Path photos = photosBefore(file, unit.getValue());
                AtomicFile.write(file, out -> new DispatchWorkbookWriter().write(new DispatchWorkbookWriter.Batch(selection.identity(), batchId,
                        unit.getKey(), today, lines, photos == null ? "" : photos.getFileName().toString()), out));
                written.add(new Written(unit.getKey(), file, batchId, lines.size(), photos));
            }
        } catch (IOException e) {
            written.forEach(Written::delete);
            throw new RequestRefused("report.cannotWrite", folder, Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        }
        workspace.write(tx -> {
            for (Written w : written) {
                record(tx, w.unit(), w.batchId(), ProblemDispatch.WORKBOOK, selection.byUnit().get(w.unit()), now, who,
                        "file=" + w.file().toAbsolutePath());
            }
            return null;
        });
        return written;
    }

    /**
     * The open problems of the units named (of all units when none is; of the round's 问题清单 when a round is named),
     * each with the reason its last reply was sent back; a problem the office has in hand (its reply waits for 核查,
     * or for the recheck on site) is left out. A unit named that has none is refused.
     */
    public Selection select(List<String> units, String roundReference) {
        ListProblems.Result listed = listProblems.run(roundReference, ListProblems.Filter.ALL);
        Map<String, List<Selected>> byUnit = new LinkedHashMap<>();
        String identity = workspace.read(tx -> {
            for (ListProblems.Listed l : listed.problems()) {
                Problem p = l.problem();
                if (!p.status().open() || l.place().unit().isEmpty() || units != null && !units.isEmpty() && !units.contains(l.place().unit())) {
                    continue;
                }
                List<ProblemReply> replies = tx.dispatches().repliesTo(p.id());
                ProblemReply last = replies.isEmpty() ? null : replies.get(replies.size() - 1);
                boolean waitsForOffice = last != null && (last.state() == ProblemReply.State.PENDING
                        || last.state() == ProblemReply.State.CONFIRMED && p.status() == ProblemStatus.TO_RECHECK);
                if (waitsForOffice) {
                    continue;
                }
                String returned = last != null && last.state() == ProblemReply.State.RETURNED ? last.reason() : "";
                List<ProblemStep> steps = tx.problems().steps(p.id());
                List<String> before = steps.isEmpty() ? List.of() : steps.get(0).photos();
                String number = p.id().substring(0, 8);
                List<String> names = new ArrayList<>();
                for (String sha : before) {
                    names.add(photoName(number, names.size() + 1, tx.photos().find(sha)));
                }
                DispatchWorkbookWriter.Line line = new DispatchWorkbookWriter.Line(number,
                        Messages.get("problem.source." + p.source().name()), l.place().name(),
                        p.standardCode() == null ? "" : (p.standardCode() + " " + l.standardText()).strip(), description(tx, p),
                        p.deadline(), p.status(), l.escalation(), returned, names);
                byUnit.computeIfAbsent(l.place().unit(), k -> new ArrayList<>()).add(new Selected(p, line, before));
            }
            return tx.dispatches().workspaceIdentity().orElse("");
        });
        if (units != null) {
            for (String unit : units) {
                if (!byUnit.containsKey(unit)) {
                    throw new RequestRefused("dispatch.nothingFor", unit);
                }
            }
        }
        return new Selection(identity, byUnit);
    }

    /**
     * Records one batch sent to a unit by a channel: each problem's dispatch with the texts sent, a step in its
     * history and the audit log, and the batch itself in the audit log ({@code where} says where it went).
     */
    public static void record(Tx tx, String unit, String batchId, String channel, List<Selected> problems, Instant now, String who, String where)
            throws SQLException {
        for (Selected s : problems) {
            ProblemDispatch d = new ProblemDispatch(batchId, s.problem().id(), unit, now, who, channel, s.line().lockedTexts());
            tx.dispatches().insert(d);
            Problem p = tx.problems().find(d.problemId()).orElseThrow();
            ProblemStep step = new ProblemStep(p.id(), now, who, "DISPATCHED", p.status(), p.status(), unit + " " + batchId.substring(0, 8),
                    List.of(), null, null);
            tx.problems().step(step);
            tx.audit().append(now, who, AuditLog.Action.PROBLEM, Audit.problem(p.id()), Audit.describe(step));
        }
        tx.audit().append(now, who, AuditLog.Action.DISPATCH, "unit:" + unit, "batch=" + batchId + " channel=" + channel
                + " problems=" + problems.size() + " " + where);
    }

    /** What the problem is: its raiser's description, or the finding's note for an inspection's problem. */
    private static String description(Tx tx, Problem p) throws SQLException {
        if (p.origin().description() != null) {
            return p.origin().description();
        }
        return p.findingId() == null ? "" : tx.findings().find(p.roundId(), p.siteId(), p.standardCode()).map(f -> f.note()).orElse("");
    }

    /**
     * Copies the problems' photos before the fix into a folder beside the workbook, under the names their lines give;
     * null when no problem has one.
     */
    private Path photosBefore(Path workbook, List<Selected> problems) throws IOException {
        if (problems.stream().allMatch(s -> s.photosBefore().isEmpty())) {
            return null;
        }
        String stem = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Path folder = Files.createDirectories(workbook.resolveSibling(stem + PHOTO_FOLDER_SUFFIX));
        PhotoStore store = workspace.photoStore();
        for (Selected s : problems) {
            for (int i = 0; i < s.photosBefore().size(); i++) {
                Files.copy(store.file(s.photosBefore().get(i)), folder.resolve(s.line().photosBefore().get(i)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    /** The file name of a problem's photo before the fix: its number, the photo's place among its photos and its type. */
    private static String photoName(String number, int index, Optional<PhotoStore.Photo> photo) {
        return number + "-" + index + (photo.map(PhotoStore.Photo::mediaType).orElse("").equals("image/png") ? ".png" : ".jpg");
    }

    /** The unit's name as a file name Windows and Excel accept, different from those given already. */
    static String fileName(String unit, Set<String> used) {
        String safe = unit.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip().replaceAll("^\\.+", "");
        safe = safe.isEmpty() ? "_" : safe.length() > 80 ? safe.substring(0, 80) : safe;
        String name = safe;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = safe + "（" + n + "）";
        }
        return name + ".xlsx";
    }
}
