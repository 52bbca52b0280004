package org.civicinspect.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.workspace.VerifyWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verify}: SQLite's integrity check and the audit log's hash chain; exit code 2 names what is broken. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand CivicInspectCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;

    @Override
    public Integer call() {
        Output output = new Output(spec);
        VerifyWorkspace.Verdict verdict = root.services().verifyWorkspace().run();
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("sound", verdict.sound());
            answer.put("integrity", verdict.integrity());
            answer.put("auditEntries", verdict.entries());
            verdict.brokenLink().ifPresent(e -> answer.put("firstBrokenLink", e));
            output.json(answer);
        } else if (verdict.sound()) {
            output.line(Messages.get("cli.verify.sound", verdict.entries()));
        }
        if (!verdict.sound()) {
            if (!"ok".equals(verdict.integrity())) {
                output.error(Messages.get("cli.verify.integrity", verdict.integrity()));
            }
            verdict.brokenLink().ifPresent(e -> output.error(Messages.get("cli.verify.broken", e.seq(), e.action(), e.subject(), e.at())));
            return CivicInspectCommand.BAD_INPUT;
        }
        return 0;
    }
}
