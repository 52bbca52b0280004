package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.PartnerArea;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code units baolian-areas list|import|export}: the 包联 of streets and communities, which the problems there answer
 * to when their site names no 包联 of its own, or when they are at a free address.
 */
@Command(name = "baolian-areas", mixinStandardHelpOptions = true,
        subcommands = {PartnerAreasCommand.ListAreas.class, PartnerAreasCommand.Import.class, PartnerAreasCommand.Export.class})
final class PartnerAreasCommand {

    @ParentCommand
    UnitsCommand units;

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAreas implements Callable<Integer> {
        @ParentCommand PartnerAreasCommand parent;
        @Spec CommandSpec spec;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            List<PartnerArea> areas = parent.units.root.services().listPartnerAreas().run();
            if (json) {
                output.json(Map.of("areas", areas));
                return 0;
            }
            for (PartnerArea a : areas) {
                output.line(String.join("  ", a.district(), a.street(), a.community().isEmpty() ? Messages.get("cli.partnerAreas.wholeStreet") : a.community(),
                        a.partnerUnit(), a.partnerLeader()).stripTrailing());
            }
            output.line(Messages.get("cli.partnerAreas.total", areas.size()));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand PartnerAreasCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.partnerAreas.import.file") Path file;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            return ListImportOutput.report(output, file, parent.units.root.services().importPartnerAreas().run(file), json, "cli.partnerAreas.imported");
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand PartnerAreasCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            List<PartnerArea> areas = parent.units.root.services().exportPartnerAreas().run(Messages.get("partnerAreas.exportTitle"), out);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("areas", areas.size());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.partnerAreas.exported", areas.size(), out));
            }
            return 0;
        }
    }
}
