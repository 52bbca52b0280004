package org.civicinspect.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.workspace.CheckPhotos;
import org.civicinspect.service.workspace.VerifyWorkspace;
import org.civicinspect.service.workspace.VerifyWorkspace.AnchorMismatch;
import org.civicinspect.service.workspace.VerifyWorkspace.Held;
import org.civicinspect.service.workspace.VerifyWorkspace.Unexplained;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verify [--against FILE…]}: SQLite's integrity check, the audit log's hash chain and signed anchor (and the
 * anchors carried by packages and backups given), the log replayed into findings, reviews and problems, and every
 * photo file against its hash and every recorded photo against the files; exit code 2 with one sentence for each
 * thing that does not hold.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand CivicInspectCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;
    @Option(names = "--against", arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.verify.against") List<Path> against = List.of();

    private static final Map<AnchorMismatch.Kind, String> ANCHOR_KEYS = Map.of(AnchorMismatch.Kind.UNREADABLE, "cli.verify.anchorUnreadable",
            AnchorMismatch.Kind.UNSIGNED, "cli.verify.anchorUnsigned", AnchorMismatch.Kind.FORGED, "cli.verify.anchorForged",
            AnchorMismatch.Kind.OTHER_DEVICE, "cli.verify.anchorOtherDevice", AnchorMismatch.Kind.CUT, "cli.verify.cut",
            AnchorMismatch.Kind.REWRITTEN, "cli.verify.rewritten");

    private static final Map<Held.Kind, String> HELD_KEYS = Map.of(Held.Kind.HELD, "cli.verify.held", Held.Kind.NO_ANCHOR,
            "cli.verify.heldNone", Held.Kind.UNREADABLE, "cli.verify.heldUnreadable", Held.Kind.UNSIGNED, "cli.verify.heldUnreadable",
            Held.Kind.FORGED, "cli.verify.heldForged", Held.Kind.OTHER_DEVICE, "cli.verify.heldOtherDevice", Held.Kind.CUT,
            "cli.verify.heldCut", Held.Kind.REWRITTEN, "cli.verify.heldRewritten");

    @Override
    public Integer call() {
        Output output = new Output(spec);
        VerifyWorkspace.Verdict verdict = root.services().verifyWorkspace().run(against);
        CheckPhotos.PhotoCheck photos = root.services().checkPhotos().run();
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("sound", verdict.sound());
            answer.put("integrity", verdict.integrity());
            answer.put("auditEntries", verdict.entries());
            verdict.brokenLink().ifPresent(e -> answer.put("firstBrokenLink", e));
            verdict.anchorMismatch().ifPresent(m -> answer.put("anchorMismatch", m));
            answer.put("entriesAfterAnchor", verdict.entriesAfterAnchor());
            answer.put("anchoredAfresh", verdict.anchoredAfresh());
            answer.put("unexplained", verdict.unexplained());
            answer.put("heldElsewhere", verdict.heldElsewhere());
            answer.put("photos", photos);
            output.json(answer);
        } else if (verdict.sound() && photos.sound()) {
            output.line(Messages.get("cli.verify.sound", verdict.entries()));
        }
        if (!json && verdict.entriesAfterAnchor() > 0) {
            output.line(Messages.get("cli.verify.afterAnchor", verdict.entriesAfterAnchor()));
        }
        if (!json) {
            verdict.anchoredAfresh().forEach(e -> output.line(Messages.get("cli.verify.anchoredAfresh", e.at(), e.seq())));
        }
        for (Held h : verdict.heldElsewhere()) {
            String sentence = Messages.get(HELD_KEYS.get(h.kind()), h.file(), h.entries(), h.anchoredEntries(), h.signer());
            if (h.sound() && !json) {
                output.line(sentence);
            } else if (!h.sound()) {
                output.error(sentence);
            }
        }
        photos.damaged().forEach(path -> output.error(Messages.get(photos.inDatabase() ? "cli.verify.photoDamagedInDatabase" : "cli.verify.photoDamaged", path)));
        photos.missing().forEach(sha -> output.error(Messages.get(photos.inDatabase() ? "cli.verify.photoMissingInDatabase" : "cli.verify.photoMissing", sha,
                sha.substring(0, 2))));
        if (!verdict.sound()) {
            if (!"ok".equals(verdict.integrity())) {
                output.error(Messages.get("cli.verify.integrity", verdict.integrity()));
            }
            verdict.brokenLink().ifPresent(e -> output.error(Messages.get("cli.verify.broken", e.seq(), e.action(), e.subject(), e.at(), e.who())));
            verdict.anchorMismatch().ifPresent(m -> output.error(Messages.get(ANCHOR_KEYS.get(m.kind()), m.entries(), m.anchoredEntries(),
                    m.signer())));
            verdict.unexplained().forEach(u -> output.error(sentence(u)));
        }
        return verdict.sound() && photos.sound() ? 0 : CivicInspectCommand.BAD_INPUT;
    }

    /** One sentence naming the record by its round, site (name and district) and standard, with what it holds and what the log says. */
    private static String sentence(Unexplained u) {
        return switch (u.kind()) {
            case FINDING -> Messages.get("cli.verify.unexplained", u.round(), u.site(), u.district(), u.standard(), u.found(), u.logged());
            case INSPECTION_STATUS -> Messages.get("cli.verify.unexplainedInspection", u.round(), u.site(), u.district(), u.standard(),
                    Messages.get("inspection.status." + u.found()), label("inspection.status.", u.logged()));
            case REVIEW_COMMENTS -> Messages.get("cli.verify.unexplainedComments", u.round(), u.site(), u.district(), u.standard(), u.found(),
                    u.logged());
            case PROBLEM_STATUS -> Messages.get("cli.verify.unexplainedProblemStatus", u.round(), u.site(), u.district(), u.standard(),
                    Messages.get("problem.status." + u.found()), label("problem.status.", u.logged()));
            case PROBLEM_DEADLINE -> Messages.get("cli.verify.unexplainedProblemDeadline", u.round(), u.site(), u.district(), u.standard(),
                    u.found(), u.logged());
        };
    }

    private static String label(String prefix, String status) {
        return status.isEmpty() ? Messages.get("cli.verify.nothingLogged") : Messages.get(prefix + status);
    }
}
