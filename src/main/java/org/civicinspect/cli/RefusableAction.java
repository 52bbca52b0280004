package org.civicinspect.cli;

import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.common.RequestRefused;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What a subcommand shares: {@code --json}, and a refused request as its message and exit code 2. */
abstract class RefusableAction implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;

    @Override
    public final Integer call() {
        Output output = new Output(spec);
        try {
            return act(output);
        } catch (RequestRefused e) {
            output.error(Messages.get(e.messageKey(), e.args()));
            return CivicInspectCommand.BAD_INPUT;
        }
    }

    /** Does the work; the exit code when it was not refused. */
    abstract int act(Output output);
}
