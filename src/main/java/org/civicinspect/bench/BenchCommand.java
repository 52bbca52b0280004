package org.civicinspect.bench;

import org.civicinspect.cli.CivicInspectCommand;
import org.civicinspect.cli.Output;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.store.ServerLogin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: each workload beside its bare-library baseline, in one run, as ratios. With {@code --db URL} the merge
 * runs on that PostgreSQL server, with the server's own workloads (staff working while a merge runs, the load of 20
 * clients), in scratch databases the run makes and drops.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {

    private static final String SCREEN = "screen";

    private final ScreenBenchmarks screens;
    @Spec CommandSpec spec;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;
    @Option(names = "--runs", defaultValue = "11", descriptionKey = "cli.bench.runs") int runs;
    @Option(names = "--warmups", defaultValue = "5", descriptionKey = "cli.bench.warmups") int warmups;
    @Option(names = "--only", split = ",", paramLabel = "GROUP", descriptionKey = "cli.bench.only") List<String> only;
    @Option(names = "--db", paramLabel = "URL", descriptionKey = "cli.bench.db") String db;

    /** The bench workloads that need a screen, run by the desktop side; empty where there is no screen. */
    @FunctionalInterface
    public interface ScreenBenchmarks {
        java.util.Optional<BenchResult> run(int runs);
    }

    public BenchCommand(ScreenBenchmarks screens) {
        this.screens = screens;
    }

    @Override
    public Integer call() {
        Output output = new Output(spec);
        List<String> everyGroup = new java.util.ArrayList<>(RunBenchmarks.GROUPS);
        if (db != null) {
            everyGroup.addAll(RunBenchmarks.SERVER_ONLY);
        }
        List<String> groups = only == null || only.isEmpty() ? everyGroup : only;
        List<String> known = new java.util.ArrayList<>(RunBenchmarks.GROUPS);
        known.add(SCREEN);
        known.addAll(RunBenchmarks.ON_REQUEST);
        known.addAll(RunBenchmarks.SERVER_ONLY);
        if (!known.containsAll(groups)) {
            output.error(Messages.get("cli.bench.badGroup", String.join(", ", groups), String.join(", ", known)));
            return CivicInspectCommand.BAD_INPUT;
        }
        List<String> needServer = groups.stream().filter(RunBenchmarks.SERVER_ONLY::contains).toList();
        if (db == null && !needServer.isEmpty()) {
            output.error(Messages.get("cli.bench.needsDb", String.join(", ", needServer)));
            return CivicInspectCommand.BAD_INPUT;
        }
        if (db != null && !ServerLogin.namesServer(db)) {
            output.error(Messages.get("cli.bench.notAServer", db));
            return CivicInspectCommand.BAD_INPUT;
        }
        if (groups.contains("load") && !ScratchServer.onThisComputer(db)) {
            output.error(Messages.get("cli.bench.loadOnlyHere", ScratchServer.host(db)));
            return CivicInspectCommand.BAD_INPUT;
        }
        if (!json) {
            output.line(Messages.get("cli.bench.heap", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
        List<BenchResult> results = new java.util.ArrayList<>();
        if (db == null) {
            results.addAll(new RunBenchmarks().run(warmups, Math.max(1, runs), groups, Progress.NONE));
        } else {
            try (ScratchServer server = ScratchServer.signIn(db)) {
                results.addAll(new RunBenchmarks().run(warmups, Math.max(1, runs), groups, server, Progress.NONE));
            }
        }
        if (only == null || only.contains(SCREEN)) {
            var screen = screens.run(Math.max(1, runs));
            screen.ifPresent(results::add);
            if (screen.isEmpty() && !json) {
                output.line(Messages.get("cli.bench.noScreen"));
            }
        }
        if (json) {
            output.json(results);
            return 0;
        }
        for (BenchResult r : results) {
            output.line(line(r));
        }
        return 0;
    }

    /** One workload: medians, the ratio with its spread over the runs, the target and what the runs say of it. */
    static String line(BenchResult r) {
        boolean byTime = r.targetMillis() != null && r.targetRatio() == null;
        String spread = byTime ? String.format(Locale.ROOT, "%.1f–%.1f ms", r.lowest(), r.highest())
                : String.format(Locale.ROOT, "%.2f–%.2f", r.lowest(), r.highest());
        String target = r.targetRatio() != null ? String.format(Locale.ROOT, "ratio <= %.1f", r.targetRatio())
                : r.targetMillis() != null ? String.format(Locale.ROOT, "<= %.0f ms", r.targetMillis()) : "—";
        String verdict = switch (r.verdict()) {
            case MET -> Messages.get("cli.bench.met", Math.round(r.headroom() * 100));
            case MISSED -> Messages.get("cli.bench.missed");
            case TOO_WIDE_TO_JUDGE -> Messages.get("cli.bench.tooWide");
            case NO_TARGET -> "";
        };
        String wide = r.spreadTooWide() && r.verdict() != BenchResult.Verdict.TOO_WIDE_TO_JUDGE ? " " + Messages.get("cli.bench.wideSpread") : "";
        String counts = r.counts().isEmpty() ? "" : "   " + r.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "%-22s %9.1f ms   %-20s %9.1f ms   ratio %.2f (%s, %d runs)   target %s  %s%s%s", r.workload(),
                r.workloadMillis(), r.baseline(), r.baselineMillis(), r.ratio(), spread, r.runs(), target, verdict, wide, counts);
    }
}
