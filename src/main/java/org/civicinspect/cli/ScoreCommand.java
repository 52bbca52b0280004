package org.civicinspect.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.ImportScoreSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code score FILE.csv}: answers from a CSV (round,site,standard,answer,note,photos), all or none; {@code score composite}
 * and {@code score weights}: the round's 综合得分 and the weights of its indicator-set version.
 */
@Command(name = "score", mixinStandardHelpOptions = true, subcommands = {CompositeCommands.Composite.class, CompositeCommands.Weights.class})
final class ScoreCommand implements Callable<Integer> {

    @ParentCommand CivicInspectCommand root;
    @Spec CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "FILE.csv", descriptionKey = "cli.score.file") Path file;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;
    @Option(names = "--complete", descriptionKey = "cli.score.complete") boolean complete;

    @Override
    public Integer call() {
        Output output = new Output(spec);
        if (file == null) {
            output.error(Messages.get("cli.score.noFile"));
            return CivicInspectCommand.BAD_INPUT;
        }
        ImportScoreSheet.Result result;
        try {
            result = root.recording().importScoreSheet().run(file, null, complete);
        } catch (RequestRefused e) {
            output.error(Messages.get(e.messageKey(), e.args().toArray()));
            return CivicInspectCommand.BAD_INPUT;
        }
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("file", file.toString());
            answer.put("recorded", result.recorded());
            answer.put("errors", Output.problemsAsJson(result.errors()));
            output.json(answer);
        } else if (result.errors().isEmpty()) {
            output.line(Messages.get("cli.score.recorded", result.recorded(), file));
        } else {
            output.error(Messages.get("cli.score.rejected", file, result.errors().size()));
            result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
        }
        return result.errors().isEmpty() ? 0 : CivicInspectCommand.BAD_INPUT;
    }
}
