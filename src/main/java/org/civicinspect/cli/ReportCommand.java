package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.service.RequestRefused;
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

    @Command(name = "blank", mixinStandardHelpOptions = true)
    static final class Blank implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            try {
                int pages = parent.root.services().exportBlankChecklists().run(round, out, Progress.NONE);
                if (json) {
                    output.json(Map.of("file", out.toAbsolutePath().toString(), "sheets", pages));
                } else {
                    output.line(Messages.get("cli.report.blank", pages, out));
                }
                return 0;
            } catch (RequestRefused e) {
                output.error(Messages.get(e.messageKey(), e.args()));
                return CivicInspectCommand.BAD_INPUT;
            }
        }
    }

    @Command(name = "ranking", mixinStandardHelpOptions = true)
    static final class RankingReport implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--list-size", defaultValue = "3", paramLabel = "N", descriptionKey = "cli.report.listSize") int listSize;
        @Option(names = "--explain", descriptionKey = "cli.report.explain") boolean explain;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            try {
                int lines = parent.root.services().exportRanking().run(round, Math.max(1, listSize), out);
                var scored = parent.root.services().scoreRound().run(round);
                if (json) {
                    output.json(Map.of("file", out.toAbsolutePath().toString(), "lines", lines,
                            "city", scored.scores().city().formula()));
                    return 0;
                }
                output.line(Messages.get("cli.report.ranking", lines, out));
                output.line(Messages.get("cli.report.city", scored.scores().city().formula()));
                if (explain) {
                    scored.scores().byDistrict().values().forEach(a -> output.line("  " + a.group() + "：" + a.formula() + "，"
                            + Messages.get("cli.report.findings", a.scored(), a.sites())));
                }
                return 0;
            } catch (RequestRefused e) {
                output.error(Messages.get(e.messageKey(), e.args()));
                return CivicInspectCommand.BAD_INPUT;
            }
        }
    }

    @Command(name = "standards", mixinStandardHelpOptions = true)
    static final class StandardsReport implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            try {
                int lines = parent.root.services().exportStandardAnalysis().run(round, out);
                if (json) {
                    output.json(Map.of("file", out.toAbsolutePath().toString(), "standards", lines));
                } else {
                    output.line(Messages.get("cli.report.standards", lines, out));
                }
                return 0;
            } catch (RequestRefused e) {
                output.error(Messages.get(e.messageKey(), e.args()));
                return CivicInspectCommand.BAD_INPUT;
            }
        }
    }

    @Command(name = "problems", mixinStandardHelpOptions = true)
    static final class ProblemsReport implements Callable<Integer> {
        @ParentCommand ReportCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            try {
                int problems = parent.root.services().exportProblemList().run(round, out, Progress.NONE);
                if (json) {
                    output.json(Map.of("file", out.toAbsolutePath().toString(), "problems", problems));
                } else {
                    output.line(Messages.get("cli.report.problems", problems, out));
                }
                return 0;
            } catch (RequestRefused e) {
                output.error(Messages.get(e.messageKey(), e.args()));
                return CivicInspectCommand.BAD_INPUT;
            }
        }
    }
}
