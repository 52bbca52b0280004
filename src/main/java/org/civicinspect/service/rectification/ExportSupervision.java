package org.civicinspect.service.rectification;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.SupervisionWriter;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.Finding;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemPlace;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.service.rounds.ScopeOfRound;
import org.civicinspect.store.Workspace;

/**
 * {@code report supervision --round R}: the 督办单 of each responsible unit with a problem open at the round's date,
 * whichever round raised it, and the 逾期清单 of every problem then overdue. Problems stand as they did when the round's
 * review was done, as the round's rectification standing counts them ({@link ShowRectificationStanding}); colours and
 * overdue days are as of the round's end date. The description and the photo before are those of the finding that last
 * found the problem (its own, or a failed recheck's), the photo after the newest one a step brought by then; a problem
 * from another source brings its own description and the first photo it was raised with, and is marked by its source.
 */
public final class ExportSupervision {

    private final Workspace workspace;
    private final Checklists checklists;
    private final ChangeRectificationRules rules;
    private final AddPhoto photos;
    private final ScopeOfRound scopeOfRound;
    private final SignedIn signedIn;

    public ExportSupervision(Workspace workspace, Checklists checklists, ChangeRectificationRules rules, AddPhoto photos, ScopeOfRound scopeOfRound,
                             SignedIn signedIn) {
        this.workspace = workspace;
        this.checklists = checklists;
        this.rules = rules;
        this.photos = photos;
        this.scopeOfRound = scopeOfRound;
        this.signedIn = signedIn;
    }

    /** Writes the workbook; returns how many units got a 督办单. */
    public int run(String roundReference, Path out) throws IOException {
        Escalation.Rules thresholds = rules.escalation();
        Round[] round = new Round[1];
        List<SupervisionWriter.Line> lines = workspace.read(tx -> {
            round[0] = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            LocalDate asOf = round[0].end();
            ProblemsAsOf then = ProblemsAsOf.of(tx, round[0]);
            Map<String, Site> sites = tx.sites().byId();
            Map<String, Round> rounds = new java.util.HashMap<>();
            tx.rounds().list().forEach(r -> rounds.put(r.id(), r));
            List<SupervisionWriter.Line> made = new ArrayList<>();
            Map<String, String> standardTexts = null;
            for (Problem p : then.problems().values()) {
                if (!p.status().open()) {
                    continue;
                }
                Site site = p.siteId() == null ? null : sites.get(p.siteId());
                ProblemPlace place = ProblemPlace.of(p, site);
                String after = then.photosAfter().get(p.id());
                String standard;
                String described;
                String before;
                String raisedIn;
                if (p.roundId() == null) {
                    standardTexts = standardTexts == null ? tx.indicatorSets().standardTexts() : standardTexts;
                    standard = p.standardCode() == null ? "" : p.standardCode() + " " + standardTexts.getOrDefault(p.standardCode(), "");
                    described = p.origin().description();
                    before = tx.problems().steps(p.id()).get(0).photos().stream().findFirst().orElse(null);
                    raisedIn = Messages.get("problem.source." + p.source().name());
                } else {
                    standard = p.standardCode() + " " + checklists.standard(rounds.get(p.roundId()).indicatorSetId(), site.siteType(), p.standardCode())
                            .map(s -> s.text()).orElse("");
                    Finding f = tx.findings().find(then.lastFoundIn().getOrDefault(p.id(), p.roundId()), p.siteId(), p.standardCode()).orElse(null);
                    described = f == null ? "" : f.note();
                    before = f == null || f.photos().isEmpty() ? null : f.photos().get(0);
                    raisedIn = p.roundId().equals(round[0].id()) ? null : rounds.get(p.roundId()).name();
                }
                made.add(new SupervisionWriter.Line(place.unit(), place.district(), place.name(), standard.strip(), described, p.deadline(),
                        Escalation.of(p, asOf, thresholds), p.status(), Escalation.overdueDays(p, asOf), p.recurred(), p.reopened(), raisedIn,
                        before == null ? null : photos.file(before), after == null ? null : photos.file(after)));
            }
            made.sort(Comparator.comparing(SupervisionWriter.Line::unit, NaturalOrder.INSTANCE).thenComparing(SupervisionWriter.Line::district)
                    .thenComparing(SupervisionWriter.Line::site).thenComparing(SupervisionWriter.Line::standard));
            return made;
        });
        int[] units = new int[1];
        AtomicFile.write(out, file -> units[0] = new SupervisionWriter().write(round[0].name(), scopeOfRound.of(round[0], ReportScope.Counted.APPROVED),
                round[0].end(), lines, file));
        Audit.exported(workspace, signedIn.name(), "supervision round=" + round[0].id(), out, lines.size());
        return units[0];
    }
}
