package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Problem;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.packages.PackagePreview;
import org.civicinspect.store.DatabaseTrouble;
import org.civicinspect.store.ServerLogin;

/**
 * The load workload: 20 clients, each a computer of its own signed in to one workspace on a server on this computer,
 * for a bounded time doing what an office does on a busy day: answers (in a round being inspected), approvals of
 * inspections and deadline moves of problems (each as a screen showed it, so a colleague's change in between is
 * refused by its version), and merges of small result packages. A client refused by a version, or turned back by a
 * busy or deadlocked database, counts it; the busy ones are retried. Afterwards nothing may be lost (every write
 * reported saved is there with its value, or a later saved write of the same row, by its version, is), every client
 * must have ended, and {@code verify} must find the audit chain whole.
 */
final class LoadOnServer {

    static final int CLIENTS = 20;
    static final Duration BENCH_LENGTH = Duration.ofMinutes(1);
    /** 40 teams of 3 sites, one photo a site: the packages merged under load are small. */
    private static final MergeBenchmarks.Size SIZE = new MergeBenchmarks.Size(40, 120, 120, 120);
    private static final int ANSWERED_SITES = 20;
    /** Time between reading a row and deciding on it, as on a screen: long enough for a colleague to change it first. */
    private static final long LOOK_MILLIS = 20;
    private static final int BUSY_RETRIES = 10;
    private static final int BLOCKS = 5;
    private static final java.util.Set<String> ALREADY_DECIDED = java.util.Set.of("review.notCompleted", "problem.closed");

    /** What the clients did and what the check found; {@code stepMillis} in the order the steps ended. */
    record Outcome(Map<String, Long> counts, double[] stepMillis) {
    }

    private LoadOnServer() {
    }

    /**
     * The workload in {@code bench --db}: one client alone (the baseline) for a sixth of the time, then 20 at once for a
     * minute; the p99 of a step in blocks of the run, and the counts.
     */
    static BenchResult bench(Path folder, ScratchServer server, Progress progress) throws IOException {
        if (!server.onThisComputer()) {
            throw new RequestRefused("cli.bench.loadOnlyHere", server.host());
        }
        Outcome alone = run(folder.resolve("alone"), server, 1, BENCH_LENGTH.dividedBy(6), progress);
        Outcome busy = run(folder.resolve("busy"), server, CLIENTS, BENCH_LENGTH, progress);
        int blocks = Math.max(1, Math.min(BLOCKS, Math.min(alone.stepMillis().length, busy.stepMillis().length) / 100));
        return BenchResult.of("load-" + CLIENTS + "-clients-step-p99", "one-client-step-p99", blockP99(busy.stepMillis(), blocks),
                blockP99(alone.stepMillis(), blocks), null, null).withCounts(busy.counts());
    }

    /** Runs {@code clients} for {@code length} on a scratch database of their own, checks what they did, and drops it. */
    static Outcome run(Path folder, ScratchServer server, int clients, Duration length, Progress progress) throws IOException {
        return run(folder, server, SIZE, clients, length, progress);
    }

    /** As above, on an office of that size: a test's few seconds need fewer packages than a minute does. */
    static Outcome run(Path folder, ScratchServer server, MergeBenchmarks.Size size, int clients, Duration length, Progress progress)
            throws IOException {
        OfficesOnServer offices = new OfficesOnServer(server);
        MergeBenchmarks bench = MergeBenchmarks.build(folder, offices, size, progress);
        ServerLogin database = offices.login(bench.pristine());
        Day day = Day.prepare(bench, offices, size);
        List<Services> signedIn = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            // Each client signs in on its own computer at once (a new one makes its device key), then all start together.
            CountDownLatch ready = new CountDownLatch(clients);
            long[] until = new long[1];
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> ended = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int number = c;
                ended.add(pool.submit(() -> {
                    Services services;
                    try {
                        services = Services.open(folder.resolve("client-" + number), database, Clock.systemUTC());
                        signedIn.add(services);
                        services.signIn().asNamed(Day.supervisor(number % Day.SUPERVISORS));
                    } finally {
                        ready.countDown();
                    }
                    start.await();
                    new Client(services, day, new Random(number), until[0]).work();
                    return null;
                }));
            }
            ready.await();
            until[0] = System.nanoTime() + length.toNanos();
            start.countDown();
            long unresolved = 0;
            for (Future<?> client : ended) {
                try {
                    client.get(length.toMillis() + Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    unresolved++;
                }
            }
            if (unresolved > 0) {
                throw new IllegalStateException(unresolved + " of " + clients + " clients never ended: a deadlock was left unresolved");
            }
            Services anyone = signedIn.get(0);
            day.nothingLost(anyone);
            if (!anyone.verifyWorkspace().run().sound()) {
                throw new IllegalStateException("verify does not find the audit chain whole after the load");
            }
            return new Outcome(day.counts(clients), day.stepMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the load was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        } finally {
            pool.shutdownNow();
            signedIn.forEach(Services::close);
            server.drop(database);
        }
    }

