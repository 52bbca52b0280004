package org.civicinspect.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Category;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Standard;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.service.library.IndicatorSetSummary;
import org.civicinspect.service.library.LoadedIndicatorSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code indicators import|list|show|export}: the indicator library (测评体系). */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        subcommands = {IndicatorsCommand.Import.class, IndicatorsCommand.ListSets.class, IndicatorsCommand.Show.class,
            IndicatorsCommand.Export.class})
final class IndicatorsCommand {

    @ParentCommand
    CivicInspectCommand root;

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand IndicatorsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "FILE.xlsx", descriptionKey = "cli.indicators.import.file") Path file;
        @Option(names = "--sample", descriptionKey = "cli.indicators.import.sample") boolean sample;
        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.indicators.import.name") String name;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            if ((file == null) == !sample) {
                output.error(Messages.get("cli.indicators.import.fileOrSample"));
                return CivicInspectCommand.BAD_INPUT;
            }
            var services = parent.root.services();
            IndicatorImportResult result = sample
                    ? services.importSampleIndicatorSet().run(Progress.NONE)
                    : services.importIndicatorWorkbook().run(file, name, Progress.NONE);
            String source = sample ? Messages.get("cli.indicators.sampleName") : file.toString();
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", source);
                answer.put("outcome", result.outcome());
                if (result.set() != null) {
                    answer.put("set", setJson(result.set(), result.tree()));
                }
                answer.put("errors", Output.problemsAsJson(result.errors()));
                answer.put("notes", Output.problemsAsJson(result.notes()));
                output.json(answer);
            } else {
                switch (result.outcome()) {
                    case IMPORTED -> output.line(Messages.get("cli.indicators.imported", result.set().label(), counts(result.tree())));
                    case ALREADY_IMPORTED -> output.line(Messages.get("cli.indicators.alreadyImported", source, result.set().label(),
                            result.set().importedAt().toString()));
                    case REJECTED -> {
                        output.error(Messages.get("cli.indicators.rejected", source, result.errors().size()));
                        result.errors().forEach(p -> output.error("  " + Messages.describe(p)));
                    }
                }
                result.notes().forEach(p -> output.line("  " + Messages.describe(p)));
            }
            return result.outcome() == IndicatorImportResult.Outcome.REJECTED ? CivicInspectCommand.BAD_INPUT : 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListSets implements Callable<Integer> {
        @ParentCommand IndicatorsCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            List<IndicatorSetSummary> summaries = parent.root.services().listIndicatorSets().run();
            if (json) {
                output.json(summaries.stream().map(IndicatorsCommand::summaryJson).toList());
                return 0;
            }
            if (summaries.isEmpty()) {
                output.line(Messages.get("cli.indicators.none"));
            }
            for (IndicatorSetSummary s : summaries) {
                output.line(Messages.get("cli.indicators.listLine", s.set().id().substring(0, 8), s.set().label(),
                        s.categories(), s.indicators(), s.standards(), s.siteTypes(), s.totalPoints().toPlainString(),
                        s.set().importedAt().toString(), s.set().source().fileName()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand IndicatorsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SET", descriptionKey = "cli.indicators.set") String reference;
        @Option(names = "--site-type", paramLabel = "TYPE", descriptionKey = "cli.indicators.show.siteType") String siteType;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            Optional<LoadedIndicatorSet> loaded = parent.root.services().loadIndicatorSet().run(reference);
            if (loaded.isEmpty()) {
                output.error(Messages.get("cli.indicators.noSuchSet", reference));
                return CivicInspectCommand.BAD_INPUT;
            }
            IndicatorTree tree = loaded.get().tree();
            if (siteType != null) {
                if (!tree.siteTypes().contains(siteType)) {
                    output.error(Messages.get("cli.indicators.noSuchSiteType", siteType, String.join("、", tree.siteTypes())));
                    return CivicInspectCommand.BAD_INPUT;
                }
                tree = tree.filtered(s -> s.appliesTo(siteType));
            }
            if (json) {
                Map<String, Object> answer = setJson(loaded.get().set(), tree);
                answer.put("categories", tree.categories());
                output.json(answer);
                return 0;
            }
            output.line(loaded.get().set().label() + "  (" + loaded.get().set().id() + ")");
            output.line(counts(tree));
            for (Category category : tree.categories()) {
                output.line(category.code() + " " + category.name());
                for (Indicator indicator : category.indicators()) {
                    output.line("  " + indicator.code() + " " + indicator.name());
                    for (Standard s : indicator.standards()) {
                        output.line("    " + s.code() + " [" + s.points().toPlainString() + Messages.get("unit.points") + " "
                                + Messages.scoring(s.scoring())
                                + (s.negativeList() ? " " + Messages.get("label.negativeList") : "") + "] " + s.text()
                                + " (" + (s.siteTypes().isEmpty() ? Messages.get("label.cityLevel") : String.join("、", s.siteTypes())) + ")");
                    }
                }
            }
            output.line(Messages.get("cli.indicators.pointsPerType"));
            for (String type : tree.siteTypes()) {
                output.line("  " + type + ": " + tree.pointsFor(type).toPlainString());
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand IndicatorsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SET", descriptionKey = "cli.indicators.set") String reference;
        @Parameters(index = "1", paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            Optional<LoadedIndicatorSet> loaded = parent.root.services().loadIndicatorSet().run(reference);
            if (loaded.isEmpty()) {
                output.error(Messages.get("cli.indicators.noSuchSet", reference));
                return CivicInspectCommand.BAD_INPUT;
            }
            parent.root.services().exportIndicatorWorkbook().run(loaded.get(), out);
            if (json) {
                Map<String, Object> answer = setJson(loaded.get().set(), loaded.get().tree());
                answer.put("file", out.toAbsolutePath().toString());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.indicators.exported", loaded.get().set().label(), out));
            }
            return 0;
        }
    }

    static String counts(IndicatorTree tree) {
        return Messages.get("indicators.counts", tree.categories().size(), tree.indicatorCount(), tree.standardCount(),
                tree.siteTypes().size(), tree.totalPoints().toPlainString());
    }

    static Map<String, Object> setJson(IndicatorSet set, IndicatorTree tree) {
        Map<String, Object> json = setFields(set);
        json.put("categories", tree.categories().size());
        json.put("indicators", tree.indicatorCount());
        json.put("standards", tree.standardCount());
        json.put("siteTypes", tree.siteTypes());
        json.put("totalPoints", tree.totalPoints());
        Map<String, BigDecimal> perType = new LinkedHashMap<>();
        tree.siteTypes().forEach(t -> perType.put(t, tree.pointsFor(t)));
        json.put("pointsPerSiteType", perType);
        return json;
    }

    static Map<String, Object> summaryJson(IndicatorSetSummary s) {
        Map<String, Object> json = setFields(s.set());
        json.put("categories", s.categories());
        json.put("indicators", s.indicators());
        json.put("standards", s.standards());
        json.put("siteTypes", s.siteTypes());
        json.put("totalPoints", s.totalPoints());
        return json;
    }

    private static Map<String, Object> setFields(IndicatorSet set) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", set.id());
        json.put("name", set.name());
        json.put("version", set.version());
        json.put("sourceFile", set.source().fileName());
        json.put("sha256", set.source().sha256());
        json.put("importedAt", set.importedAt().toString());
        return json;
    }
}
