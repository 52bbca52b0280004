package org.civicinspect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicinspect.bench.BareFindingWrite;
import org.civicinspect.bench.BareSiteRead;
import org.civicinspect.bench.BareWorkbookRead;
import org.civicinspect.bench.SyntheticIndicatorWorkbook;
import org.civicinspect.bench.SyntheticSiteWorkbook;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.ImportIndicatorWorkbook;
import org.civicinspect.service.library.ImportSampleIndicatorSet;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.service.library.ListIndicatorSets;
import org.civicinspect.service.sites.ImportSiteWorkbook;
import org.civicinspect.service.sites.SiteImportResult;
import org.civicinspect.store.Workspace;

/**
 * The workloads of docs/design.md §9, each timed beside its bare-library baseline in the same run. Each side is
 * warmed up, then run alternately; the median of each side is reported with their ratio.
 */
public final class RunBenchmarks {

    /** Imports timed on bare workspaces, where nobody is signed in and no device key is made. */
    private static final SignedIn NOBODY = new SignedIn(() -> null);


    public static final int IMPORT_STANDARDS = 1000;
    public static final int IMPORT_SITE_TYPES = 40;
    public static final int SITES = 20_000;
    public static final int DRAW = 300;
    public static final int ANSWERS = 4000;
    /** The p99 of a block is its 8th slowest answer: with blocks of 400 it was the 4th, and one slow moment of the disk decided it. */
    private static final int ANSWER_BLOCK = 800;
    /** Untimed answers on each side before the timed ones: the answer path is compiled before it is judged, as every workload's is. */
    private static final int ANSWER_WARMUPS = 400;

    @FunctionalInterface
    interface Timed {
        void run() throws Exception;
    }

    /** The groups of workloads, for running some of them: {@code bench --only reports}. */
    public static final List<String> GROUPS = List.of("indicators", "sites", "answers", "reports", "merge", "survey");

    /** The groups a full run leaves out, run only when named: building their data takes minutes. */
    public static final List<String> ON_REQUEST = List.of("scale");

    public List<BenchResult> run(int warmups, int runs, Progress progress) {
        return run(warmups, runs, GROUPS, progress);
    }

    /** The groups that run only on a PostgreSQL server ({@code bench --db URL}). */
    public static final List<String> SERVER_ONLY = List.of("staff", "load");

    public List<BenchResult> run(int warmups, int runs, List<String> groups, Progress progress) {
        return run(warmups, runs, groups, null, progress);
    }

