package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;
import org.civicinspect.service.sites.SiteFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sites import|list|export}: the site registry (点位). */
@Command(name = "sites", mixinStandardHelpOptions = true,
        subcommands = {SitesCommand.Import.class, SitesCommand.ListSites.class, SitesCommand.Export.class})
final class SitesCommand {

    @ParentCommand
    CivicInspectCommand root;

    /** The filters of {@code sites list} and {@code sites export}. */
    static final class Filters {
        @Option(names = "--district", paramLabel = "区县", descriptionKey = "cli.sites.district") String district;
        @Option(names = "--street", paramLabel = "街道", descriptionKey = "cli.sites.street") String street;
        @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "cli.sites.type") String type;
        @Option(names = "--must-check", descriptionKey = "cli.sites.mustCheck") boolean mustCheck;
        @Option(names = "--active-only", descriptionKey = "cli.sites.activeOnly") boolean activeOnly;
        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.sites.search") String search;

        SiteFilter filter() {
            return new SiteFilter(district, street, type, mustCheck, !activeOnly, search);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @ParentCommand SitesCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "cli.sites.import.file") Path file;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            return ListImportOutput.report(output, file, parent.root.services().importSiteWorkbook().run(file, Progress.NONE), json,
                    "cli.sites.imported");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListSites implements Callable<Integer> {
        @ParentCommand SitesCommand parent;
        @Spec CommandSpec spec;
        @Mixin Filters filters;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() {
            Output output = new Output(spec);
            List<Site> sites = parent.root.services().listSites().run(filters.filter());
            if (json) {
                output.json(sites);
                return 0;
            }
            for (Site s : sites) {
                output.line(String.join("  ", s.id().substring(0, 8), s.district(), s.street(), s.name(), s.siteType(),
                        s.mustCheck() ? Messages.get("sites.mustCheck") : "", s.active() ? "" : Messages.get("sites.inactive")).stripTrailing()
                        + partner(s));
            }
            Map<String, Integer> byDistrict = new TreeMap<>();
            Map<String, Integer> byType = new TreeMap<>();
            sites.forEach(s -> {
                byDistrict.merge(s.district(), 1, Integer::sum);
                byType.merge(s.siteType(), 1, Integer::sum);
            });
            output.line(Messages.get("cli.sites.total", sites.size(), format(byDistrict), format(byType)));
            return 0;
        }

        /** 包联单位 and 包联领导, as far as the site names them; empty when it names neither. */
        private static String partner(Site s) {
            String who = String.join("／", java.util.stream.Stream.of(s.partnerUnit(), s.partnerLeader()).filter(t -> !t.isEmpty()).toList());
            return who.isEmpty() ? "" : "  " + Messages.get("cli.sites.partner", who);
        }

        private static String format(Map<String, Integer> counts) {
            StringBuilder text = new StringBuilder();
            counts.forEach((k, v) -> text.append(text.length() == 0 ? "" : "、").append(k).append(' ').append(v));
            return text.toString();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand SitesCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OUT.xlsx", descriptionKey = "cli.indicators.export.out") Path out;
        @Mixin Filters filters;
        @Option(names = "--json", descriptionKey = "cli.json") boolean json;

        @Override
        public Integer call() throws IOException {
            Output output = new Output(spec);
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                output.error(Messages.get("cli.export.needsXlsx", out));
                return CivicInspectCommand.BAD_INPUT;
            }
            List<Site> sites = parent.root.services().listSites().run(filters.filter());
            parent.root.services().exportSiteWorkbook().run(sites, Messages.get("sites.exportTitle"), out, Progress.NONE);
            if (json) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("file", out.toAbsolutePath().toString());
                answer.put("sites", sites.size());
                output.json(answer);
            } else {
                output.line(Messages.get("cli.sites.exported", sites.size(), out));
            }
            return 0;
        }
    }
}
