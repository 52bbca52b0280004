package org.civicinspect.service.fieldwork;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.rounds.ScopeOfRound;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.SiteReportWriter;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.FindingScore;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SiteScore;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Workspace;

/**
 * {@code report sites}: a 点位测评表 for every site of the round that has at least one answer, by team, district,
 * street and name, each line scored by the same rules as every other number.
 */
public final class ExportSiteReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Workspace workspace;
    private final Checklists checklists;
    private final AddPhoto photos;
    private final ScopeOfRound scopeOfRound;
    private final SignedIn signedIn;

    public ExportSiteReport(Workspace workspace, Checklists checklists, AddPhoto photos, ScopeOfRound scopeOfRound, SignedIn signedIn) {
        this.scopeOfRound = scopeOfRound;
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.checklists = checklists;
        this.photos = photos;
    }

    /** What was written: the round and how many sites (one sheet each). */
    public record Written(Round round, int sites) {
    }

    public Written run(String roundReference, ReportScope.Counted counted, Path out, Progress progress) throws IOException {
        Round round = workspace.read(tx -> Rounds.require(tx.rounds().findByReference(roundReference), roundReference));
        List<SiteReportWriter.SiteSheet> sheets = sheets(round);
        AtomicFile.write(out, stream -> new SiteReportWriter().write(round.name(), scopeOfRound.of(round, counted), round.start() + " 至 " + round.end(), sheets, stream,
                progress));
        Audit.exported(workspace, signedIn.name(), "sites round=" + round.id(), out, sheets.size());
        return new Written(round, sheets.size());
    }

    public List<SiteReportWriter.SiteSheet> sheets(Round round) {
        return workspace.read(tx -> {
            List<DrawnSite> drawn = tx.rounds().drawn(round.id(), tx.sites().byId());
            Map<String, Inspection> inspections = tx.inspections().ofRound(round.id());
            Map<String, Map<String, Finding>> findings = new HashMap<>();
            for (Finding f : tx.findings().ofRound(round.id())) {
                findings.computeIfAbsent(f.siteId(), k -> new HashMap<>()).put(f.standardCode(), f);
            }
            GradeCoefficients grades = checklists.tree(round.indicatorSetId()).grades();
            List<DrawnSite> inspected = new ArrayList<>(drawn.stream().filter(d -> findings.containsKey(d.site().id())).toList());
            inspected.sort(Comparator.comparing((DrawnSite d) -> d.team() == null ? "" : d.team(), NaturalOrder.INSTANCE)
                    .thenComparing(d -> d.site().district()).thenComparing(d -> d.site().street())
                    .thenComparing(d -> d.site().name(), NaturalOrder.INSTANCE));
            List<SiteReportWriter.SiteSheet> sheets = new ArrayList<>();
            for (DrawnSite d : inspected) {
                sheets.add(sheet(d, inspections.get(d.site().id()), checklists.standards(round.indicatorSetId(), d.site().siteType()),
                        findings.get(d.site().id()), grades));
            }
            return sheets;
        });
    }

    private SiteReportWriter.SiteSheet sheet(DrawnSite drawn, Inspection inspection, List<Standard> checklist, Map<String, Finding> findings,
                                             GradeCoefficients grades) {
        List<SiteReportWriter.Line> lines = new ArrayList<>();
        Map<String, Answer> answers = new HashMap<>();
        for (Standard s : checklist) {
            Finding f = findings.get(s.code());
            if (f != null) {
                answers.put(s.code(), f.answer());
            }
            BigDecimal earned = f == null ? null : FindingScore.earned(s, f.answer(), grades).orElse(null);
            lines.add(new SiteReportWriter.Line(s.code(), s.text(), s.points(), f == null ? "未答" : result(f.answer()), earned,
                    f == null ? "" : f.note(), f == null ? List.of() : f.photos().stream().map(photos::file).toList()));
        }
        SiteScore score = SiteScore.of(checklist, answers, grades);
        String time = inspection == null || inspection.arrivedAt() == null ? ""
                : TIME.format(inspection.arrivedAt().atZone(ZoneId.systemDefault()));
        String team = (drawn.team() == null ? "" : drawn.team())
                + (inspection == null || inspection.members().isBlank() ? "" : "（" + inspection.members() + "）");
        return new SiteReportWriter.SiteSheet(drawn.site().name(), drawn.site().siteType(), drawn.site().district(), drawn.site().street(),
                drawn.site().address(), team, time, lines, score.earned(), score.possible(), Rounding.percent(score.scoreRate()),
                Rounding.percent(score.complianceRate()));
    }

    /** The answer as the printed sheet shows it. */
    static String result(Answer answer) {
        return switch (answer.kind()) {
            case MET -> "符合";
            case NOT_MET -> "不符合";
            case GRADE -> answer.grade().label() + (answer.count() == null ? "" : "（" + answer.count() + " 处）");
            case OCCURRENCES -> answer.count() + " 处";
            case NOT_APPLICABLE -> "不适用";
        };
    }
}
