package org.civicinspect.service.rectification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.io.file.PathUtils;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemDispatch;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * Takes in a unit's replies to one batch of 派单, however they came (a filled 督办单 workbook, a signed unit package):
 * already parsed lines with their photos' bytes. Every line is checked before anything is written: the batch must be
 * one this workspace sent, each problem one the batch sent to that unit and not closed, the columns the office filled
 * unchanged, the date done a date and not in the future, measures given with a date, each photo a whole picture. All
 * faults come back together and nothing changes. Otherwise each new reply is recorded as waiting for 核查 (认领), a
 * problem still 待整改 moves to 整改中, the photos are kept, and the step goes into the problem's history and the audit
 * log. A reply received already is left as it is ("already received"), so taking the same file in twice changes nothing.
 */
public final class ReceiveProblemReplies {

    /** The parts of a line a fault can be about, each at its own place (a cell, an entry). */
    public enum Part {
        PROBLEM, CLAIMANT, PHONE, MEASURES, COMPLETED_ON, PHOTOS
    }

    /** A photo after the fix, as sent: its file name and bytes. */
    public record Photo(String name, byte[] bytes) {
    }

    /**
     * One problem's line of a reply: the problem's number as sent, the texts of the columns the office filled as they
     * came back ({@code locked}, null for a channel that sends none back), the unit's texts, the photos, and where each
     * part and each locked column is, for a fault's message ({@code sheet} and cells, or an entry's name and parts).
     */
    public record Line(String sheet, String problem, List<String> locked, List<String> lockedPlaces, List<String> lockedNames, String claimant,
                       String phone, String measures, String completedOn, List<Photo> photos, Map<Part, String> places) {

        boolean replied() {
            return !(claimant.isEmpty() && phone.isEmpty() && measures.isEmpty() && completedOn.isEmpty() && photos.isEmpty());
        }

        SheetProblem fault(Part part, String key, Object... args) {
            return SheetProblem.at(sheet, places.getOrDefault(part, ""), key, args);
        }
    }

    /** A unit's reply to one batch: which workspace and batch it says it answers, for which unit, and its lines. */
    public record Batch(String workspace, String batchId, String unit, List<Line> lines) {
    }