    /**
     * As above; with a server, the merge group and the server's own groups run there, in scratch databases the run
     * makes and drops. The other groups are about this computer and run on it as always.
     */
    List<BenchResult> run(int warmups, int runs, List<String> groups, ScratchServer server, Progress progress) {
        Path folder = null;
        try (HeapKeptBetweenRuns kept = HeapKeptBetweenRuns.begin()) {
            folder = Files.createTempDirectory("civicinspect-bench");
            List<BenchResult> results = new ArrayList<>();
            if (groups.contains("indicators")) {
                results.add(indicatorImport(folder, warmups, runs, progress));
            }
            if (groups.contains("sites")) {
                results.addAll(siteWorkloads(folder, warmups, runs, progress));
            }
            if (groups.contains("answers")) {
                results.addAll(answerLatency(folder, progress));
            }
            if (groups.contains("reports")) {
                results.addAll(reportWorkloads(folder, warmups, runs, progress));
            }
            if (groups.contains("merge")) {
                results.add(server == null ? mergeWorkload(folder, warmups, runs, progress)
                        : mergeOnServer(folder, server, warmups, runs, progress));
            }
            if (groups.contains("survey")) {
                results.add(surveyWorkload(folder, warmups, runs, progress));
            }
            if (groups.contains("staff")) {
                results.add(StaffDuringMerge.run(folder.resolve("staff"), server, runs, progress));
            }
            if (groups.contains("load")) {
                results.add(LoadOnServer.bench(folder.resolve("load"), server, progress));
            }
            if (groups.contains("scale")) {
                results.addAll(ScaleBenchmarks.run(folder.resolve("scale"), warmups, runs, progress));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Import of a 1,000-standard indicator workbook beside a bare POI read of all its cells. */
    private static BenchResult indicatorImport(Path folder, int warmups, int runs, Progress progress) throws IOException {
        Path workbook = folder.resolve("bench-indicators.xlsx");
        SyntheticIndicatorWorkbook.write(workbook, IMPORT_STANDARDS, IMPORT_SITE_TYPES, 42);
        // Each import needs a workspace that has not seen the file; they are opened before the clock starts.
        Deque<Workspace> fresh = new ArrayDeque<>();
        for (int i = 0; i < warmups + runs; i++) {
            fresh.add(Workspace.open(folder.resolve("ws" + i)));
        }
        Timed importWorkload = () -> {
            IndicatorImportResult result = new ImportIndicatorWorkbook(fresh.pop(), Clock.systemUTC(), NOBODY).run(workbook, null, Progress.NONE);
            if (result.outcome() != IndicatorImportResult.Outcome.IMPORTED) {
                throw new IllegalStateException("benchmark import failed: " + result.errors());
            }
        };
        Timed bareRead = () -> BareWorkbookRead.readAllCells(workbook);
        // Opening those workspaces wrote several megabytes that the system writes out in its own time: each run starts
        // once it has, or an import's commit waits behind them at random.
        return compare("indicator-import-1000", "poi-read-all-cells", importWorkload, bareRead, MergeBenchmarks::flushDisks, warmups, runs, 2.0,
                null, progress);
    }

    /** Import of a 20,000-site workbook beside a bare read of it; a draw of 300 sites from 20,000 beside a bare JDBC read. */
    private static List<BenchResult> siteWorkloads(Path folder, int warmups, int runs, Progress progress) throws IOException {
        Workspace template = Workspace.open(folder.resolve("sites-template"));
        new ImportSampleIndicatorSet(new ImportIndicatorWorkbook(template, Clock.systemUTC(), NOBODY)).run(Progress.NONE);
        List<String> types = new ListIndicatorSets(template).siteTypes();
        Path workbook = folder.resolve("bench-sites.xlsx");
        SyntheticSiteWorkbook.write(workbook, SITES, types, 42);
        Deque<Workspace> fresh = new ArrayDeque<>();
        for (int i = 0; i < warmups + runs; i++) {
            Workspace workspace = Workspace.open(folder.resolve("sites" + i));
            new ImportSampleIndicatorSet(new ImportIndicatorWorkbook(workspace, Clock.systemUTC(), NOBODY)).run(Progress.NONE);
            fresh.add(workspace);
        }
        Timed importSites = () -> {
            SiteImportResult result = new ImportSiteWorkbook(fresh.pop(), Clock.systemUTC(), NOBODY).run(workbook, Progress.NONE);
            if (!result.imported() || result.added() != SITES) {
                throw new IllegalStateException("benchmark site import failed: " + result.errors());
            }
        };
        BenchResult importResult = compare("site-import-20000", "poi-stream-all-cells", importSites, () -> BareWorkbookStream.readAllCells(workbook),
                Math.min(warmups, 2), runs, null, null, progress);

        Services services = new Services(Workspace.open(folder.resolve("draw")), Clock.systemUTC());
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(workbook, Progress.NONE);
        services.createRound().run("基准测试轮次", "latest", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 5), "");
        List<Quota> quotas = types.stream().map(t -> new Quota(t, null, DRAW / types.size() + 1)).toList();
        long[] seed = {1};
        Timed draw = () -> {
            int drawn = services.drawRoundSample().run("基准测试轮次", new SamplingPlan(quotas, 0, seed[0]++)).drawn().size();
            if (drawn < DRAW) {
                throw new IllegalStateException("benchmark draw gave " + drawn + " sites");
            }
        };
        Timed bareSelect = () -> BareSiteRead.readAll(services.workspace());
        BenchResult drawResult = compare("draw-300-of-20000", "jdbc-read-all-sites", draw, bareSelect, warmups, runs, null, 100.0, progress);
        return List.of(importResult, drawResult);
    }

    /**
     * Answer-to-saved latency over 4,000 answers through {@link RecordFinding}, beside a bare JDBC upsert and commit
     * of the same row, answer by answer in the same run: the p50 and the p99 (which has the target). Both sides are
     * first warmed up on a round of their own, so that the timed answers are the same whether or not they warm up.
     */
    private static List<BenchResult> answerLatency(Path folder, Progress progress) {
        Services services = new Services(Workspace.open(folder.resolve("answers")), Clock.systemUTC());
        services.importSampleIndicatorSet().run(Progress.NONE);
        List<String> types = services.listIndicatorSets().siteTypes();
        List<org.civicinspect.model.Site> sites = SyntheticSiteWorkbook.sites(20, types, 3).stream()
                .map(s -> new org.civicinspect.model.Site(null, s.name(), s.siteType(), s.district(), s.street(), s.community(), s.address(),
                        s.responsibleUnit(), s.partnerUnit(), s.latitude(), s.longitude(), true, true)).toList();
        for (org.civicinspect.model.Site site : sites) {
            services.saveSite().run(site);
        }
        AnswerRound warmup = AnswerRound.create(services, "答题预热", "warm-");
        AnswerRound timed = AnswerRound.create(services, "答题延迟", "bench-");
        for (int i = 0; i < ANSWER_WARMUPS; i++) {
            progress.checkCancelled();
            warmup.baseline(services, i);
            warmup.workload(services, i);
        }
        int answers = ANSWERS;
        double[] workload = new double[answers];
        double[] baseline = new double[answers];
        for (int i = 0; i < answers; i++) {
            progress.checkCancelled();
            int n = i;
            try {
                // The sides take turns going first, as in every other workload.
                if (i % 2 == 0) {
                    baseline[i] = time(() -> timed.baseline(services, n));
                    workload[i] = time(() -> timed.workload(services, n));
                } else {
                    workload[i] = time(() -> timed.workload(services, n));
                    baseline[i] = time(() -> timed.baseline(services, n));
                }
            } catch (Exception e) {
                throw new IllegalStateException("answer benchmark failed", e);
            }
            if (i % 100 == 0) {
                progress.update(i, answers);
            }
        }
        // The answers are judged in blocks of 800, so the p99 has a spread like the other workloads' runs.
        int blocks = answers / ANSWER_BLOCK;
        double[][] percentiles = new double[4][blocks];
        for (int b = 0; b < blocks; b++) {
            double[] w = Arrays.copyOfRange(workload, b * ANSWER_BLOCK, (b + 1) * ANSWER_BLOCK);
            double[] s = Arrays.copyOfRange(baseline, b * ANSWER_BLOCK, (b + 1) * ANSWER_BLOCK);
            percentiles[0][b] = percentile(w, 0.5);
            percentiles[1][b] = percentile(s, 0.5);
            percentiles[2][b] = percentile(w, 0.99);
            percentiles[3][b] = percentile(s, 0.99);
        }
        return List.of(BenchResult.of("answer-saved-p50", "jdbc-commit-p50", percentiles[0], percentiles[1], null, null),
                BenchResult.of("answer-saved-p99", "jdbc-commit-p99", percentiles[2], percentiles[3], 2.0, null));
    }

    /**
     * Every aggregate of 12 rounds recomputed from the workspace beside a bare read of the finding rows; the problem
     * list (about 50,000 problems) beside a bare JDBC read of its rows written with bare SXSSF as they are read, and
     * beside a bare SXSSF write of its cells already in memory (the writer alone); the site sheets (2,000 sites) beside
     * a bare SXSSF write of their cells.
     */
    private static List<BenchResult> reportWorkloads(Path folder, int warmups, int runs, Progress progress) throws IOException {
        ReportBenchmarks bench = ReportBenchmarks.build(folder.resolve("reports"), progress);
        Path out = folder.resolve("report-out.xlsx");
        Path bare = folder.resolve("report-bare.xlsx");
        int findings = bench.findingsOfTheTwelveRounds();
        BenchResult recompute = compare("recompute-12-rounds", "jdbc-read-" + findings + "-findings", bench::recomputeEverything,
                bench::readEveryFinding, Math.min(warmups, 2), runs, null, 1000.0, progress);
        List<BenchResult> problemLists = problemListWorkloads(bench, out, bare, warmups, runs, progress);
        Map<String, List<Object[]>> siteCells = bench.siteCells();
        BenchResult siteSheets = compare("report-sites-" + siteCells.size(), "bare-sxssf-same-cells", () -> bench.exportSites(out),
                () -> bench.writeBare(siteCells, bare), Math.min(warmups, 1), Math.min(runs, 5), 1.5, null, progress);
        return List.of(recompute, problemLists.get(0), problemLists.get(1), siteSheets);
    }

    /**
     * The problem list, whole and writer only. Its cells are held only here, so that the site sheets after it are not
     * timed in a heap still holding them.
     */
    private static List<BenchResult> problemListWorkloads(ReportBenchmarks bench, Path out, Path bare, int warmups, int runs,
                                                          Progress progress) throws IOException {
        Map<String, List<Object[]>> problemCells = bench.problemCells();
        int problems = problemCells.values().iterator().next().size();
        // The export reads the problems from the workspace as it writes them, so its baseline reads them too (bare JDBC)
        // before writing them; compared with a write of cells already in memory, every reading the export does counted
        // against it, and more so the busier the machine (its reading overlaps its writing only on a free core).
        BenchResult problemList = compare("report-problems-" + problems, "jdbc-read-and-bare-sxssf", () -> bench.exportProblems(out),
                () -> bench.readAndWriteBare(bare), Math.min(warmups, 1), Math.min(runs, 5), 1.5, null, progress);
        List<org.civicinspect.excel.ProblemListWriter.Problem> problemsRead = bench.problems();
        BenchResult problemWriter = compare("report-problems-write-only", "bare-sxssf-same-cells", () -> bench.writeProblems(problemsRead, out),
                () -> bench.writeBare(problemCells, bare), Math.min(warmups, 1), Math.min(runs, 5), null, null, progress);
        return List.of(problemList, problemWriter);
    }

    /** A drawn round whose standards are answered in turn, each answer by the program and by a bare JDBC write. */
    private record AnswerRound(String roundId, List<String[]> targets, String barePrefix) {

        static AnswerRound create(Services services, String name, String barePrefix) {
            org.civicinspect.model.Round round = services.createRound().run(name, "latest", java.time.LocalDate.of(2026, 1, 1),
                    java.time.LocalDate.of(2026, 1, 2), "");
            List<org.civicinspect.model.DrawnSite> drawn = services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1)).drawn();
            List<String[]> targets = new ArrayList<>();
            for (org.civicinspect.model.DrawnSite site : drawn) {
                for (org.civicinspect.model.Standard standard : services.openInspection().run(round.id(), site.site().id()).standards()) {
                    targets.add(new String[] {site.site().id(), standard.code(), standard.scoring().mode().name()});
                }
            }
            return new AnswerRound(round.id(), targets, barePrefix);
        }

        void baseline(Services services, int i) {
            String[] target = targets.get(i % targets.size());
            BareFindingWrite.write(services.workspace(), barePrefix + (i % targets.size()), roundId, target[0], barePrefix + target[1], i);
        }

        void workload(Services services, int i) {
            String[] target = targets.get(i % targets.size());
            org.civicinspect.model.Answer answer = switch (org.civicinspect.model.ScoringMode.valueOf(target[2])) {
                case BINARY -> i % 2 == 0 ? org.civicinspect.model.Answer.met() : org.civicinspect.model.Answer.notApplicable();
                case GRADED -> org.civicinspect.model.Answer.violations(i % 4);
                case DEDUCTION -> org.civicinspect.model.Answer.occurrences(i % 3);
            };
            services.recordFinding().answer(roundId, target[0], target[1], answer, "bench");
        }
    }

