package org.civicinspect.service.fieldwork;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.rounds.ScopeOfRound;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
import org.civicinspect.model.InspectionStatus;
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
 * street and name, each line scored by the same rules as every other number. Sites the scope does not count (still
 * in progress, returned, or awaiting review when only approved ones count) keep their sheet, which says that the
 * round's figures leave them out; an unfinished one says how many standards are unanswered and gives its rates as
 * 暂计. 测评时间 runs from arrival (or the first answer) to the last answer.
 */
public final class ExportSiteReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

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
        List<SiteReportWriter.SiteSheet> sheets = sheets(round, counted);
        AtomicFile.write(out, stream -> new SiteReportWriter().write(round.name(), scopeOfRound.of(round, counted), round.start() + " 至 " + round.end(), sheets, stream,
                progress));
        Audit.exported(workspace, signedIn.name(), "sites round=" + round.id(), out, sheets.size());
        return new Written(round, sheets.size());
    }

    public List<SiteReportWriter.SiteSheet> sheets(Round round, ReportScope.Counted counted) {
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
                sheets.add(sheet(d, inspections.get(d.site().id()), counted, checklists.standards(round.indicatorSetId(), d.site().siteType()),
                        findings.get(d.site().id()), grades));
            }
            return sheets;
        });
    }

    private SiteReportWriter.SiteSheet sheet(DrawnSite drawn, Inspection inspection, ReportScope.Counted counted, List<Standard> checklist,
                                             Map<String, Finding> findings, GradeCoefficients grades) {
        List<SiteReportWriter.Line> lines = new ArrayList<>();
        Map<String, Answer> answers = new HashMap<>();
        for (Standard s : checklist) {
            Finding f = findings.get(s.code());
            if (f != null) {
                answers.put(s.code(), f.answer());
            }
            BigDecimal earned = f == null ? null : FindingScore.earned(s, f.answer(), grades).orElse(null);
            lines.add(new SiteReportWriter.Line(s.code(), s.text(), s.points(), f == null ? "未答" : result(f.answer()),
                    f == null ? null : f.answer().count(), earned, f == null ? "" : f.note(),
                    f == null ? List.of() : f.photos().stream().map(photos::file).toList()));
        }
        SiteScore score = SiteScore.of(checklist, answers, grades);
        InspectionStatus status = inspection == null ? InspectionStatus.NOT_STARTED : inspection.status();
        String team = (drawn.team() == null ? "" : drawn.team())
                + (inspection == null || inspection.members().isBlank() ? "" : "（" + inspection.members() + "）");
        return new SiteReportWriter.SiteSheet(drawn.site().name(), drawn.site().siteType(), drawn.site().district(), drawn.site().street(),
                drawn.site().address(), team, time(inspection == null ? null : inspection.arrivedAt(), findings.values()),
                standing(status, counted), lines, score.earned(), score.possible(),
                score.rated() ? Rounding.percent(score.scoreRate()) : null, score.rated() ? Rounding.percent(score.complianceRate()) : null,
                score.unanswered(), status == InspectionStatus.COMPLETED);
    }

    /** Where the inspection stands and whether the round's figures count it. */
    static String standing(InspectionStatus status, ReportScope.Counted counted) {
        String state = switch (status) {
            case APPROVED -> "已审核通过";
            case COMPLETED -> "已完成，待审核";
            case RETURNED -> "已退回，待重新测评";
            case IN_PROGRESS -> "进行中";
            case NOT_STARTED -> "未开始";
        };
        if (!counted.counts(status)) {
            return state + "；未计入本轮统计";
        }
        return status == InspectionStatus.APPROVED ? state + "；计入本轮统计" : state + "；计入本轮统计，审核后结果可能变化";
    }

    /**
     * 测评时间: from arrival, when recorded, or else the first answer, to the last answer, by when each was answered
     * (a sheet typed in from paper carries the times written on it).
     */
    static String time(Instant arrivedAt, Collection<Finding> findings) {
        Instant first = findings.stream().map(Finding::answeredAt).min(Comparator.naturalOrder()).orElse(arrivedAt);
        Instant last = findings.stream().map(Finding::answeredAt).max(Comparator.naturalOrder()).orElse(arrivedAt);
        if (first == null) {
            return "";
        }
        if (arrivedAt != null && arrivedAt.isBefore(first)) {
            first = arrivedAt;
        }
        ZonedDateTime from = first.atZone(ZoneId.systemDefault());
        ZonedDateTime to = last.atZone(ZoneId.systemDefault());
        if (TIME.format(from).equals(TIME.format(to))) {
            return TIME.format(from);
        }
        return TIME.format(from) + (from.toLocalDate().equals(to.toLocalDate()) ? "–" + CLOCK.format(to) : " 至 " + TIME.format(to));
    }

    /** The answer as the printed sheet shows it; a count of violations or occurrences goes in its own column. */
    static String result(Answer answer) {
        return switch (answer.kind()) {
            case MET -> "符合";
            case NOT_MET -> "不符合";
            case GRADE -> answer.grade().label();
            case OCCURRENCES -> answer.count() == 0 ? "符合" : "不符合";
            case NOT_APPLICABLE -> "不适用";
        };
    }
}
