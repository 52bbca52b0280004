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
import org.civicinspect.model.NaturalOrder;
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
import org.civicinspect.store.Workspace;

/**
 * {@code report problems}: the round's failing findings as a 问题清单 grouped by 责任单位, photos embedded. Each
 * problem is due {@link ChangeRectificationRules#DEFAULT_FIX_DAYS} days after the round ends.
 */
public final class ExportProblemList {


    private final Workspace workspace;
    private final Checklists checklists;
    private final AddPhoto photos;
    private final ScopeOfRound scopeOfRound;
    private final SignedIn signedIn;

    public ExportProblemList(Workspace workspace, Checklists checklists, AddPhoto photos, ScopeOfRound scopeOfRound, SignedIn signedIn) {
        this.scopeOfRound = scopeOfRound;
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.checklists = checklists;
        this.photos = photos;
    }

    /** The round's problems in list order (by responsible unit, district, street, site and standard). */
    public List<ProblemListWriter.Problem> problems(String roundReference) {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        List<ProblemListWriter.Problem> problems = new ArrayList<>();
        walk(round, findings(round), Progress.NONE, problems::add);
        return problems;
    }

    private long findings(Round round) {
        return workspace.read(tx -> tx.findings().countOfRound(round.id()));
    }

    /**
     * Hands each problem of the round to {@code each} in list order, reading the findings site by site; progress
     * counts the round's {@code findings}.
     */
    private void walk(Round round, long findings, Progress progress, Consumer<ProblemListWriter.Problem> each) {
        LocalDate deadline = round.end().plusDays(ChangeRectificationRules.DEFAULT_FIX_DAYS);
        workspace.read(tx -> {
            Map<String, Site> sites = tx.sites().ofRound(round.id());
            Map<String, Standard> standards = new HashMap<>();
            checklists.tree(round.indicatorSetId()).standards().forEach(s -> standards.put(s.code(), s));
            List<String> sitesInOrder = inListOrder(sites.values());
            long[] seen = new long[1];
            tx.findings().forEachNotedBySite(round.id(), sitesInOrder, f -> {
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
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        ProblemStream stream = new ProblemStream(round, progress);
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
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        private final Thread reader;
        private final long findings;
        private List<ProblemListWriter.Problem> filling = new ArrayList<>(BATCH);
        private Iterator<ProblemListWriter.Problem> current = java.util.Collections.emptyIterator();
        private boolean ended;
        private volatile boolean closed;

        ProblemStream(Round round, Progress progress) {
            this.findings = findings(round);
            this.reader = new Thread(() -> read(round, progress), "problem-list-reader");
            reader.setDaemon(true);
            reader.start();
        }

        boolean large() {
            return findings > ProblemListWriter.COMPRESS_ABOVE;
        }

        private void read(Round round, Progress progress) {
            Object last = END;
            try {
                walk(round, findings, progress, this::hand);
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

    private ProblemListWriter.Problem problem(LocalDate deadline, Site site, Standard standard, FindingRepository.Noted f) {
        return new ProblemListWriter.Problem(site.responsibleUnit(), site.district(), site.street(), site.name(), site.siteType(),
                f.standardCode(), standard == null ? "" : standard.text(), f.note(), deadline,
                f.photos().isEmpty() ? List.of() : f.photos().stream().map(photos::file).toList());
    }
}
