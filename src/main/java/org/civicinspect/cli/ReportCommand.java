package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import org.civicinspect.service.reports.ExplainScores;
import org.civicinspect.service.reports.ExportBulletin;
import org.civicinspect.service.reports.ExportLookback;
import org.civicinspect.service.reports.ExportRanking;
import org.civicinspect.service.fieldwork.ExportSiteReport;
import org.civicinspect.service.reports.ExportStandardAnalysis;
import org.civicinspect.service.reports.ExportSurveyReport;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import java.time.Duration;
import org.civicinspect.service.reports.ScoreRound;
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
    ReportCommand.BulletinReport.class, ReportCommand.SupervisionReport.class, ReportCommand.SurveyReport.class, ReportCommand.TasksReport.class,
    ReportCommand.LookbackReport.class, ReportCommand.MaterialsReport.class})
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
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put(countName, count);
                output.json(answer);
            } else {
                output.line(Messages.get(messageKey, count, out));
            }
        }
    }

    /**
     * A report of scored numbers: with {@code --explain} every figure it shows is followed by its formula and the
     * findings behind it (site, standard, the scoring rule worked with the answer), the 不适用 answers left out, and
     * for a ranking why each entry has its rank and its list. Sites and standards are named, never given by id.
     */
    abstract static class ScoredReport extends ReportAction {
        @Option(names = "--explain", descriptionKey = "cli.report.explain") boolean explain;

        /** The answer, and with --explain the groups of {@code groupings} and the {@code rankings} behind it. */
        void done(Services services, Output output, String countName, int count, String messageKey, String city, ScoreRound.Scored scored,
                  List<ExplainScores.Grouping> groupings, List<ExportRanking.Ranked> rankings) {
            ExplainScores.Explanation explanation = explain ? services.explainScores().run(scored, groupings) : null;
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put(countName, count);
                answer.put("city", city);
                if (explain) {
                    answer.put("explained", explanation.groups().stream().map(ScoredReport::explanation).toList());
                    answer.put("leftOut", explanation.leftOut());
                    answer.put("standings", rankings.stream().map(ScoredReport::standings).toList());
                }
                output.json(answer);
                return;
            }
            output.line(Messages.get(messageKey, count, out));
            output.line(Messages.get("cli.report.city", city));
            if (!explain) {
                return;
            }
            for (ExplainScores.Group group : explanation.groups()) {
                output.line(group.name() + "：" + group.formula() + "，" + Messages.get("cli.report.findings", group.findings(), group.sites()));
                group.lines().forEach(line -> output.line("    " + finding(line)));
            }
            output.line(Messages.get("cli.report.leftOut", explanation.leftOut().size()));
            explanation.leftOut().forEach(line -> output.line("    " + finding(line)));
            for (ExportRanking.Ranked ranked : rankings) {
                output.line(ranked.title() + "：");
                ranked.table().standings().forEach(s -> output.line("    " + s.name() + "：" + s.why()));
                if (!ranked.table().unrated().isEmpty()) {
                    output.line("    " + Messages.get("cli.report.unranked", String.join("、", ranked.table().unrated())));
                }
            }
        }

        private static String finding(ExplainScores.Finding line) {
            return line.site() + "（" + line.place() + "）  " + line.standardCode() + " " + line.standard() + "  " + line.formula()
                    + (line.earned() == null ? "" : "  " + Messages.get("cli.report.ofPoints", plain(line.points())))
                    + (line.problem() ? "  " + Messages.get("cli.report.problem") : "");
        }

        private static Map<String, Object> explanation(ExplainScores.Group group) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("group", group.name());
            map.put("formula", group.formula());
            map.put("earned", group.earned());
            map.put("possible", group.possible());
            map.put("scored", group.findings());
            map.put("sites", group.sites());
            map.put("findings", group.lines());
            return map;
        }

        private static Map<String, Object> standings(ExportRanking.Ranked ranked) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("ranking", ranked.title());
            map.put("entries", ranked.table().standings().stream().map(s -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", s.name());
                entry.put("rank", s.rank());
                entry.put("list", s.honour().name());
                entry.put("rankChange", s.rankChange());
                entry.put("why", s.why());
                return entry;
            }).toList());
            map.put("unranked", ranked.table().unrated());
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
            ScoreRound.Scored scored = services.scoreRound().run(written.round().id(), counted());
            done(services, output, "sites", written.sites(), "cli.report.sites", scored.scores().city().formula(), scored,
                    List.of(ExplainScores.Grouping.SITE), List.of());
        }
    }

    @Command(name = "ranking", mixinStandardHelpOptions = true)
    static final class RankingReport extends ScoredReport {
        @Option(names = "--list-size", paramLabel = "N", descriptionKey = "cli.report.listSize") Integer listSize;

        @Override
        void write(Services services, Output output) throws IOException {
            ExportRanking.Written written = services.exportRanking().run(round, counted(), listSize(services, listSize), out);
            done(services, output, "lines", written.lines(), "cli.report.ranking", written.scored().scores().city().formula(), written.scored(),
                    List.of(ExplainScores.Grouping.DISTRICT, ExplainScores.Grouping.STREET, ExplainScores.Grouping.UNIT), written.rankings());
        }
    }

    @Command(name = "standards", mixinStandardHelpOptions = true)
    static final class StandardsReport extends ScoredReport {
        @Override
        void write(Services services, Output output) throws IOException {
            ExportStandardAnalysis.Written written = services.exportStandardAnalysis().run(round, counted(), out);
            done(services, output, "standards", written.lines(), "cli.report.standards", written.scored().scores().city().formula(),
                    written.scored(), List.of(ExplainScores.Grouping.STANDARD), List.of());
        }
    }

    @Command(name = "tasks", mixinStandardHelpOptions = true)
    static final class TasksReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "standards", services.exportTaskProgress().run(round, counted(), out).standards().size(), "cli.report.tasks");
        }
    }

    @Command(name = "problems", mixinStandardHelpOptions = true)
    static final class ProblemsReport extends ScoredReport {
        @Option(names = "--source", paramLabel = "SOURCE", descriptionKey = "cli.problems.source") String source;

        @Override
        void write(Services services, Output output) throws IOException {
            int problems = services.exportProblemList().run(round, counted(), source == null ? null : ProblemsCommand.source(source), out,
                    Progress.NONE);
            ScoreRound.Scored scored = services.scoreRound().run(round, counted());
            done(services, output, "problems", problems, "cli.report.problems", scored.scores().city().formula(), scored,
                    List.of(ExplainScores.Grouping.UNIT), List.of());
        }
    }

    @Command(name = "bulletin", mixinStandardHelpOptions = true)
    static final class BulletinReport extends ScoredReport {
        @Option(names = "--list-size", paramLabel = "N", descriptionKey = "cli.report.listSize") Integer listSize;

        @Override
        void write(Services services, Output output) throws IOException {
            int size = listSize(services, listSize);
            ExportBulletin.Written written = services.exportBulletin().run(round, counted(), size, out);
            done(services, output, "facts", written.facts(), "cli.report.bulletin", written.scored().scores().cityScore().formula(),
                    written.scored(), List.of(ExplainScores.Grouping.CITY, ExplainScores.Grouping.DISTRICT), written.rankings());
            if (explain && !json) {
                explainRectification(output, services.showRectificationStanding().of(written.scored().round().id(), size), size);
            }
        }

        /** The 整改 section's figures: each unit's 整改率 worked out and the list it is on, the lists' rule, the placard. */
        private static void explainRectification(Output output, ShowRectificationStanding.Standing standing, int size) {
            output.line(Messages.get("cli.problems.asOf", standing.asOf()));
            for (ShowRectificationStanding.UnitStanding unit : standing.units()) {
                String list = standing.blackList().contains(unit) ? "cli.report.rectification.black"
                        : standing.redList().contains(unit) ? "cli.report.rectification.red" : "cli.report.rectification.none";
                output.line("    " + Messages.get("cli.report.rectification.unit", unit.unit(), String.valueOf(unit.fixed()), String.valueOf(unit.due()),
                        Rounding.percent(unit.rate()).toPlainString(), String.valueOf(unit.overdue()), String.valueOf(unit.red()),
                        String.valueOf(unit.failedRechecks()), Messages.get(list)));
            }
            output.line(Messages.get("cli.report.rectification.rule", size));
            output.line(standing.placardHolder() == null ? Messages.get("cli.report.rectification.noPlacard")
                    : Messages.get("cli.report.rectification.placard", standing.placardHolder()));
        }
    }

    @Command(name = "supervision", mixinStandardHelpOptions = true)
    static final class SupervisionReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            done(output, "units", services.exportSupervision().run(round, out), "cli.report.supervision");
        }
    }

    /**
     * {@code report survey}: the round's questionnaire survey; prints the city's indices worked out, and with
     * {@code --explain} each group's interviews and every index, question and standard.
     */
    @Command(name = "survey", mixinStandardHelpOptions = true)
    static final class SurveyReport extends ReportAction {
        @Option(names = "--minimum-minutes", paramLabel = "MINUTES", descriptionKey = "cli.survey.minimumMinutes") Integer minimumMinutes;
        @Option(names = "--explain", descriptionKey = "cli.report.explain") boolean explain;
        @Option(names = "--weighted", descriptionKey = "cli.survey.weighted") boolean weighted;

        @Override
        void write(Services services, Output output) throws IOException {
            Duration minimum = minimumMinutes == null ? ScoreSurvey.DEFAULT_MINIMUM_DURATION : Duration.ofMinutes(Math.max(0, minimumMinutes));
            ExportSurveyReport.Written written = services.exportSurveyReport().run(round, minimum, weighted, out);
            SurveyGroup city = written.result().scores().city();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("interviews", written.interviews());
                answer.put("valid", city.valid().size());
                Map<String, Object> indices = new LinkedHashMap<>();
                city.indices().values().forEach(i -> indices.put(i.name(), i.rated() ? Rounding.percent(i.value()) : null));
                answer.put("indices", indices);
                output.json(answer);
                return;
            }
            output.line(Messages.get("cli.report.survey", written.interviews(), city.valid().size(), out));
            List<SurveyGroup> groups = new java.util.ArrayList<>(List.of(city));
            if (explain) {
                groups.addAll(written.result().scores().byDistrict().values());
            }
            for (SurveyGroup group : groups) {
                output.line(Messages.get("cli.survey.groupLine", group.group(), group.interviews().size(), group.valid().size(), group.excluded().size()));
                group.indices().values().stream().map(SurveyIndex::formula).forEach(f -> output.line("  " + f));
                if (explain) {
                    output.line("  " + group.explanation());
                    group.questions().values().forEach(q -> output.line("  " + q.formula()));
                    group.standards().values().forEach(st -> output.line("  " + st.formula()));
                }
            }
        }
    }

    @Command(name = "lookback", mixinStandardHelpOptions = true)
    static final class LookbackReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            ExportLookback.Written written = services.exportLookback().run(round, counted(), out);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("standards", written.lines().size());
                answer.put("composite", Rounding.forDisplay(written.composite().score().total()));
                answer.put("lines", written.lines());
                output.json(answer);
                return;
            }
            output.line(Messages.get("cli.report.lookback", written.lines().size(), out));
            output.line("  " + written.composite().score().formula());
        }
    }

    @Command(name = "materials", mixinStandardHelpOptions = true)
    static final class MaterialsReport extends ReportAction {
        @Override
        void write(Services services, Output output) throws IOException {
            var lines = services.exportMaterialsReport().run(round, out);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("standards", lines.size());
                answer.put("lines", lines);
                output.json(answer);
                return;
            }
            output.line(Messages.get("cli.report.materials", lines.size(), out));
        }
    }
}
