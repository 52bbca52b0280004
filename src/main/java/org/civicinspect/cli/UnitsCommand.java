package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.SurveyStandardScore;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.reports.ShowTaskProgress;
import org.civicinspect.service.units.UnitFromSites;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code units list|import|export|standards|baolian-areas}: the responsible-unit registry (单位名录), what each unit is
 * assigned, and the 包联 of streets and communities.
 */
@Command(name = "units", mixinStandardHelpOptions = true,
        subcommands = {UnitsCommand.ListUnits.class, UnitsCommand.Import.class, UnitsCommand.Export.class, UnitsCommand.Standards.class,
            PartnerAreasCommand.class})
final class UnitsCommand {

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUnits implements Callable<Integer> {
        @ParentCommand UnitsCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            List<ResponsibleUnit> registered = parent.root.services().listUnits().registered();
            List<UnitFromSites> fromSites = parent.root.services().listUnits().knownFromSites();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("registered", registered);
                answer.put("knownFromSites", fromSites);
                output.json(answer);
                return 0;
            }
            for (ResponsibleUnit u : registered) {
                output.line(String.join("  ", u.name(), u.kind(), contact(u.leader(), u.leaderPhone()), contact(u.liaison(), u.liaisonPhone()))
                        .stripTrailing());
            }
            output.line(Messages.get("cli.units.total", registered.size()));
            if (!fromSites.isEmpty()) {
                output.line(Messages.get("cli.units.knownFromSites", fromSites.size()));
                fromSites.forEach(u -> output.line("  " + Messages.get("cli.units.fromSitesLine", u.name(), u.sites())));
            }
            return 0;
        }

        private static String contact(String name, String phone) {
            return phone.isEmpty() ? name : name + " " + phone;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand UnitsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.units.import.file") Path file;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            return ListImportOutput.report(output, file, parent.root.services().importUnitWorkbook().run(file), json, "cli.units.imported");
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand UnitsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--with-known-from-sites", descriptionKey = "cli.units.withKnownFromSites") boolean withKnownFromSites;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            List<ResponsibleUnit> units = parent.root.services().exportUnitWorkbook().run(Messages.get("units.exportTitle"), out, withKnownFromSites);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("units", units.size());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.units.exported", units.size(), out));
            }
            return 0;
        }
    }

    @Command(name = "standards", mixinStandardHelpOptions = true)
    static final class Standards implements Callable<Integer> {
        @ParentCommand UnitsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "UNIT", descriptionKey = "cli.units.standards.unit") String unit;
        @Option(names = "--round", required = true, paramLabel = "ROUND", descriptionKey = "cli.round.ref") String round;
        @Option(names = "--include-unreviewed", descriptionKey = "cli.report.includeUnreviewed") boolean includeUnreviewed;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            ReportScope.Counted counted = includeUnreviewed ? ReportScope.Counted.WITH_UNREVIEWED : ReportScope.Counted.APPROVED;
            ShowTaskProgress.Progress progress = parent.root.services().showTaskProgress().ofUnit(unit, round, counted);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("unit", unit);
                answer.put("round", progress.scored().round().name());
                answer.put("standards", progress.standards().stream().map(s -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("code", s.task().standardCode());
                    line.put("role", s.task().lead().equals(unit) ? "lead" : "supporting");
                    line.put("due", s.task().due() == null ? null : s.task().due().toString());
                    line.put("fieldComplianceRate", s.field().filter(Aggregate::rated).map(a -> Rounding.percent(a.complianceRate())).orElse(null));
                    line.put("fieldFormula", s.field().map(Aggregate::formula).orElse(null));
                    line.put("materials", s.material() ? s.materialsText() : null);
                    line.put("surveyScoreRate", s.survey().filter(SurveyStandardScore::rated).map(v -> Rounding.percent(v.rate().value())).orElse(null));
                    return line;
                }).toList());
                output.json(answer);
                return 0;
            }
            for (ShowTaskProgress.StandardProgress s : progress.standards()) {
                String role = Messages.get(s.task().lead().equals(unit) ? "cli.units.lead" : "cli.units.supporting");
                String field = s.field().map(Aggregate::formula).orElse(Messages.get("cli.units.notInField"));
                // A field-only standard keeps its short line; materials and survey are added where the standard has them.
                String materials = !s.material() ? ""
                        : "  " + Messages.get("cli.units.materials", s.review().isEmpty() ? Messages.get("cli.materials.ungraded") : s.materialsText());
                String survey = s.survey().isEmpty() ? "" : "  " + Messages.get("cli.units.survey", s.surveyText());
                output.line(String.join("  ", s.task().standardCode(), role, s.task().due() == null ? "" : s.task().due().toString(), field)
                        + materials + survey);
            }
            output.line(Messages.get("cli.units.standardsTotal", unit, progress.standards().size()));
            return 0;
        }
    }
}
