package org.civicinspect.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.civicinspect.excel.BareWorkbookRead;
import org.civicinspect.excel.SyntheticIndicatorWorkbook;
import org.civicinspect.model.Progress;
import org.civicinspect.store.Workspace;

/**
 * The workloads of DESIGN.md §7, each timed beside its bare-library baseline in the same run. Each side is
 * warmed up, then run alternately; the median of each side is reported with their ratio.
 */
public final class RunBenchmarks {

    public static final int IMPORT_STANDARDS = 1000;
    public static final int IMPORT_SITE_TYPES = 40;

    public record Result(String workload, String baseline, double workloadMillis, double baselineMillis, double ratio,
                         double target, int runs) {
        public boolean meetsTarget() {
            return ratio <= target;
        }
    }

    @FunctionalInterface
    interface Timed {
        void run() throws Exception;
    }

    public List<Result> run(int warmups, int runs, Progress progress) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("civicinspect-bench");
            Path workbook = folder.resolve("bench-indicators.xlsx");
            SyntheticIndicatorWorkbook.write(workbook, IMPORT_STANDARDS, IMPORT_SITE_TYPES, 42);
            // Each import needs a workspace that has not seen the file; they are opened before the clock starts.
            Deque<Workspace> fresh = new ArrayDeque<>();
            for (int i = 0; i < warmups + runs; i++) {
                fresh.add(Workspace.open(folder.resolve("ws" + i)));
            }
            Timed importWorkload = () -> {
                IndicatorImportResult result = new ImportIndicatorWorkbook(fresh.pop(), Clock.systemUTC()).run(workbook, null, Progress.NONE);
                if (result.outcome() != IndicatorImportResult.Outcome.IMPORTED) {
                    throw new IllegalStateException("benchmark import failed: " + result.errors());
                }
            };
            Timed bareRead = () -> BareWorkbookRead.readAllCells(workbook);
            List<Result> results = new ArrayList<>();
            results.add(compare("indicator-import-1000", "poi-read-all-cells", importWorkload, bareRead, warmups, runs, 2.0, progress));
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Result compare(String name, String baselineName, Timed workload, Timed baseline, int warmups, int runs,
                                  double target, Progress progress) {
        try {
            for (int i = 0; i < warmups; i++) {
                workload.run();
                baseline.run();
            }
            double[] workloadTimes = new double[runs];
            double[] baselineTimes = new double[runs];
            for (int i = 0; i < runs; i++) {
                progress.checkCancelled();
                baselineTimes[i] = time(baseline);
                workloadTimes[i] = time(workload);
                progress.update(i + 1, runs);
            }
            double w = median(workloadTimes);
            double b = median(baselineTimes);
            return new Result(name, baselineName, round(w), round(b), Math.round(w / b * 100) / 100.0, target, runs);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark " + name + " failed", e);
        }
    }

    private static double time(Timed timed) throws Exception {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
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
