package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Problem;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.civicinspect.store.Workspace;

/**
 * Five staff, each on a computer of their own (a data folder and a signed-in connection), approving inspections and
 * moving the deadlines of the problems an approval raises, while the other half of the 40 teams' packages is merged
 * into the same workspace on the server. Each run times every approval before the merge starts (the baseline) and
 * while it runs, and reports the p99 of each; then checks that nothing is lost: every approval and deadline that was
 * reported saved is in the database, and the merge took in every finding of its packages.
 */
final class StaffDuringMerge {

    static final int STAFF = 5;
    private static final int RUNS = 3;
    /** Approvals each member of staff makes before the merge starts, for the baseline; the first ones untimed. */
    private static final int BEFORE_MERGE = 8;
    /** A member's first approvals prepare their connection's statements and compile the path: not what is compared. */
    private static final int UNTIMED = 2;
    /** A member of staff reads the screen before the next step: staff do not click as fast as a loop can. */
    private static final long THINK_MILLIS = 100;

    private StaffDuringMerge() {
    }

    static BenchResult run(Path folder, ScratchServer server, int runs, Progress progress) throws IOException {
        OfficesOnServer offices = new OfficesOnServer(server);
        MergeBenchmarks bench = MergeBenchmarks.build(folder, offices, progress);
        int half = MergeBenchmarks.TEAMS / 2;
        Path ready = folder.resolve("ready");
        offices.copy(bench.pristine(), ready);
        try (Services office = new Services(offices.open(ready), Clock.systemUTC())) {
            bench.mergeInto(office, bench.packages().subList(0, half), findings(bench, 0, half));
            for (int s = 0; s < STAFF; s++) {
                office.addPerson().run(name(s), "", Role.SUPERVISOR, "督查组");
            }
        }
        int timed = Math.max(1, Math.min(runs, RUNS));
        double[] during = new double[timed];
        double[] before = new double[timed];
        for (int r = 0; r < timed; r++) {
            progress.checkCancelled();
            Path copy = folder.resolve("run-" + r);
            offices.copy(ready, copy);
            double[] p99 = oneRun(bench, offices, copy, half);
            before[r] = p99[0];
            during[r] = p99[1];
            offices.done(copy);
            offices.beforeEach();
            progress.update(r + 1, timed);
        }
        return BenchResult.of("staff-approve-p99-during-merge", "approve-p99-before-merge", during, before, null, null);
    }

    /** One run on its own copy of the office: the p99 of an approval before the merge and while it runs, in ms. */
    private static double[] oneRun(MergeBenchmarks bench, OfficesOnServer offices, Path copy, int half) {
        String roundId = bench.roundId();
        List<String> completed;
        try (Services office = new Services(offices.open(copy), Clock.systemUTC())) {
            completed = office.workspace().read(tx -> tx.inspections().statuses(roundId)).entrySet().stream()
                    .filter(e -> e.getValue() == InspectionStatus.COMPLETED).map(Map.Entry::getKey).sorted().toList();
        }
        List<Services> staff = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(STAFF + 1);
        try {
            for (int s = 0; s < STAFF; s++) {
                Services member = Services.open(copy.resolveSibling(copy.getFileName() + "-staff-" + s), offices.login(copy), Clock.systemUTC());
                member.signIn().asNamed(name(s));
                staff.add(member);
            }
            List<Double> beforeMerge = Collections.synchronizedList(new ArrayList<>());
            List<Double> duringMerge = Collections.synchronizedList(new ArrayList<>());
            Map<String, Boolean> approved = new ConcurrentHashMap<>();
            Map<String, Problem> deadlines = new ConcurrentHashMap<>();
            AtomicBoolean merged = new AtomicBoolean(false);
            CountDownLatch warmedUp = new CountDownLatch(STAFF);
            CountDownLatch mergeStarted = new CountDownLatch(1);
            List<Future<?>> working = new ArrayList<>();
            for (int s = 0; s < STAFF; s++) {
                Services member = staff.get(s);
                List<String> mine = new ArrayList<>();
                for (int i = s; i < completed.size(); i += STAFF) {
                    mine.add(completed.get(i));
                }
                working.add(pool.submit(() -> {
                    int next = 0;
                    try {
                        for (; next < BEFORE_MERGE && next < mine.size(); next++) {
                            double millis = step(member, roundId, mine.get(next), approved, deadlines);
                            if (next >= UNTIMED) {
                                beforeMerge.add(millis);
                            }
                        }
                    } finally {
                        warmedUp.countDown();
                    }
                    // Every approval begun before the merge ended ran beside it.
                    mergeStarted.await();
                    for (; !merged.get() && next < mine.size(); next++) {
                        duringMerge.add(step(member, roundId, mine.get(next), approved, deadlines));
                    }
                    return null;
                }));
            }
            warmedUp.await();
            Future<?> merge = pool.submit(() -> {
                mergeStarted.countDown();
                try (Services office = new Services(offices.open(copy), Clock.systemUTC())) {
                    bench.mergeInto(office, bench.packages().subList(half, MergeBenchmarks.TEAMS), findings(bench, half, MergeBenchmarks.TEAMS));
                } finally {
                    merged.set(true);
                }
                return null;
            });
            merge.get();
            for (Future<?> member : working) {
                member.get();
            }
            nothingLost(staff.get(0), roundId, approved, deadlines, findings(bench, 0, MergeBenchmarks.TEAMS));
            if (duringMerge.isEmpty()) {
                throw new IllegalStateException("no approval was timed while the merge ran");
            }
            return new double[] {p99(beforeMerge), p99(duringMerge)};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the staff bench was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a member of staff or the merge failed", e.getCause());
        } finally {
            pool.shutdownNow();
            staff.forEach(Services::close);
        }
    }

