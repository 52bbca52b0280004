package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.workspace.CheckPhotos;
import org.civicinspect.service.workspace.VerifyWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: SQLite's integrity check, the audit log's hash chain and anchor, the findings against the log, and
 * every photo file against its hash and every known photo against the files; exit code 2 with one sentence for each
 * thing that does not hold.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand CivicInspectCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;

    @Override
    public Integer call() {
        Output output = new Output(spec);
        VerifyWorkspace.Verdict verdict = root.services().verifyWorkspace().run();
        CheckPhotos.PhotoCheck photos = root.services().checkPhotos().run();
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("sound", verdict.sound());
            answer.put("integrity", verdict.integrity());
            answer.put("auditEntries", verdict.entries());
            verdict.brokenLink().ifPresent(e -> answer.put("firstBrokenLink", e));
            verdict.anchorMismatch().ifPresent(m -> answer.put("anchorMismatch", m));
            answer.put("unexplainedFindings", verdict.unexplainedFindings());
            answer.put("photos", photos);
            output.json(answer);
        } else if (verdict.sound() && photos.sound()) {
            output.line(Messages.get("cli.verify.sound", verdict.entries()));
        }
        photos.damaged().forEach(path -> output.error(Messages.get("cli.verify.photoDamaged", path)));
        photos.missing().forEach(sha -> output.error(Messages.get("cli.verify.photoMissing", sha, sha.substring(0, 2))));
        if (verdict.sound() && !photos.sound()) {
            return CivicInspectCommand.BAD_INPUT;
        }
        if (!verdict.sound()) {
            if (!"ok".equals(verdict.integrity())) {
                output.error(Messages.get("cli.verify.integrity", verdict.integrity()));
            }
            verdict.brokenLink().ifPresent(e -> output.error(Messages.get("cli.verify.broken", e.seq(), e.action(), e.subject(), e.at())));
            verdict.anchorMismatch().ifPresent(m -> output.error(Messages.get(m.unreadable() ? "cli.verify.anchorUnreadable"
                    : m.cut() ? "cli.verify.cut" : "cli.verify.rewritten", m.entries(), m.anchoredEntries())));
            verdict.unexplainedFindings().forEach(f -> output.error(Messages.get("cli.verify.unexplained", f.roundId(), f.siteId(),
                    f.standardCode(), Audit.answer(f.answer()), f.note())));
            return CivicInspectCommand.BAD_INPUT;
        }
        return 0;
    }
}
