package org.civicinspect.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.workspace.BackUpWorkspace;
import org.civicinspect.service.common.RequestRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup OUT.zip} and {@code restore IN.zip}; on a server, its archives ({@code pg_dump}). */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true)
    static final class Backup implements Callable<Integer> {
        @ParentCommand CivicInspectCommand root;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OUT.zip", descriptionKey = "cli.backup.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            root.services().backUpWorkspace().backUp(out);
            if (json) {
                output.json(Map.of("file", out.toAbsolutePath().toString()));
            } else {
                output.line(Messages.get("cli.backup.done", out));
            }
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true)
    static final class Restore implements Callable<Integer> {
        @ParentCommand CivicInspectCommand root;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "IN.zip", descriptionKey = "cli.restore.in") Path in;
        @Option(names = "--replace-server-database", descriptionKey = "cli.restore.replaceServer") boolean replaceServer;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            try {
                boolean onServer = root.address().onServer();
                Path before = onServer ? root.services().restoreServerWorkspace().run(in, replaceServer)
                        : BackUpWorkspace.restore(root.dataFolder(), in, java.time.Clock.systemUTC());
                if (json) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("restored", in.toAbsolutePath().toString());
                    answer.put("previousWorkspace", before.toString());
                    output.json(answer);
                } else if (onServer) {
                    output.line(Messages.get("cli.restore.serverDone", in, root.address(), before));
                } else {
                    output.line(Messages.get("cli.restore.done", in, before));
                }
                return 0;
            } catch (RequestRefused e) {
                output.error(Messages.get(e.messageKey(), e.args()));
                return CivicInspectCommand.BAD_INPUT;
            }
        }
    }
}