    /** The p99 of each block of the steps, in the order they ended: the spread says how steady the load was. */
    private static double[] blockP99(double[] steps, int blocks) {
        double[] p99 = new double[blocks];
        int per = steps.length / blocks;
        for (int b = 0; b < blocks; b++) {
            p99[b] = RunBenchmarks.percentile(Arrays.copyOfRange(steps, b * per, b == blocks - 1 ? steps.length : (b + 1) * per), 0.99);
        }
        return p99;
    }

    /**
     * The office's day, shared by the clients: the round being reviewed (half its teams' packages taken in), the other
     * half's packages still to take in, a second round being answered, and every write the clients were told was saved.
     */
    private static final class Day {

        static final int SUPERVISORS = 5;

        final MergeBenchmarks bench;
        final String reviewedRound;
        final String answeredRound;
        final List<String[]> answerTargets;
        final List<String> toReview;
        final Queue<Integer> toMerge = new ConcurrentLinkedQueue<>();
        final Map<String, Finding> answers = new ConcurrentHashMap<>();
        final Map<String, Problem> deadlines = new ConcurrentHashMap<>();
        final Map<String, Boolean> approved = new ConcurrentHashMap<>();
        final Map<Integer, Boolean> merged = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> counted = new ConcurrentHashMap<>();
        final List<double[]> steps = Collections.synchronizedList(new ArrayList<>());
        final int findingsBefore;

        private Day(MergeBenchmarks bench, String answeredRound, List<String[]> answerTargets, List<String> toReview, int findingsBefore,
                    int firstToMerge, int teams) {
            this.bench = bench;
            this.reviewedRound = bench.roundId();
            this.answeredRound = answeredRound;
            this.answerTargets = answerTargets;
            this.toReview = toReview;
            this.findingsBefore = findingsBefore;
            for (int t = firstToMerge; t < teams; t++) {
                toMerge.add(t);
            }
        }

        static Day prepare(MergeBenchmarks bench, OfficesOnServer offices, MergeBenchmarks.Size size) {
            int half = size.teams() / 2;
            int before = bench.findingsPerPackage().subList(0, half).stream().mapToInt(Integer::intValue).sum();
            try (Services office = new Services(offices.open(bench.pristine()), Clock.systemUTC())) {
                bench.mergeInto(office, bench.packages().subList(0, half), before);
                for (int s = 0; s < SUPERVISORS; s++) {
                    office.addPerson().run(supervisor(s), "", Role.SUPERVISOR, "督查组");
                }
                Round answered = office.createRound().run("负载答题轮次", bench.indicatorSetId(), LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 3), "");
                List<String[]> targets = new ArrayList<>();
                List<org.civicinspect.model.Quota> quotas = office.listIndicatorSets().siteTypes().stream()
                        .map(type -> new org.civicinspect.model.Quota(type, null, 3)).toList();
                office.drawRoundSample().run(answered.id(), new SamplingPlan(quotas, 0, 1)).drawn().stream().limit(ANSWERED_SITES)
                        .forEach(site -> office.openInspection().run(answered.id(), site.site().id()).standards().forEach(standard ->
                                targets.add(new String[] {site.site().id(), standard.code(), standard.scoring().mode().name()})));
                List<String> completed = office.workspace().read(tx -> tx.inspections().statuses(bench.roundId())).entrySet().stream()
                        .filter(e -> e.getValue() == InspectionStatus.COMPLETED).map(Map.Entry::getKey).sorted().toList();
                return new Day(bench, answered.id(), targets, completed, before, half, size.teams());
            }
        }

