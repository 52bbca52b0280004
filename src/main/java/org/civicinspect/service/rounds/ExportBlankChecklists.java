package org.civicinspect.service.rounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.excel.BlankChecklist;
import org.civicinspect.excel.BlankChecklistWriter;
import org.civicinspect.excel.DrawRecord;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Person;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Team;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Workspace;

/** {@code report blank}: the round's blank checklists, one sheet per assigned site, grouped by team. */
public final class ExportBlankChecklists {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportBlankChecklists(Workspace workspace, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
    }

    /** Returns how many checklists were written (the draw record sheet comes on top of them). */
    public int run(String roundReference, Path out, Progress progress) throws IOException {
        RoundDetails details = new ShowRound(workspace).run(roundReference);
        List<DrawnSite> assigned = details.drawn().stream().filter(d -> d.team() != null)
                .sorted(Comparator.comparing(DrawnSite::team, NaturalOrder.INSTANCE)).toList();
        if (assigned.isEmpty()) {
            throw new RequestRefused("round.notAssigned", details.round().name());
        }
        IndicatorTree tree = workspace.read(tx -> tx.indicatorSets().loadTree(details.round().indicatorSetId()));
        Map<String, String> members = workspace.read(tx -> tx.people().teams()).stream()
                .collect(Collectors.toMap(Team::name, t -> t.members().stream().map(Person::name).collect(Collectors.joining("、"))));
        String dates = details.round().start() + " 至 " + details.round().end();
        List<BlankChecklist> pages = new ArrayList<>();
        for (DrawnSite site : assigned) {
            pages.add(new BlankChecklist(details.round().name(), dates, site.team(), members.getOrDefault(site.team(), ""),
                    site.site(), tree.filtered(s -> s.appliesTo(site.site().siteType()))));
        }
        SamplingPlan plan = details.plan();
        List<DrawRecord.Line> lines = assigned.stream().map(d -> new DrawRecord.Line(d.team(), d.site().district(), d.site().street(),
                d.site().name(), d.site().siteType(), d.reason() == DrawReason.MUST_CHECK ? "必查点" : "抽签", details.load(d))).toList();
        String quotas = plan.quotas().stream()
                .map(q -> (q.cityWide() ? "全市" : q.district()) + q.siteType() + " " + q.count() + " 个")
                .collect(Collectors.joining("；"));
        DrawRecord record = new DrawRecord(details.round().name(), dates, details.indicatorSet().label(), plan.seed(),
                plan.excludeRecentRounds(), quotas.isEmpty() ? "（无，仅必查点）" : quotas, lines);
        AtomicFile.write(out, stream -> new BlankChecklistWriter().write(record, pages, stream, progress));
        Audit.exported(workspace, signedIn.name(), "blank round=" + details.round().id(), out, pages.size());
        return pages.size();
    }
}
