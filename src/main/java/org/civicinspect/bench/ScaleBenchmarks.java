package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.store.Workspace;

/**
 * Where the ceiling is: a round of 3,000 sites and about 600,000 findings (recompute, dashboard open, problem list,
 * bulletin) and a workspace of 100 rounds of 60 sites (recompute and dashboard open of the latest round, the round
 * list). Building them takes minutes, so a full bench run leaves this group out: {@code bench --only scale}.
 */
final class ScaleBenchmarks {

    /** The big round: every site of a 3,000-site registry, about 200 standards each (1,000 standards over 12 types). */
    static final int BIG_ROUND_SITES = 3000;
    static final int BIG_ROUND_STANDARDS = 1000;
    /** The long workspace: 100 rounds, each of 60 sites drawn from 600, about 50 standards each. */
    static final int ROUNDS = 100;
    static final int ROUND_SITES = 60;
    static final int REGISTRY = 600;
    static final int ROUND_STANDARDS = 250;
    static final int SITE_TYPES = 12;
    /** Sites answered per transaction, so that building the big round fits a small heap. */
    private static final int SITES_PER_WRITE = 100;

    private final Workspace workspace;
    private final List<Round> rounds;
    private final int findings;
    private final int problems;
    /** The use cases of a program just started, so that no round's scores are kept from a run before. */
    private Services started;

    private ScaleBenchmarks(Workspace workspace, List<Round> rounds, int findings, int problems) {
        this.workspace = workspace;
        this.rounds = List.copyOf(rounds);
        this.findings = findings;
        this.problems = problems;
        restart();
    }

    /**
     * The big round's recompute, dashboard open (the first since the program started, and again), problem list and
     * bulletin; then the long workspace's recompute and dashboard open of its latest round, and its round list. Each
     * beside a bare read of the rows it summarises, or a bare write of the cells it writes.
     */
    static List<BenchResult> run(Path folder, int warmups, int runs, Progress progress) throws IOException {
        List<BenchResult> results = new ArrayList<>();
        int warm = Math.min(warmups, 1);
        Path out = folder.resolve("scale-out.xlsx");
        Path bare = folder.resolve("scale-bare.xlsx");
        ScaleBenchmarks big = bigRound(folder.resolve("big-round"), BIG_ROUND_SITES, BIG_ROUND_STANDARDS, progress);
        try {
            String read = "jdbc-read-" + big.findings() + "-findings";
            String name = "scale-" + big.sitesOfLatest() + "-sites-" + big.findings() + "-findings-";
            int timed = Math.min(runs, 3);
            results.add(RunBenchmarks.compare(name + "recompute-first", read, big::recomputeLatest, big::findingsOfLatest, big::restart,
                    warm, timed, null, null, progress));
            results.add(RunBenchmarks.compare(name + "dashboard-first", read, big::openDashboard, big::findingsOfLatest, big::restart,
                    warm, timed, null, null, progress));
            results.add(RunBenchmarks.compare(name + "dashboard-again", read, big::openDashboard, big::findingsOfLatest,
                    warm, timed, null, null, progress));
            results.add(big.problemList(name + "report-problems-" + big.problems(), out, bare, warm, timed, progress));
            results.add(RunBenchmarks.compare(name + "report-bulletin-first", read, () -> big.exportBulletin(out), big::findingsOfLatest,
                    big::restart, warm, timed, null, null, progress));
        } finally {
            big.close();
        }
        ScaleBenchmarks many = manyRounds(folder.resolve("many-rounds"), ROUNDS, ROUND_SITES, REGISTRY, ROUND_STANDARDS, progress);
        try {
            String latest = "jdbc-read-" + many.findingsOfLatest() + "-findings";
            String name = "scale-" + many.rounds().size() + "-rounds-" + many.findings() + "-findings-";
            int timed = Math.min(runs, 5);
            results.add(RunBenchmarks.compare(name + "recompute-latest-first", latest, many::recomputeLatest, many::findingsOfLatest,
                    many::restart, warm, timed, null, null, progress));
            // The dashboard's trend scores every round up to the latest, so its first open reads all of them.
            results.add(RunBenchmarks.compare(name + "dashboard-first", "jdbc-read-" + many.findings() + "-findings", many::openDashboard,
                    many::readAllFindings, many::restart, warm, timed, null, null, progress));
            results.add(RunBenchmarks.compare(name + "dashboard-again", latest, many::openDashboard, many::findingsOfLatest,
                    warm, timed, null, null, progress));
            results.add(RunBenchmarks.compare(name + "round-list", "jdbc-read-" + many.rounds().size() + "-rounds", many::listRounds,
                    () -> BareRoundRead.readAll(many.workspace), warmups, runs, null, null, progress));
        } finally {
            many.close();
        }
        return results;
    }

    /** One round of every one of {@code sites} sites, answered and approved, its failing answers raised as problems. */
    static ScaleBenchmarks bigRound(Path folder, int sites, int standards, Progress progress) throws IOException {
        return build(folder, sites, standards, 1, sites, progress);
    }