    /** A workspace with a drawn, assigned round of two sites whose checklists have about {@code standards} standards. */
    public record ChecklistFixture(Services services, org.civicinspect.model.Round round, List<ListTeamSites.ListedSite> sites,
                                   long standards) {
    }

    public static ChecklistFixture checklistFixture(Path folder, int standards) throws IOException {
        Services services = Services.open(folder, Clock.systemUTC());
        Path book = folder.resolve("set.xlsx");
        // 1,000 standards spread over 12 types give each type about 200.
        SyntheticIndicatorWorkbook.write(book, 1000, 12, 5);
        IndicatorImportResult set = services.importIndicatorWorkbook().run(book, "屏幕基准", Progress.NONE);
        org.civicinspect.model.IndicatorTree tree = set.tree();
        String type = tree.siteTypes().stream()
                .min(Comparator.comparingLong(t -> Math.abs(tree.standards().filter(s -> s.appliesTo(t)).count() - standards))).orElseThrow();
        for (String name : List.of("甲点位", "乙点位")) {
            services.saveSite().run(new org.civicinspect.model.Site(null, name, type, "基准区", "基准街道", "", "", "", "", null, null, true, true));
        }
        services.addPerson().run("测评员", "", org.civicinspect.model.Role.INSPECTOR, "基准组");
        org.civicinspect.model.Round round = services.createRound().run("屏幕基准", set.set().id(), java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 1, 2), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        services.assignTeams().run(round.id(), List.of());
        return new ChecklistFixture(services, round, services.listTeamSites().run(round.id(), null),
                tree.standards().filter(s -> s.appliesTo(type)).count());
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** How many times the warm-ups asked for the merge may take while the compiler is still at work on its code. */
    private static final int MERGE_WARMUPS_AT_MOST = 4;

    /** 40 result packages merged into an office beside a bare JDBC batch insert of their finding rows and a bare copy of their photos. */
    private static BenchResult mergeWorkload(Path folder, int warmups, int runs, Progress progress) throws IOException {
        MergeBenchmarks bench = MergeBenchmarks.build(folder.resolve("merge"), progress);
        // The compiler works on the merge's code for longer than on any other group's: after five warm-ups it still
        // spent about a second compiling in each pair, on the two cores both sides run on. Up to four times as many
        // warm-ups, until it is done.
        int mostWarm = warmups * MERGE_WARMUPS_AT_MOST;
        // Nine pairs rather than five: the disk is shared, and one slow moment in five runs moves the median.
        int timed = Math.min(runs, 9);
        bench.prepare(mostWarm + timed);
        // Both sides write thousands of files; each starts once the system has written out what the run before left
        // in its cache, so neither pays for the other's writes.
        return compare("merge-" + MergeBenchmarks.TEAMS + "-packages-" + bench.findings() + "-findings-" + bench.photos() + "-photos",
                "jdbc-batch-insert-and-photo-copy", bench::merge, bench::bare, bench::beforeEach, warmups, mostWarm, timed, 2.0, null, progress);
    }

    /**
     * The same 40 packages merged into an office workspace on the server, beside a bare JDBC batch insert of their
     * finding rows and their photos' bytes into a copy of the same office on the same server.
     */
    private static BenchResult mergeOnServer(Path folder, ScratchServer server, int warmups, int runs, Progress progress) throws IOException {
        MergeBenchmarks bench = MergeBenchmarks.build(folder.resolve("merge-on-server"), new OfficesOnServer(server), progress);
        int mostWarm = warmups * MERGE_WARMUPS_AT_MOST;
        int timed = Math.min(runs, 9);
        bench.prepare(mostWarm + timed);
        return compare("merge-" + MergeBenchmarks.TEAMS + "-packages-on-server", "jdbc-batch-insert-on-server", bench::merge, bench::bare,
                bench::beforeEach, warmups, mostWarm, timed, 2.0, null, progress);
    }

    /** The survey of a round of 20,000 interviews × 40 questions scored beside a bare JDBC read of its answer rows. */
    private static BenchResult surveyWorkload(Path folder, int warmups, int runs, Progress progress) {
        SurveyBenchmark bench = SurveyBenchmark.build(folder.resolve("survey"), progress);
        return compare("survey-score-" + SurveyBenchmark.INTERVIEWS + "-interviews-" + SurveyBenchmark.QUESTIONS + "-questions",
                "jdbc-read-" + bench.answers() + "-answers", bench::score, bench::readBare, warmups, runs, 3.0, null, progress);
    }

    static BenchResult compare(String name, String baselineName, Timed workload, Timed baseline, int warmups, int runs,
                                  Double targetRatio, Double targetMillis, Progress progress) {
        return compare(name, baselineName, workload, baseline, () -> { }, warmups, runs, targetRatio, targetMillis, progress);
    }

    /**
     * As above, with {@code beforeEach} run (untimed) before every timed run of either side. The warm-ups are not
     * counted; each timed pair is judged by its own ratio.
     */
    static BenchResult compare(String name, String baselineName, Timed workload, Timed baseline, Timed beforeEach, int warmups, int runs,
                          Double targetRatio, Double targetMillis, Progress progress) {
        return compare(name, baselineName, workload, baseline, beforeEach, warmups, warmups, runs, targetRatio, targetMillis, progress);
    }

    /**
     * As above, warmed up with at least {@code warmups} pairs and then, up to {@code mostWarmups} in all, for as long as
     * the compiler still spent more than {@link #COMPILER_SETTLED} of the last pair compiling: a workload whose code is
     * still being compiled in its timed runs pays for the compiler's work on the same two cores, and the merge's code
     * took the compiler about a second per pair after five warm-ups.
     */
    static BenchResult compare(String name, String baselineName, Timed workload, Timed baseline, Timed beforeEach, int warmups,
                               int mostWarmups, int runs, Double targetRatio, Double targetMillis, Progress progress) {
        try {
            boolean compiling = true;
            for (int i = 0; i < warmups || compiling && i < mostWarmups; i++) {
                compiling = compilerBusyDuring(() -> {
                    workload.run();
                    baseline.run();
                });
            }
            double[] workloadTimes = new double[runs];
            double[] baselineTimes = new double[runs];
            for (int i = 0; i < runs; i++) {
                progress.checkCancelled();
                // The sides take turns going first, so that neither always runs in what the other left behind (its
                // garbage, its file cache, the system's writes of its files) nor always on a fresher machine.
                if (i % 2 == 0) {
                    baselineTimes[i] = timeFromCleanHeap(beforeEach, baseline);
                    workloadTimes[i] = timeFromCleanHeap(beforeEach, workload);
                } else {
                    workloadTimes[i] = timeFromCleanHeap(beforeEach, workload);
                    baselineTimes[i] = timeFromCleanHeap(beforeEach, baseline);
                }
                progress.update(i + 1, runs);
            }
            return BenchResult.of(name, baselineName, workloadTimes, baselineTimes, targetRatio, targetMillis);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark " + name + " failed", e);
        }
    }

    /** Below this share of a warm-up pair spent compiling, the compiler is taken to be done with both sides' code. */
    static final double COMPILER_SETTLED = 0.1;

    /** Runs {@code pair} and says whether the compiler spent more than {@link #COMPILER_SETTLED} of its time compiling. */
    private static boolean compilerBusyDuring(Timed pair) throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        boolean known = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long compiledBefore = known ? compiler.getTotalCompilationTime() : 0;
        double took = time(pair);
        return known && compiler.getTotalCompilationTime() - compiledBefore > COMPILER_SETTLED * took;
    }

    /**
     * Times a run that starts with the garbage of the runs before it collected (untimed), as JMH does between
     * iterations: otherwise a collection owed by one side lands at random on the other, and the ratios swing with it.
     * Each run still pays for the collections its own garbage needs. The collection keeps the heap as large as it
     * was ({@link HeapKeptBetweenRuns}).
     */
    private static double timeFromCleanHeap(Timed beforeEach, Timed timed) throws Exception {
        beforeEach.run();
        System.gc();
        return time(timed);
    }

    static double time(Timed timed) throws Exception {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
