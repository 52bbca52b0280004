package org.civicinspect.service;

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
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.store.FindingRepository;
import org.civicinspect.store.RoundRepository;
import org.civicinspect.store.SiteRepository;
import org.civicinspect.store.Workspace;

/**
 * {@code report problems}: the round's failing findings as a 问题清单 grouped by 责任单位, photos embedded. Each
 * problem is due {@link #DAYS_TO_FIX} days after the round ends.
 */
public final class ExportProblemList {

    public static final int DAYS_TO_FIX = 7;

    /** The list's order of sites: by responsible unit (natural order), district, street and name. */
    private static final Comparator<Site> LIST_ORDER = Comparator.comparing(Site::responsibleUnit, NaturalOrder.INSTANCE)
            .thenComparing(Site::district).thenComparing(Site::street).thenComparing(Site::name);
    private static final int COMPRESS_ABOVE = 200_000;

    private final Workspace workspace;
    private final Checklists checklists;
    private final AddPhoto photos;

    ExportProblemList(Workspace workspace, Checklists checklists, AddPhoto photos) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.photos = photos;
    }

    /** The round's problems in list order (by responsible unit, district, street, site and standard). */
    public List<ProblemListWriter.Problem> problems(String roundReference) {
        Round round = workspace.read(c -> Rounds.require(new RoundRepository().findByReference(c, roundReference), roundReference));
        List<ProblemListWriter.Problem> problems = new ArrayList<>();
        walk(round, findings(round), Progress.NONE, problems::add);
        return problems;
    }

    private long findings(Round round) {
        return workspace.read(c -> new FindingRepository().countOfRound(c, round.id()));
    }

    /**
     * Hands each problem of the round to {@code each} in list order, reading the findings site by site; progress
     * counts the round's {@code findings}.
     */
    private void walk(Round round, long findings, Progress progress, Consumer<ProblemListWriter.Problem> each) {
        LocalDate deadline = round.end().plusDays(DAYS_TO_FIX);
        workspace.read(c -> {
            Map<String, Site> sites = new SiteRepository().byId(c);
            Map<String, Standard> standards = new HashMap<>();
            checklists.tree(round.indicatorSetId()).standards().forEach(s -> standards.put(s.code(), s));
            List<String> sitesInOrder = sites.values().stream().sorted(LIST_ORDER).map(Site::id).toList();
            long[] seen = new long[1];
            new FindingRepository().forEachNotedBySite(c, round.id(), sitesInOrder, f -> {
                if (++seen[0] % 1000 == 0) {
                    progress.update(seen[0], findings);
                    progress.checkCancelled();
                }
                if (f.answer().failing()) {
                    each.accept(problem(deadline, sites.get(f.siteId()), standards.get(f.standardCode()), f));
                }
            });
            return null;
        });
    }

    /**
     * Writes the list while it is read: one thread walks the findings in list order and hands each problem over, the
     * calling thread writes them, so reading and writing overlap on two cores. Returns how many problems were written.
     */
    public int run(String roundReference, Path out, Progress progress) throws IOException {
        Round round = workspace.read(c -> Rounds.require(new RoundRepository().findByReference(c, roundReference), roundReference));
        ProblemStream stream = new ProblemStream(round, progress);
        int[] written = new int[1];
        try {
            AtomicFile.write(out, file -> written[0] = new ProblemListWriter().write(round.name() + " 问题清单", stream, stream.large(), file,
                    progress));
        } finally {
            stream.close();
        }
        Audit.exported(workspace, "problems round=" + round.id(), out, written[0]);
        return written[0];
    }

    /** The problems of a round as a reader thread finds them, handed over through a small queue. */
    private final class ProblemStream implements Iterator<ProblemListWriter.Problem> {
        private static final Object END = new Object();
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4096);
        private final Thread reader;
        private final long findings;
        private Object next;
        private volatile boolean closed;

        ProblemStream(Round round, Progress progress) {
            this.findings = findings(round);
            this.reader = new Thread(() -> read(round, progress), "problem-list-reader");
            reader.setDaemon(true);
            reader.start();
        }

        boolean large() {
            return findings > COMPRESS_ABOVE;
        }

        private void read(Round round, Progress progress) {
            Object last = END;
            try {
                walk(round, findings, progress, this::hand);
            } catch (RuntimeException e) {
                last = e;
            } finally {
                if (!closed) {
                    put(last);
                }
            }
        }

        private void hand(Object item) {
            if (closed || Thread.currentThread().isInterrupted()) {
                throw new CancellationException();
            }
            put(item);
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
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException();
                }
            }
            if (next instanceof RuntimeException failure) {
                throw failure;
            }
            return next != END;
        }

        @Override
        public ProblemListWriter.Problem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ProblemListWriter.Problem problem = (ProblemListWriter.Problem) next;
            next = null;
            return problem;
        }

        /** Stops the reader when the writing stopped early (cancelled or failed). */
        void close() {
            closed = true;
            reader.interrupt();
            queue.clear();
        }
    }

    private ProblemListWriter.Problem problem(LocalDate deadline, Site site, Standard standard, FindingRepository.Noted f) {
        return new ProblemListWriter.Problem(site.responsibleUnit(), site.district(), site.street(), site.name(), site.siteType(),
                f.standardCode(), standard == null ? "" : standard.text(), f.note(), deadline,
                f.photos().isEmpty() ? List.of() : f.photos().stream().map(photos::file).toList());
    }
}