    /** The replies recorded now, the problems whose reply was received already, or every fault (and nothing changed). */
    public record Result(List<ProblemReply> received, List<String> already, List<SheetProblem> errors) {
        public Result {
            received = List.copyOf(received);
            already = List.copyOf(already);
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final AddPhoto addPhoto;
    private final SignedIn signedIn;

    public ReceiveProblemReplies(Workspace workspace, Clock clock, AddPhoto addPhoto, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.addPhoto = addPhoto;
        this.signedIn = signedIn;
    }

    /** Checks and takes in the batch; {@code found} are faults the caller found already (a photo file missing). */
    public Result run(Batch batch, List<SheetProblem> found) {
        String who = OfficeStaff.required(signedIn).name();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        List<SheetProblem> errors = new ArrayList<>(found);
        List<Accepted> fresh = new ArrayList<>();
        List<String> already = new ArrayList<>();
        Instant now = Audit.now(clock);
        workspace.read(tx -> {
            check(tx, batch, today, now, who, errors, fresh, already);
            return null;
        });
        if (!errors.isEmpty()) {
            return new Result(List.of(), List.of(), errors);
        }
        if (fresh.isEmpty()) {
            return new Result(List.of(), already, List.of());
        }
        List<ProblemReply> kept = workspace.write(tx -> {
            List<ProblemReply> written = new ArrayList<>();
            for (Accepted a : fresh) {
                if (tx.dispatches().reply(a.reply().batchId(), a.reply().problemId()).isEmpty()) {
                    written.add(keep(tx, a.reply(), a.photos(), now, who));
                }
            }
            return written;
        });
        return new Result(kept, already, List.of());
    }

    /** A reply found sound, with the photos it brings. */
    private record Accepted(ProblemReply reply, List<Photo> photos) {
    }

    private void check(Tx tx, Batch batch, LocalDate today, Instant now, String who, List<SheetProblem> errors, List<Accepted> fresh,
                       List<String> already) throws SQLException {
        Optional<String> here = tx.dispatches().workspaceIdentity();
        if (batch.workspace().isEmpty() || here.isEmpty() || !here.get().equals(batch.workspace())) {
            errors.add(SheetProblem.ofFile("reply.otherWorkspace"));
            return;
        }
        List<ProblemDispatch> sent = tx.dispatches().batch(batch.batchId());
        if (sent.isEmpty()) {
            errors.add(SheetProblem.ofFile("reply.unknownBatch", batch.batchId()));
            return;
        }
        if (!sent.get(0).unit().equals(batch.unit())) {
            errors.add(SheetProblem.ofFile("reply.otherUnit", batch.unit(), sent.get(0).unit()));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Line line : batch.lines()) {
            ProblemDispatch d = dispatched(tx, sent, line, errors);
            if (d == null) {
                continue;
            }
            if (!seen.add(d.problemId())) {
                errors.add(line.fault(Part.PROBLEM, "reply.twice", line.problem()));
                continue;
            }
            if (line.locked() != null) {
                for (int i = 0; i < line.locked().size() && i < d.sentTexts().size(); i++) {
                    if (!line.locked().get(i).equals(d.sentTexts().get(i))) {
                        errors.add(SheetProblem.at(line.sheet(), line.lockedPlaces().get(i), "reply.lockedChanged", line.lockedNames().get(i),
                                d.sentTexts().get(i)));
                    }
                }
            }
            if (!line.replied()) {
                continue;
            }
            int before = errors.size();
            Problem problem = tx.problems().find(d.problemId()).orElseThrow();
            if (!problem.status().open()) {
                errors.add(line.fault(Part.PROBLEM, "reply.closed", line.problem()));
            }
            LocalDate done = null;
            if (!line.completedOn().isEmpty()) {
                done = ImportProblemWorkbook.date(line.completedOn());
                if (done == null) {
                    errors.add(line.fault(Part.COMPLETED_ON, "reply.badDate", line.completedOn()));
                } else if (done.isAfter(today)) {
                    errors.add(line.fault(Part.COMPLETED_ON, "reply.futureDate", done.toString(), today.toString()));
                }
                if (line.measures().isEmpty()) {
                    errors.add(line.fault(Part.MEASURES, "reply.noMeasures"));
                }
            }
            List<String> shas = new ArrayList<>();
            for (Photo photo : line.photos()) {
                try {
                    AddPhoto.pictureType(photo.bytes(), photo.name());
                    shas.add(Sha256.of(photo.bytes()));
                } catch (RequestRefused e) {
                    errors.add(line.fault(Part.PHOTOS, e.messageKey(), e.args().toArray()));
                }
            }
            if (errors.size() > before) {
                continue;
            }
            ProblemReply reply = new ProblemReply(UUID.randomUUID().toString(), d.problemId(), d.batchId(), d.unit(), line.claimant(), line.phone(),
                    line.measures(), done, shas, now, who, ProblemReply.State.PENDING, "", null, null);
            Optional<ProblemReply> earlier = tx.dispatches().reply(d.batchId(), d.problemId());
            if (earlier.isEmpty()) {
                fresh.add(new Accepted(reply, line.photos()));
            } else if (same(earlier.get(), reply)) {
                already.add(d.problemId());
            } else {
                errors.add(line.fault(Part.PROBLEM, "reply.receivedAlready", line.problem(), ChangedMeanwhile.minute(earlier.get().receivedAt())));
            }
        }
    }

    /** The dispatch of the batch the line's number names (its unique start); a fault when it names none. */
    private static ProblemDispatch dispatched(Tx tx, List<ProblemDispatch> sent, Line line, List<SheetProblem> errors) throws SQLException {
        String number = line.problem().strip();
        if (number.isEmpty()) {
            errors.add(line.fault(Part.PROBLEM, "reply.noNumber"));
            return null;
        }
        List<ProblemDispatch> named = number.length() < 4 ? List.of()
                : sent.stream().filter(d -> d.problemId().startsWith(number)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<Problem> elsewhere = number.length() < 4 ? List.of() : tx.problems().byPrefix(number);
        if (elsewhere.size() == 1) {
            errors.add(line.fault(Part.PROBLEM, "reply.notInBatch", number, sent.get(0).unit()));
        } else {
            errors.add(line.fault(Part.PROBLEM, "reply.unknownProblem", number));
        }
        return null;
    }

    private static boolean same(ProblemReply a, ProblemReply b) {
        return a.claimant().equals(b.claimant()) && a.phone().equals(b.phone()) && a.measures().equals(b.measures())
                && java.util.Objects.equals(a.completedOn(), b.completedOn()) && a.photos().equals(b.photos());
    }

    /** Records one reply: its photos kept, the reply waiting for 核查, the problem 整改中, the step and the audit entries. */
    private ProblemReply keep(Tx tx, ProblemReply reply, List<Photo> photos, Instant now, String who) throws SQLException {
        List<String> kept = new ArrayList<>();
        for (Photo photo : photos) {
            kept.add(keepPhoto(tx, photo));
        }
        tx.dispatches().insert(reply);
        Problem before = tx.problems().find(reply.problemId()).orElseThrow();
        ProblemStatus next = before.status() == ProblemStatus.TO_FIX ? ProblemStatus.FIXING : before.status();
        Problem after = before.withStatus(next, now, null);
        ProblemStep step = new ProblemStep(after.id(), now, who, "REPLIED", before.status(), next, note(reply), kept, null, null);
        tx.problems().update(after);
        tx.problems().step(step);
        tx.audit().append(now, who, AuditLog.Action.PROBLEM, Audit.problem(after.id()), Audit.describe(step));
        tx.audit().append(now, who, AuditLog.Action.REPLY, Audit.problem(after.id()), "received reply=" + reply.id() + " batch=" + reply.batchId()
                + " unit=" + reply.unit() + " claimant=" + reply.claimant() + " phone=" + reply.phone() + " completed=" + reply.completedOn()
                + " photos=" + String.join(",", kept) + " measures=" + reply.measures());
        return reply;
    }

    /** The reply as the problem's history shows it: who claimed it, their phone, the measures and the day they were done. */
    private static String note(ProblemReply reply) {
        return (reply.claimant() + " " + reply.phone()).strip() + "：" + reply.measures()
                + (reply.completedOn() == null ? "" : "（" + reply.completedOn() + "）");
    }

    /** Keeps a photo's bytes as {@link AddPhoto} keeps a file, from a file of that name written aside. */
    private String keepPhoto(Tx tx, Photo photo) throws SQLException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("civicinspect-reply");
            Path file = folder.resolve(Path.of(photo.name()).getFileName().toString());
            Files.write(file, photo.bytes());
            return addPhoto.keepIn(tx, addPhoto.check(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                try {
                    PathUtils.deleteDirectory(folder);
                } catch (IOException e) {
                    folder.toFile().deleteOnExit();
                }
            }
        }
    }
}