    /** {@code rounds} rounds two weeks apart, each of {@code perRound} sites drawn from {@code registry}, answered and approved. */
    static ScaleBenchmarks manyRounds(Path folder, int rounds, int perRound, int registry, int standards, Progress progress) throws IOException {
        return build(folder, registry, standards, rounds, perRound, progress);
    }

    private static ScaleBenchmarks build(Path folder, int registry, int standards, int roundCount, int perRound, Progress progress)
            throws IOException {
        Services services = new Services(Workspace.open(folder), Clock.systemUTC());
        IndicatorImportResult set = ReportBenchmarks.importSet(services, folder, standards, SITE_TYPES, "规模基准");
        List<String> types = set.tree().siteTypes();
        Instant now = Instant.now();
        ReportBenchmarks.registerSites(services, registry, types, now);
        Random random = new Random(7);
        LocalDate start = LocalDate.of(2023, 1, 2);
        List<Round> rounds = new ArrayList<>();
        int findings = 0;
        int problems = 0;
        for (int r = 0; r < roundCount; r++) {
            progress.checkCancelled();
            Round round = services.createRound().run("规模基准第" + (r + 1) + "期", set.set().id(), start.plusWeeks(2L * r),
                    start.plusWeeks(2L * r).plusDays(3), "");
            // The whole registry for a round of every site, else an even share of each type.
            int perType = perRound == registry ? registry : perRound / types.size();
            List<Quota> quotas = types.stream().map(t -> new Quota(t, null, perType)).toList();
            List<DrawnSite> drawn = services.drawRoundSample().run(round.id(), new SamplingPlan(quotas, 0, r)).drawn();
            for (int from = 0; from < drawn.size(); from += SITES_PER_WRITE) {
                List<DrawnSite> batch = drawn.subList(from, Math.min(drawn.size(), from + SITES_PER_WRITE));
                List<Finding> failing = ReportBenchmarks.answerAll(services, round, batch, false, random, now);
                ReportBenchmarks.raiseProblems(services, round, failing, now);
                problems += failing.size();
            }
            findings += BareFindingRead.readRounds(services.workspace(), List.of(round.id()));
            rounds.add(round);
            progress.update(r + 1, roundCount);
        }
        return new ScaleBenchmarks(services.workspace(), rounds, findings, problems);
    }

    /** Forgets every kept score, as a program that has just started. */
    void restart() {
        started = new Services(workspace, Clock.systemUTC());
    }

    void close() {
        workspace.close();
    }

    int findings() {
        return findings;
    }

    int problems() {
        return problems;
    }

    int sitesOfLatest() {
        return workspace.read(tx -> tx.inspections().statuses(latest().id())).size();
    }

    List<Round> rounds() {
        return rounds;
    }

    int findingsOfLatest() {
        return BareFindingRead.readRounds(workspace, List.of(latest().id()));
    }

    int readAllFindings() {
        return BareFindingRead.readRounds(workspace, rounds.stream().map(Round::id).toList());
    }

    /** The latest round's aggregates: its scores and every grouping and ranking of them. */
    void recomputeLatest() {
        ReportBenchmarks.deriveAll(started.scoreRound().only(latest().id(), ReportScope.Counted.APPROVED));
    }

    /** What the home screen does when it opens: the round list, then the dashboard of the newest round in it. */
    void openDashboard() {
        List<Round> listed = started.showRound().list();
        if (started.showDashboard().run(listed.get(listed.size() - 1).id()).isEmpty()) {
            throw new IllegalStateException("benchmark dashboard found no round");
        }
    }

    int listRounds() {
        return started.showRound().list().size();
    }

    int exportProblems(Path out) throws IOException {
        return started.exportProblemList().run(latest().id(), ReportScope.Counted.APPROVED, out, Progress.NONE);
    }

    /** The problem list beside a bare JDBC read of its rows written with bare SXSSF as they are read. */
    private BenchResult problemList(String name, Path out, Path bare, int warm, int timed, Progress progress) {
        return RunBenchmarks.compare(name, "jdbc-read-and-bare-sxssf", () -> exportProblems(out), () -> writeProblemsBare(bare), warm,
                timed, null, null, progress);
    }

    int writeProblemsBare(Path out) throws IOException {
        return BareProblemRead.write(workspace, latest().id(), java.time.LocalDate.now(), out);
    }

    /** The problem list's cells as the export lists them (one sheet). */
    List<Object[]> problemCells() {
        return ReportBenchmarks.problemCells(started, latest().id()).values().iterator().next();
    }

    int exportBulletin(Path out) throws IOException {
        return started.exportBulletin().run(latest().id(), ReportScope.Counted.APPROVED, started.changePreferences().current().listSize(), out)
                .facts();
    }

    private Round latest() {
        return rounds.get(rounds.size() - 1);
    }
}
