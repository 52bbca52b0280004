package org.civicinspect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final Workspace workspace;
    private final Checklists checklists;
    private final AddPhoto photos;

    ExportProblemList(Workspace workspace, Checklists checklists, AddPhoto photos) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.photos = photos;
    }

    public List<ProblemListWriter.Problem> problems(String roundReference) {
        return workspace.read(c -> {
            Round round = Rounds.require(new RoundRepository().findByReference(c, roundReference), roundReference);
            Map<String, Site> sites = new SiteRepository().byId(c);
            Map<String, Standard> standards = new HashMap<>();
            checklists.tree(round.indicatorSetId()).standards().forEach(s -> standards.put(s.code(), s));
            List<ProblemListWriter.Problem> problems = new ArrayList<>();
            for (FindingRepository.Noted f : new FindingRepository().notedOfRound(c, round.id())) {
                if (!f.answer().failing()) {
                    continue;
                }
                Site site = sites.get(f.siteId());
                Standard standard = standards.get(f.standardCode());
                problems.add(new ProblemListWriter.Problem(site.responsibleUnit(), site.district(), site.street(), site.name(),
                        site.siteType(), f.standardCode(), standard == null ? "" : standard.text(), f.note(),
                        round.end().plusDays(DAYS_TO_FIX), f.photos().stream().map(photos::file).toList()));
            }
            // Units are few and natural order is dear: each unit's place is worked out once.
            List<String> units = problems.stream().map(ProblemListWriter.Problem::unit).distinct().sorted(NaturalOrder.INSTANCE).toList();
            Map<String, Integer> unitOrder = new HashMap<>();
            units.forEach(u -> unitOrder.put(u, unitOrder.size()));
            problems.sort(Comparator.comparing((ProblemListWriter.Problem p) -> unitOrder.get(p.unit()))
                    .thenComparing(ProblemListWriter.Problem::district).thenComparing(ProblemListWriter.Problem::street)
                    .thenComparing(ProblemListWriter.Problem::site).thenComparing(ProblemListWriter.Problem::standardCode));
            return problems;
        });
    }

    public int run(String roundReference, Path out, Progress progress) throws IOException {
        String name = workspace.read(c -> Rounds.require(new RoundRepository().findByReference(c, roundReference), roundReference)).name();
        List<ProblemListWriter.Problem> problems = problems(roundReference);
        AtomicFile.write(out, stream -> new ProblemListWriter().write(name + " 问题清单", problems, stream, progress));
        Audit.exported(workspace, "problems round=" + roundReference, out, problems.size());
        return problems.size();
    }
}
