package org.civicinspect.service.materials;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.rectification.ImportProblemWorkbook;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * {@code problems reply PROBLEM --claimant NAME --phone PHONE --measures TEXT --done-on DATE [--photo FILE]…}: in a
 * unit's workspace, the unit claims a problem the office dispatched to it (认领) and records its reply: who claimed it
 * and their phone, the measures taken, the day the fix was done (not in the future) and the photos after it, each a
 * whole JPEG or PNG picture by its content. A later answer to the same problem replaces the earlier one until the
 * unit's reply package ({@code materials reply}) carries it to the office.
 */
public final class AnswerDispatchedProblem {

    /** What the unit tells the office about one problem; {@code problem} is its number or the start of it. */
    public record Answer(String problem, String claimant, String phone, String measures, String doneOn, List<Path> photos) {
        public Answer {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final AddPhoto addPhoto;
    private final SignedIn signedIn;

    public AnswerDispatchedProblem(Workspace workspace, Clock clock, AddPhoto addPhoto, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.addPhoto = addPhoto;
        this.signedIn = signedIn;
    }

    public UnitProblem run(Answer answer) {
        String claimant = text(answer.claimant());
        String phone = text(answer.phone());
        String measures = text(answer.measures());
        if (claimant.isEmpty()) {
            throw new RequestRefused("unitProblem.noClaimant");
        }
        if (measures.isEmpty()) {
            throw new RequestRefused("reply.noMeasures");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        LocalDate done = ImportProblemWorkbook.date(text(answer.doneOn()));
        if (done == null) {
            throw new RequestRefused("reply.badDate", text(answer.doneOn()));
        }
        if (done.isAfter(today)) {
            throw new RequestRefused("reply.futureDate", done.toString(), today.toString());
        }
        List<AddPhoto.Checked> photos = answer.photos().stream().map(addPhoto::check).toList();
        Instant now = Audit.now(clock);
        String who = signedIn.name();
        return workspace.write(tx -> {
            UnitOfWorkspace.of(tx).orElseThrow(() -> new RequestRefused("materials.notAUnitWorkspace"));
            UnitProblem problem = find(tx.unitProblems().all(), text(answer.problem()));
            List<String> kept = new ArrayList<>();
            for (AddPhoto.Checked photo : photos) {
                kept.add(addPhoto.keepIn(tx, photo));
            }
            UnitProblem answered = problem.answered(new UnitProblem.Answer(claimant, phone, measures, done, kept, now, who));
            tx.unitProblems().answer(answered);
            tx.audit().append(now, who, AuditLog.Action.REPLY, Audit.problem(problem.problemId()), "answered batch=" + problem.batchId()
                    + " claimant=" + claimant + " phone=" + phone + " completed=" + done + " photos=" + String.join(",", kept) + " measures=" + measures);
            return answered;
        });
    }

    /** The problem the number names: its whole number or a start of at least four characters that names one problem alone. */
    static UnitProblem find(List<UnitProblem> held, String number) {
        List<UnitProblem> named = number.length() < 4 ? List.of()
                : held.stream().filter(p -> p.number().startsWith(number) || p.problemId().startsWith(number)).toList();
        if (named.size() != 1) {
            throw new RequestRefused("unitProblem.unknown", number);
        }
        return named.get(0);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
