package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.rounds.ScopeOfRound;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.civicinspect.excel.ProblemListWriter;
import java.time.Clock;
import java.time.ZoneId;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemPlace;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rectification.ChangeRectificationRules;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.FindingRepository;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * {@code report problems}: a round's 问题清单, grouped by 责任单位, photos embedded. It lists the problem records, as
 * {@code problems list} shows them: the problems the round raised and the earlier ones whose recheck in it failed, each
 * with its current status, deadline, 督办等级 (as of today) and what happened to it (复发, failed rechecks, deadline
 * changes); the description and photos are those of the round's finding. Problems exist only once an inspection is
 * approved; asked to include unreviewed inspections, the list adds the failing findings of completed ones waiting
 * for review, marked 待审核（未立案） with no deadline. The problems from other sources raised during the round's dates
 * are listed with their unit's, with their own description and photos; each row names its source (来源), and the list
 * may be cut to one source.
 */
public final class ExportProblemList {

    private final Workspace workspace;
    private final Checklists checklists;
    private final AddPhoto photos;
    private final ScopeOfRound scopeOfRound;
    private final SignedIn signedIn;
    private final ChangeRectificationRules rules;
    private final Clock clock;

    public ExportProblemList(Workspace workspace, Checklists checklists, AddPhoto photos, ScopeOfRound scopeOfRound, SignedIn signedIn,
                             ChangeRectificationRules rules, Clock clock) {
        this.scopeOfRound = scopeOfRound;
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.checklists = checklists;
        this.photos = photos;
        this.rules = rules;
        this.clock = clock;
    }

    /** Every row the round's list can show (its problems and the failing findings waiting for review), in list order. */
    public List<ProblemListWriter.Problem> problems(String roundReference) {
        return problems(roundReference, ReportScope.Counted.WITH_UNREVIEWED);
    }

    /** The round's rows in list order (by responsible unit, district, street, site and standard). */
    public List<ProblemListWriter.Problem> problems(String roundReference, ReportScope.Counted counted) {
        return problems(roundReference, counted, null);
    }

