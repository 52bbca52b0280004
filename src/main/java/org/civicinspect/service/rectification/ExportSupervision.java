package org.civicinspect.service.rectification;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.rounds.ScopeOfRound;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.excel.SupervisionWriter;
import org.civicinspect.model.Finding;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.store.Workspace;

/**
 * {@code report supervision --round R}: the 督办单 of each responsible unit for the round's problems (photo before
 * from the finding, photo after from the newest step that brought one) and the overdue list, colours as of today.
 */
public final class ExportSupervision {

    private final Workspace workspace;
    private final ListProblems listProblems;
    private final AddPhoto photos;
    private final ScopeOfRound scopeOfRound;
    private final SignedIn signedIn;

    public ExportSupervision(Workspace workspace, ListProblems listProblems, AddPhoto photos, ScopeOfRound scopeOfRound, SignedIn signedIn) {
        this.scopeOfRound = scopeOfRound;
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.listProblems = listProblems;
        this.photos = photos;
    }

    /** Writes the workbook; returns how many units got a 督办单. */
    public int run(String roundReference, Path out) throws IOException {
        ListProblems.Result result = listProblems.run(roundReference, ListProblems.Filter.ALL);
        List<ListProblems.Listed> listed = new ArrayList<>(result.problems());
        listed.sort(java.util.Comparator.comparing((ListProblems.Listed l) -> l.site().responsibleUnit(), org.civicinspect.model.NaturalOrder.INSTANCE)
                .thenComparing(l -> l.site().district()).thenComparing(l -> l.site().name()).thenComparing(l -> l.problem().standardCode()));
        List<SupervisionWriter.Line> lines = workspace.read(tx -> {
            List<SupervisionWriter.Line> made = new ArrayList<>();
            for (ListProblems.Listed l : listed) {
                Finding f = tx.findings().find(l.problem().roundId(), l.problem().siteId(), l.problem().standardCode()).orElse(null);
                List<ProblemStep> steps = tx.problems().steps(l.problem().id());
                String after = null;
                for (ProblemStep step : steps) {
                    if (!step.photos().isEmpty() && !"RAISED".equals(step.kind()) && !"RECURRED".equals(step.kind())) {
                        after = step.photos().get(0);
                    }
                }
                made.add(new SupervisionWriter.Line(l.site().responsibleUnit(), l.site().district(), l.site().name(),
                        l.problem().standardCode() + " " + l.standardText(), f == null ? "" : f.note(), l.problem().deadline(),
                        org.civicinspect.i18n.Messages.get("escalation." + l.escalation().name()), l.escalation().name(),
                        org.civicinspect.i18n.Messages.get("problem.status." + l.problem().status().name()), l.overdueDays(), l.problem().recurred(),
                        f == null || f.photos().isEmpty() ? null : photos.file(f.photos().get(0)), after == null ? null : photos.file(after)));
            }
            return made;
        });
        int[] units = new int[1];
        AtomicFile.write(out, file -> units[0] = new SupervisionWriter().write(result.round().name(), scopeOfRound.of(result.round(), ReportScope.Counted.APPROVED), lines, file));
        Audit.exported(workspace, signedIn.name(), "supervision round=" + result.round().id(), out, lines.size());
        return units[0];
    }
}
