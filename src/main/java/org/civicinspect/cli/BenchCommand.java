package org.civicinspect.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.service.RunBenchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench}: each workload beside its bare-library baseline, in one run, as ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @ParentCommand CivicInspectCommand root;
    @Spec CommandSpec spec;
    @Option(names = "--json", descriptionKey = "cli.json") boolean json;
    @Option(names = "--runs", defaultValue = "11", descriptionKey = "cli.bench.runs") int runs;
    @Option(names = "--warmups", defaultValue = "5", descriptionKey = "cli.bench.warmups") int warmups;

    @Override
    public Integer call() {
        Output output = new Output(spec);
        List<RunBenchmarks.Result> results = new java.util.ArrayList<>(new RunBenchmarks().run(warmups, Math.max(1, runs), Progress.NONE));
        var screen = root.screenBenchmarks().run(Math.max(1, runs));
        screen.ifPresent(results::add);
        if (screen.isEmpty() && !json) {
            output.line(Messages.get("cli.bench.noScreen"));
        }
        if (json) {
            output.json(results);
            return 0;
        }
        for (RunBenchmarks.Result r : results) {
            String target = r.targetRatio() != null ? String.format(Locale.ROOT, "ratio <= %.1f", r.targetRatio())
                    : r.targetMillis() != null ? String.format(Locale.ROOT, "<= %.0f ms", r.targetMillis()) : "—";
            output.line(String.format(Locale.ROOT, "%-22s %9.1f ms   %-20s %9.1f ms   ratio %.2f   target %s  %s",
                    r.workload(), r.workloadMillis(), r.baseline(), r.baselineMillis(), r.ratio(), target,
                    r.targetRatio() == null && r.targetMillis() == null ? ""
                            : r.meetsTarget() ? Messages.get("cli.bench.met") : Messages.get("cli.bench.missed")));
        }
        return 0;
    }
}