    /** The round's rows from one source (null: every source) in list order. */
    public List<ProblemListWriter.Problem> problems(String roundReference, ReportScope.Counted counted, ProblemSource source) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        List<ProblemListWriter.Problem> problems = new ArrayList<>();
        walk(round, counted, source, findings(round), Progress.NONE, problems::add);
        return problems;
    }

    private long findings(Round round) {
        return workspace.read(tx -> tx.findings().countOfRound(round.id()));
    }

    /**
     * Hands each row of the round's list to {@code each} in list order, reading the round's findings site by site
     * beside the problem records of their places; progress counts the round's {@code findings}.
     */
    private void walk(Round round, ReportScope.Counted counted, ProblemSource source, long findings, Progress progress,
                      Consumer<ProblemListWriter.Problem> rows) {
        Escalation.Rules thresholds = rules.escalation();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        workspace.read(tx -> {
            Map<String, LocalDate> firstDeadlines = new HashMap<>();
            for (ProblemStep step : tx.problems().stepsOfKind("DEADLINE")) {
                firstDeadlines.putIfAbsent(step.problemId(), step.deadlineBefore());
            }
            OtherSources others = new OtherSources(otherSources(tx, round, source, today, thresholds, firstDeadlines), rows);
            Consumer<ProblemListWriter.Problem> each = others::accept;
            java.util.Set<String> listedSites = tx.problems().sitesListedInRound(round.id());
            Map<String, InspectionStatus> statuses = tx.inspections().statuses(round.id());
            java.util.Set<String> withRows = new java.util.HashSet<>();
            withRows.addAll(listedSites);
            statuses.forEach((site, status) -> {
                if (status != InspectionStatus.APPROVED && counted.counts(status)) {
                    withRows.add(site);
                }
            });
            Map<String, Site> sites = new HashMap<>(tx.sites().ofRound(round.id()));
            List<String> elsewhere = listedSites.stream().filter(id -> !sites.containsKey(id)).toList();
            if (!elsewhere.isEmpty()) {
                sites.putAll(tx.sites().byIds(elsewhere));
            }
            Map<String, Standard> standards = new HashMap<>();
            checklists.tree(round.indicatorSetId()).standards().forEach(s -> standards.put(s.code(), s));
            List<String> sitesInOrder = inListOrder(sites.values().stream().filter(s -> withRows.contains(s.id())).toList());
            long[] seen = new long[1];
            // Each site's problems are read with its findings, so the first rows are handed over at once rather than
            // after every problem of a large round is read.
            tx.findings().forEachListedBySite(round.id(), sitesInOrder, listed -> {
                if (++seen[0] % 1000 == 0) {
                    progress.update(seen[0], findings);
                    progress.checkCancelled();
                }
                FindingRepository.Noted f = listed.finding();
                FindingRepository.ListedProblem problem = listed.problem();
                Site site = sites.get(f.siteId());
                // A row is of its problem's source: one from another source is listed where this round's recheck found it still there.
                if (problem != null && (source == null || source == problem.source())) {
                    Escalation colour = Escalation.of(problem.status(), problem.deadline(), problem.reopened(), today, thresholds);
                    each.accept(row(site, standards.get(f.standardCode()), f, problem, colour, firstDeadlines.get(problem.id())));
                } else if (problem == null && f.answer().failing() && statuses.get(f.siteId()) != InspectionStatus.APPROVED
                        && (source == null || source == ProblemSource.INSPECTION)) {
                    each.accept(unreviewed(site, standards.get(f.standardCode()), f));
                }
            });
            others.finish();
            return null;
        });
    }

    /** In list order: by responsible unit (natural order), then district, street and place. */
    private static final Comparator<ProblemListWriter.Problem> LIST_ORDER = Comparator.comparing(ProblemListWriter.Problem::unit, NaturalOrder.INSTANCE)
            .thenComparing(ProblemListWriter.Problem::district).thenComparing(ProblemListWriter.Problem::street)
            .thenComparing(ProblemListWriter.Problem::site);

    /**
     * The problems from other sources (媒体曝光, 群众反映…) raised during the round's dates, as rows in list order: they
     * are few, so they are read at once and merged into the stream of the round's own rows, each unit's after its own.
     */
    private List<ProblemListWriter.Problem> otherSources(Tx tx, Round round, ProblemSource source, LocalDate today, Escalation.Rules thresholds,
                                                          Map<String, LocalDate> firstDeadlines) throws java.sql.SQLException {
        if (source == ProblemSource.INSPECTION) {
            return List.of();
        }
        Map<String, Site> sites = null;
        Map<String, String> texts = null;
        List<ProblemListWriter.Problem> rows = new ArrayList<>();
        for (Problem p : tx.problems().all()) {
            LocalDate raised = LocalDate.ofInstant(p.raisedAt(), ZoneId.systemDefault());
            if (p.source() == ProblemSource.INSPECTION || (source != null && p.source() != source) || raised.isBefore(round.start())
                    || raised.isAfter(round.end())) {
                continue;
            }
            sites = sites == null ? tx.sites().byId() : sites;
            texts = texts == null ? tx.indicatorSets().standardTexts() : texts;
            Site site = p.siteId() == null ? null : sites.get(p.siteId());
            ProblemPlace place = ProblemPlace.of(p, site);
            List<String> raisedWith = tx.problems().steps(p.id()).get(0).photos();
            rows.add(new ProblemListWriter.Problem(place.unit(), place.district(), place.street(), place.name(), place.siteType(),
                    p.standardCode() == null ? "" : p.standardCode(), p.standardCode() == null ? "" : texts.getOrDefault(p.standardCode(), ""),
                    p.origin().description(), p.deadline(), raisedWith.stream().map(photos::file).toList(),
                    new ProblemListWriter.Standing(p.status(), Escalation.of(p, today, thresholds), false, p.reopened(), firstDeadlines.get(p.id())),
                    Messages.get("problem.source." + p.source().name())));
        }
        rows.sort(LIST_ORDER);
        return rows;
    }

    /** Hands on the round's rows, putting each problem from another source after the rows of its unit. */
    private static final class OtherSources {
        private final java.util.ArrayDeque<ProblemListWriter.Problem> waiting;
        private final Consumer<ProblemListWriter.Problem> rows;

        OtherSources(List<ProblemListWriter.Problem> others, Consumer<ProblemListWriter.Problem> rows) {
            this.waiting = new java.util.ArrayDeque<>(others);
            this.rows = rows;
        }

        void accept(ProblemListWriter.Problem row) {
            while (!waiting.isEmpty() && NaturalOrder.INSTANCE.compare(waiting.peek().unit(), row.unit()) < 0) {
                rows.accept(waiting.poll());
            }
            rows.accept(row);
        }

        void finish() {
            while (!waiting.isEmpty()) {
                rows.accept(waiting.poll());
            }
        }
    }

    /**
     * The sites' ids in the list's order: by responsible unit (natural order, worked out once per unit), then
     * district, street and name.
     */
    private static List<String> inListOrder(java.util.Collection<Site> sites) {
        List<String> units = sites.stream().map(Site::responsibleUnit).distinct().sorted(NaturalOrder.INSTANCE).toList();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            rank.put(units.get(i), i);
        }
        return sites.stream().sorted(Comparator.comparing((Site s) -> rank.get(s.responsibleUnit())).thenComparing(Site::district)
                .thenComparing(Site::street).thenComparing(Site::name)).map(Site::id).toList();
    }

    /**
     * Writes the list while it is read: one thread walks the findings in list order and hands each problem over, the
     * calling thread writes them, so reading and writing overlap on two cores. Returns how many problems were written.
     */
    public int run(String roundReference, ReportScope.Counted counted, Path out, Progress progress) throws IOException {
        return run(roundReference, counted, null, out, progress);
    }

    /** As {@link #run(String, ReportScope.Counted, Path, Progress)}, only the problems from one source (null: every source). */
    public int run(String roundReference, ReportScope.Counted counted, ProblemSource source, Path out, Progress progress) throws IOException {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        ProblemStream stream = new ProblemStream(round, counted, source, progress);
        int[] written = new int[1];
        try {
            AtomicFile.write(out, file -> written[0] = new ProblemListWriter().write(round.name() + " 问题清单", scopeOfRound.of(round, counted), stream, stream.large(), file,
                    progress));
        } finally {
            stream.close();
        }
        Audit.exported(workspace, signedIn.name(), "problems round=" + round.id(), out, written[0]);
        return written[0];
    }

    /**
     * The problems of a round as a reader thread finds them, handed over through a small queue in batches, so the two
     * threads meet once per batch rather than once per problem.
     */
    private final class ProblemStream implements Iterator<ProblemListWriter.Problem> {
        private static final Object END = new Object();
        private static final int BATCH = 512;
        // The reader runs ahead of the writer: more batches waiting would only be rows kept alive, and copied, through
        // every young collection of a small heap.
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        private final Thread reader;
        private final long findings;
        private List<ProblemListWriter.Problem> filling = new ArrayList<>(BATCH);
        private Iterator<ProblemListWriter.Problem> current = java.util.Collections.emptyIterator();
        private boolean ended;
        private volatile boolean closed;

        ProblemStream(Round round, ReportScope.Counted counted, ProblemSource source, Progress progress) {
            this.findings = findings(round);
            this.reader = new Thread(() -> read(round, counted, source, progress), "problem-list-reader");
            reader.setDaemon(true);
            reader.start();
        }

        boolean large() {
            return findings > ProblemListWriter.COMPRESS_ABOVE;
        }

        private void read(Round round, ReportScope.Counted counted, ProblemSource source, Progress progress) {
            Object last = END;
            try {
                walk(round, counted, source, findings, progress, this::hand);
                if (!filling.isEmpty()) {
                    put(filling);
                }
            } catch (RuntimeException e) {
                last = e;
            } finally {
                if (!closed) {
                    put(last);
                }
            }
        }

        private void hand(ProblemListWriter.Problem problem) {
            if (closed || Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
            filling.add(problem);
            if (filling.size() == BATCH) {
                put(filling);
                filling = new ArrayList<>(BATCH);
            }
        }

        private void put(Object item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean hasNext() {
            while (!current.hasNext() && !ended) {
                Object next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException();
                }
                if (next instanceof RuntimeException failure) {
                    throw failure;
                }
                if (next == END) {
                    ended = true;
                } else {
                    current = ((List<ProblemListWriter.Problem>) next).iterator();
                }
            }
            return current.hasNext();
        }

        @Override
        public ProblemListWriter.Problem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        /** Stops the reader when the writing stopped early (cancelled or failed). */
        void close() {
            closed = true;
            reader.interrupt();
            queue.clear();
        }
    }

    private ProblemListWriter.Problem row(Site site, Standard standard, FindingRepository.Noted f, FindingRepository.ListedProblem problem,
                                          Escalation colour, LocalDate firstDeadline) {
        return new ProblemListWriter.Problem(site.responsibleUnit(), site.district(), site.street(), site.name(), site.siteType(),
                f.standardCode(), standard == null ? "" : standard.text(), f.note(), problem.deadline(), files(f),
                new ProblemListWriter.Standing(problem.status(), colour, problem.recurred(), problem.reopened(), firstDeadline),
                Messages.get("problem.source." + problem.source().name()));
    }

    /** A failing finding of a completed inspection waiting for review: no problem yet, so no status or deadline. */
    private ProblemListWriter.Problem unreviewed(Site site, Standard standard, FindingRepository.Noted f) {
        return new ProblemListWriter.Problem(site.responsibleUnit(), site.district(), site.street(), site.name(), site.siteType(),
                f.standardCode(), standard == null ? "" : standard.text(), f.note(), null, files(f), null, inspection());
    }

    private static String inspection() {
        return Messages.get("problem.source." + ProblemSource.INSPECTION.name());
    }

    private List<Path> files(FindingRepository.Noted f) {
        return f.photos().isEmpty() ? List.of() : f.photos().stream().map(photos::file).toList();
    }
}