        static String supervisor(int s) {
            return "负载督查员" + (s + 1);
        }

        void count(String what) {
            counted.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        }

        Map<String, Long> counts(int clients) {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("clients", (long) clients);
            for (String what : List.of("answers", "approvals", "deadline-moves", "merges", "changed-meanwhile", "busy-retries",
                    "already-decided")) {
                counts.put(what, counted.getOrDefault(what, new AtomicLong()).get());
            }
            counts.put("lost-updates", 0L);
            return counts;
        }

        double[] stepMillis() {
            synchronized (steps) {
                return steps.stream().sorted((a, b) -> Double.compare(a[0], b[0])).mapToDouble(s -> s[1]).toArray();
            }
        }

        /** Keeps the write with the higher version of the same row: a later write the clients knew of by its version. */
        void answered(Finding f) {
            answers.merge(f.roundId() + "/" + f.siteId() + "/" + f.standardCode(), f, (a, b) -> a.version() >= b.version() ? a : b);
        }

        void moved(Problem p) {
            deadlines.merge(p.id(), p, (a, b) -> a.version() >= b.version() ? a : b);
        }

        /**
         * Every write reported saved is in the database with the value written, or was superseded by a later saved one
         * (a higher version of the same row); every approval stands; every merged package is there whole.
         */
        void nothingLost(Services services) {
            for (Finding written : answers.values()) {
                Finding stored = services.workspace().read(tx -> tx.findings().find(written.roundId(), written.siteId(), written.standardCode()))
                        .orElseThrow(() -> new IllegalStateException("an answer reported saved is not in the database: " + written.id()));
                if (stored.version() != written.version() || !stored.answer().equals(written.answer())) {
                    throw new IllegalStateException("lost update: answer " + written.id() + " is " + stored.answer() + " v" + stored.version()
                            + ", the last saved was " + written.answer() + " v" + written.version());
                }
            }
            for (Problem written : deadlines.values()) {
                Problem stored = services.workspace().read(tx -> tx.problems().find(written.id())).orElseThrow();
                if (stored.version() != written.version() || !stored.deadline().equals(written.deadline())) {
                    throw new IllegalStateException("lost update: problem " + written.id() + " has the deadline " + stored.deadline()
                            + " v" + stored.version() + ", the last saved was " + written.deadline() + " v" + written.version());
                }
            }
            Map<String, InspectionStatus> statuses = services.workspace().read(tx -> tx.inspections().statuses(reviewedRound));
            for (String site : approved.keySet()) {
                if (statuses.get(site) != InspectionStatus.APPROVED) {
                    throw new IllegalStateException("lost update: an approval reported saved is not in the database (site " + site + ")");
                }
            }
            int expected = findingsBefore + merged.keySet().stream().mapToInt(t -> bench.findingsPerPackage().get(t)).sum();
            int stored = services.workspace().read(tx -> tx.findings().ofRound(reviewedRound)).size();
            if (stored != expected) {
                throw new IllegalStateException("a merge is not whole: " + stored + " findings of " + expected);
            }
        }
    }

    /** One member of staff at a computer of their own, working until the time is up. */
    private static final class Client {

        private final Services services;
        private final Day day;
        private final Random random;
        private final long until;

        Client(Services services, Day day, Random random, long until) {
            this.services = services;
            this.day = day;
            this.random = random;
            this.until = until;
        }

        void work() throws InterruptedException {
            while (System.nanoTime() < until) {
                int pick = random.nextInt(20);
                long start = System.nanoTime();
                boolean done = pick < 8 ? answer() : pick < 13 ? approve() : pick < 18 ? moveDeadline() : merge();
                if (done) {
                    day.steps.add(new double[] {System.nanoTime(), (System.nanoTime() - start) / 1e6});
                }
            }
        }

        private boolean answer() throws InterruptedException {
            String[] target = day.answerTargets.get(random.nextInt(day.answerTargets.size()));
            Answer answer = switch (org.civicinspect.model.ScoringMode.valueOf(target[2])) {
                case BINARY -> random.nextBoolean() ? Answer.met() : Answer.notMet();
                case GRADED -> Answer.violations(random.nextInt(4));
                case DEDUCTION -> Answer.occurrences(random.nextInt(3));
            };
            Optional<Finding> saved = retried(() -> services.recordFinding().answer(day.answeredRound, target[0], target[1], answer, null));
            saved.ifPresent(f -> {
                day.answered(f);
                day.count("answers");
            });
            return saved.isPresent();
        }

        private boolean approve() throws InterruptedException {
            String site = day.toReview.get(random.nextInt(day.toReview.size()));
            var shown = services.workspace().read(tx -> tx.inspections().find(day.reviewedRound, site)).orElseThrow();
            if (shown.status() != InspectionStatus.COMPLETED) {
                return false;
            }
            Thread.sleep(LOOK_MILLIS);
            Optional<Boolean> saved = retried(() -> {
                services.reviewInspection().approve(day.reviewedRound, site, shown.version());
                return true;
            });
            saved.ifPresent(ok -> {
                day.approved.put(site, true);
                day.count("approvals");
            });
            return saved.isPresent();
        }

        private boolean moveDeadline() throws InterruptedException {
            List<Problem> open = services.workspace().read(tx -> tx.problems().ofRound(day.reviewedRound)).stream()
                    .filter(p -> p.status().open() && p.deadline() != null).toList();
            if (open.isEmpty()) {
                return false;
            }
            Problem shown = open.get(random.nextInt(open.size()));
            Thread.sleep(LOOK_MILLIS);
            LocalDate deadline = shown.deadline().plusDays(1 + random.nextInt(30));
            Optional<Problem> saved = retried(() -> services.updateProblem().changeDeadline(shown.id(), deadline, "负载：延期", null, shown.version()));
            saved.ifPresent(p -> {
                day.moved(p);
                day.count("deadline-moves");
            });
            return saved.isPresent();
        }

        private boolean merge() throws InterruptedException {
            Integer team = day.toMerge.poll();
            if (team == null) {
                return answer();
            }
            Optional<List<PackagePreview>> saved = retried(() -> services.importPackage().run(List.of(day.bench.packages().get(team)),
                    new ImportOptions(null, day.bench.teamKeys())));
            saved.ifPresent(previews -> {
                int added = previews.stream().mapToInt(PackagePreview::added).sum();
                if (added != day.bench.findingsPerPackage().get(team)) {
                    throw new IllegalStateException("the package of team " + team + " added " + added + " findings");
                }
                day.merged.put(team, true);
                day.count("merges");
            });
            return saved.isPresent();
        }

        /**
         * The write, retried while the database is busy (a lock, a serialisation failure or a deadlock); empty when
         * refused by a version (a colleague changed the row since it was shown) or because it is already decided.
         */
        private <T> Optional<T> retried(java.util.concurrent.Callable<T> write) throws InterruptedException {
            for (int attempt = 0; ; attempt++) {
                try {
                    return Optional.of(write.call());
                } catch (ChangedMeanwhile e) {
                    day.count("changed-meanwhile");
                    return Optional.empty();
                } catch (RequestRefused e) {
                    // Approved or closed by a colleague before this client's screen knew it; anything else is a failure.
                    if (!ALREADY_DECIDED.contains(e.messageKey())) {
                        throw e;
                    }
                    day.count("already-decided");
                    return Optional.empty();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    if (!busy(e) || attempt >= BUSY_RETRIES) {
                        throw new IllegalStateException("a client's write failed", e);
                    }
                    day.count("busy-retries");
                    Thread.sleep(10L << Math.min(attempt, 5));
                }
            }
        }

        private static boolean busy(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && DatabaseTrouble.of(sql).filter(DatabaseTrouble.BUSY::equals).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }
}
