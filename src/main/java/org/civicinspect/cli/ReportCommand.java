package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.service.ExportRanking;
import org.civicinspect.service.RequestRefused;
import org.civicinspect.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report TYPE --round R OUT.xlsx}: the workbooks a round produces. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportCommand.Blank.class, ReportCommand.RankingReport.class,
    ReportCommand.StandardsReport.class, ReportCommand.ProblemsReport.class})
final class ReportCommand {

    @ParentCommand
    CivicInspectCommand root;

    /** What every report shares: the round, the .xlsx output, --json, and refusals as exit code 2. */
    abstract static class ReportAction implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public final Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            try {
                write(parent.root.services(), output);
                return 0;
            } catch (RequestRefused e) {
                output.error(Messages.get(e.messageKey(), e.args()));
                return CivicInspectCommand.BAD_INPUT;
            }
        }

        abstract void write(Services services, Output output) throws IOException;

        /** The answer: {@code count} as JSON under {@code countName}, or the message line for people. */
        void done(Output output, String countName, int count, String messageKey) {
            if (json) {
                output.json(Map.of("file", out.toAbsolutePath().toString(), countName, count));
            } else {
                output.line(Messages.get(messageKey, count, out));
            }
        }
    }

    @Command(name = "blank", mixinStandardHelpOptions = true)
    static final class Blank extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "sheets", services.exportBlankChecklists().run(round, out, Progress.NONE), "cli.report.blank");
        }
    }

    @Command(name = "ranking", mixinStandardHelpOptions = true)
    static final class RankingReport extends ReportAction {
        @Option(names = "--list-size", defaultValue = "3", paramLabel = "N", descriptionKey = "cli.report.listSize") int listSize;
        @Option(names = "--explain", descriptionKey = "cli.report.explain") boolean explain;

        @Override
        void write(Services services, Output output) throws IOException {
            ExportRanking.Written written = services.exportRanking().run(round, Math.max(1, listSize), out);
            done(output, "lines", written.lines(), "cli.report.ranking");
            if (json) {
                return;
            }
            output.line(Messages.get("cli.report.city", written.scored().scores().city().formula()));
            if (explain) {
                written.scored().scores().byDistrict().values().forEach(a -> output.line("  " + a.group() + "：" + a.formula() + "，"
                        + Messages.get("cli.report.findings", a.scored(), a.sites())));
            }
        }
    }

    @Command(name = "standards", mixinStandardHelpOptions = true)
    static final class StandardsReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "standards", services.exportStandardAnalysis().run(round, out), "cli.report.standards");
        }
    }

    @Command(name = "problems", mixinStandardHelpOptions = true)
    static final class ProblemsReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "problems", services.exportProblemList().run(round, out, Progress.NONE), "cli.report.problems");
        }
    }
}
