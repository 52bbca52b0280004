package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.reports.ExportBulletin;
import org.civicinspect.service.reports.ExportRanking;
import org.civicinspect.service.fieldwork.ExportSiteReport;
import org.civicinspect.service.reports.ExportStandardAnalysis;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report TYPE --round R OUT.xlsx}: the workbooks a round produces. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportCommand.Blank.class, ReportCommand.SitesReport.class,
    ReportCommand.RankingReport.class, ReportCommand.StandardsReport.class, ReportCommand.ProblemsReport.class,
    ReportCommand.BulletinReport.class, ReportCommand.SupervisionReport.class})
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
        @Option(names = "--include-unreviewed", descriptionKey = "cli.report.includeUnreviewed") boolean includeUnreviewed;

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

        /** Approved inspections only, unless completed ones waiting for review are asked for. */
        ReportScope.Counted counted() {
            return includeUnreviewed ? ReportScope.Counted.WITH_UNREVIEWED : ReportScope.Counted.APPROVED;
        }

        /** The answer: {@code count} as JSON under {@code countName}, or the message line for people. */
        void done(Output output, String countName, int count, String messageKey) {
            if (json) {
                output.json(Map.of("file", out.toAbsolutePath().toString(), countName, count));
            } else {
                output.line(Messages.get(messageKey, count, out));
            }
        }
    }

    /**
     * A report of scored numbers: with {@code --explain} every figure it shows is followed by its formula and the
     * findings behind it (site, standard, earned of points).
     */
    abstract static class ScoredReport extends ReportAction {
        @Option(names = "--explain", descriptionKey = "cli.report.explain") boolean explain;

        /** The answer, and with --explain the aggregates behind it. */
        void done(Output output, String countName, int count, String messageKey, String city, List<Aggregate> explained) {
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put(countName, count);
                answer.put("city", city);
                if (explain) {
                    answer.put("explained", explained.stream().map(ScoredReport::explanation).toList());
                }
                output.json(answer);
                return;
            }
            output.line(Messages.get(messageKey, count, out));
            output.line(Messages.get("cli.report.city", city));
            if (explain) {
                for (Aggregate a : explained) {
                    output.line(a.group() + "：" + a.formula() + "，" + Messages.get("cli.report.findings", a.scored(), a.sites()));
                    for (Aggregate.Line line : a.lines()) {
                        output.line("    " + line.siteName() + "  " + line.standardCode() + "  " + plain(line.earned()) + " / "
                                + plain(line.points()) + (line.problem() ? "  " + Messages.get("cli.report.problem") : ""));
                    }
                }
            }
        }

        private static Map<String, Object> explanation(Aggregate a) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("group", a.group());
            map.put("formula", a.formula());
            map.put("earned", a.earned());
            map.put("possible", a.possible());
            map.put("scoreRate", Rounding.percent(a.scoreRate()));
            map.put("complianceRate", Rounding.percent(a.complianceRate()));
            map.put("findings", a.lines());
            return map;
        }

        /** The size asked for, else the workspace's preference. */
        static int listSize(Services services, Integer asked) {
            return asked == null ? services.changePreferences().current().listSize() : Math.max(1, asked);
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    @Command(name = "blank", mixinStandardHelpOptions = true)
    static final class Blank extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "sheets", services.exportBlankChecklists().run(round, out, Progress.NONE), "cli.report.blank");
        }
    }

    @Command(name = "sites", mixinStandardHelpOptions = true)
    static final class SitesReport extends ScoredReport {
        @Override
        void write(Services services, Output output) throws IOException {
            ExportSiteReport.Written written = services.exportSiteReport().run(round, counted(), out, Progress.NONE);
            RoundScores scores = services.scoreRound().only(written.round().id(), counted());
            done(output, "sites", written.sites(), "cli.report.sites", scores.city().formula(), List.copyOf(scores.bySite().values()));
        }
    }

    @Command(name = "ranking", mixinStandardHelpOptions = true)
    static final class RankingReport extends ScoredReport {
        @Option(names = "--list-size", paramLabel = "N", descriptionKey = "cli.report.listSize") Integer listSize;

        @Override
        void write(Services services, Output output) throws IOException {
            ExportRanking.Written written = services.exportRanking().run(round, counted(), listSize(services, listSize), out);
            RoundScores scores = written.scored().scores();
            List<Aggregate> explained = new ArrayList<>(scores.byDistrict().values());
            explained.addAll(scores.byStreet().values());
            explained.addAll(scores.byResponsibleUnit().values());
            done(output, "lines", written.lines(), "cli.report.ranking", scores.city().formula(), explained);
        }
    }

    @Command(name = "standards", mixinStandardHelpOptions = true)
    static final class StandardsReport extends ScoredReport {
        @Override
        void write(Services services, Output output) throws IOException {
            ExportStandardAnalysis.Written written = services.exportStandardAnalysis().run(round, counted(), out);
            RoundScores scores = written.scored().scores();
            done(output, "standards", written.lines(), "cli.report.standards", scores.city().formula(),
                    List.copyOf(scores.byStandard().values()));
        }
    }

    @Command(name = "problems", mixinStandardHelpOptions = true)
    static final class ProblemsReport extends ScoredReport {
        @Override
        void write(Services services, Output output) throws IOException {
            int problems = services.exportProblemList().run(round, counted(), out, Progress.NONE);
            RoundScores scores = services.scoreRound().only(round, counted());
            done(output, "problems", problems, "cli.report.problems", scores.city().formula(),
                    List.copyOf(scores.byResponsibleUnit().values()));
        }
    }

    @Command(name = "bulletin", mixinStandardHelpOptions = true)
    static final class BulletinReport extends ScoredReport {
        @Option(names = "--list-size", paramLabel = "N", descriptionKey = "cli.report.listSize") Integer listSize;

        @Override
        void write(Services services, Output output) throws IOException {
            ExportBulletin.Written written = services.exportBulletin().run(round, counted(), listSize(services, listSize), out);
            RoundScores scores = written.scored().scores();
            List<Aggregate> explained = new ArrayList<>(List.of(scores.city()));
            explained.addAll(scores.byDistrict().values());
            done(output, "facts", written.facts(), "cli.report.bulletin", scores.cityScore().formula(), explained);
        }
    }

    @Command(name = "supervision", mixinStandardHelpOptions = true)
    static final class SupervisionReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "units", services.exportSupervision().run(round, out), "cli.report.supervision");
        }
    }
}