    /**
     * One review step, timed: the inspection approved as the screen showed it; then, untimed, the deadline of one of
     * the problems the approval raised moved a week on, as the screen that lists them does next.
     */
    private static double step(Services member, String roundId, String siteId, Map<String, Boolean> approved,
                               Map<String, Problem> deadlines) throws Exception {
        Thread.sleep(THINK_MILLIS);
        int version = member.workspace().read(tx -> tx.inspections().find(roundId, siteId)).orElseThrow().version();
        double millis = RunBenchmarks.time(() -> member.reviewInspection().approve(roundId, siteId, version));
        approved.put(siteId, true);
        List<Problem> raised = member.workspace().read(tx -> tx.problems().ofRound(roundId)).stream()
                .filter(p -> p.siteId().equals(siteId)).toList();
        if (!raised.isEmpty()) {
            Problem problem = raised.get(0);
            Problem moved = member.updateProblem().changeDeadline(problem.id(), problem.deadline().plusDays(7), "基准：延期一周", null,
                    problem.version());
            deadlines.put(moved.id(), moved);
        }
        return millis;
    }

    private static void nothingLost(Services member, String roundId, Map<String, Boolean> approved, Map<String, Problem> deadlines,
                                    int findings) {
        Workspace workspace = member.workspace();
        Map<String, InspectionStatus> statuses = workspace.read(tx -> tx.inspections().statuses(roundId));
        for (String site : approved.keySet()) {
            if (statuses.get(site) != InspectionStatus.APPROVED) {
                throw new IllegalStateException("an approval reported saved is not in the database: site " + site + " is " + statuses.get(site));
            }
        }
        for (Problem written : deadlines.values()) {
            Problem stored = workspace.read(tx -> tx.problems().find(written.id())).orElseThrow();
            if (!stored.deadline().equals(written.deadline()) || stored.version() != written.version()) {
                throw new IllegalStateException("a deadline reported saved is not in the database: problem " + written.id());
            }
        }
        int stored = workspace.read(tx -> tx.findings().ofRound(roundId)).size();
        if (stored != findings) {
            throw new IllegalStateException("the merge is not whole: " + stored + " findings of " + findings);
        }
    }

    private static int findings(MergeBenchmarks bench, int from, int to) {
        return bench.findingsPerPackage().subList(from, to).stream().mapToInt(Integer::intValue).sum();
    }

    private static double p99(List<Double> millis) {
        return RunBenchmarks.percentile(millis.stream().mapToDouble(Double::doubleValue).toArray(), 0.99);
    }

    private static String name(int member) {
        return "督查员" + (member + 1);
    }
}
