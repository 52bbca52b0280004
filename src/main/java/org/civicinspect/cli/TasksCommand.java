package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.units.ExportTaskWorkbook;
import org.civicinspect.service.units.ImportTaskWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tasks import|export --set VERSION}: the 任务分解表 of an indicator-set version. */
@Command(name = "tasks", mixinStandardHelpOptions = true, subcommands = {TasksCommand.Import.class, TasksCommand.Export.class})
final class TasksCommand {

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand TasksCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--set", required = true, paramLabel = "SET", descriptionKey = "cli.indicators.set") String set;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.tasks.import.file") Path file;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            ImportTaskWorkbook.Result result = parent.root.services().importTaskWorkbook().run(set, file);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", file.toString());
                answer.put("set", result.set().label());
                answer.put("imported", result.ok());
                answer.put("standards", result.tasks().size());
                answer.put("errors", Output.problemsAsJson(result.errors()));
                answer.put("notes", Output.problemsAsJson(result.notes()));
                output.json(answer);
            } else if (result.ok()) {
                output.line(Messages.get("cli.tasks.imported", file, result.set().label(), result.tasks().size()));
                result.notes().forEach(p -> output.line("  " + Messages.describe(p)));
            } else {
                output.error(Messages.get("cli.indicators.rejected", file, result.errors().size()));
                result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
            }
            return result.ok() ? 0 : CivicInspectCommand.BAD_INPUT;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand TasksCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--set", required = true, paramLabel = "SET", descriptionKey = "cli.indicators.set") String set;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            ExportTaskWorkbook.Written written = parent.root.services().exportTaskWorkbook().run(set, out);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("set", written.set().label());
                answer.put("standards", written.tasks().size());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.tasks.exported", written.tasks().size(), written.set().label(), out));
            }
            return 0;
        }
    }
}
