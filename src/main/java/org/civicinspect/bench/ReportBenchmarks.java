package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.civicinspect.model.ReportScope;
import org.civicinspect.bench.BareFindingRead;
import org.civicinspect.bench.BareSheetWrite;
import org.civicinspect.excel.ProblemListWriter;
import org.civicinspect.excel.SiteReportWriter;
import org.civicinspect.bench.SyntheticIndicatorWorkbook;
import org.civicinspect.bench.SyntheticSiteWorkbook;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Ranking;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.Services;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.store.Workspace;

/**
 * The scoring and report workloads of issue 5: every aggregate of 12 rounds (about 300,000 findings) recomputed
 * from the workspace; the problem list of a round with about 50,000 problems (raised as approval raises them) and the site sheets of a round of
 * 2,000 sites, each beside a bare SXSSF write of the same cells (the problem list's read from the workspace with bare JDBC).
 */
final class ReportBenchmarks {

    static final int SITES = 4000;
    static final int DRAWN = 2000;
    static final int ROUNDS = 12;
    private static final int STANDARDS = 90;

    private final Services services;
    private final List<Round> rounds = new ArrayList<>();
    private Round problemRound;

    private ReportBenchmarks(Services services) {
        this.services = services;
    }

    /** A workspace of 4,000 sites, 12 rounds of 2,000 inspected sites and one round where every answer fails. */
    static ReportBenchmarks build(Path folder, Progress progress) throws IOException {
        Services services = new Services(Workspace.open(folder), Clock.systemUTC());
        IndicatorImportResult set = importSet(services, folder, STANDARDS, SyntheticIndicatorWorkbook.TYPICAL_SITE_TYPES, "报表基准");
        List<String> types = set.tree().siteTypes();
        Instant now = Instant.now();
        registerSites(services, SITES, types, now);
        ReportBenchmarks bench = new ReportBenchmarks(services);
        Random random = new Random(3);
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int r = 0; r <= ROUNDS; r++) {
            progress.checkCancelled();
            boolean allFail = r == ROUNDS;
            Round round = services.createRound().run(allFail ? "基准：全部不符合" : "基准第" + (r + 1) + "期", set.set().id(),
                    start.plusWeeks(2L * r), start.plusWeeks(2L * r).plusDays(3), "");
            int perType = allFail ? SITES : DRAWN / types.size();
            List<Quota> quotas = types.stream().map(t -> new Quota(t, null, perType)).toList();
            List<DrawnSite> drawn = services.drawRoundSample().run(round.id(), new SamplingPlan(quotas, 0, r)).drawn();
            List<Finding> failing = answerAll(services, round, drawn, allFail, random, now);
            if (allFail) {
                raiseProblems(services, round, failing, now);
                bench.problemRound = round;
            } else {
                bench.rounds.add(round);
            }
            progress.update(r + 1, ROUNDS + 1);
        }
        return bench;
    }

    /** A synthetic indicator set of {@code standards} standards over {@code siteTypes} site types, imported. */
    static IndicatorImportResult importSet(Services services, Path folder, int standards, int siteTypes, String name) throws IOException {
        Path book = folder.resolve("set.xlsx");
        SyntheticIndicatorWorkbook.write(book, standards, siteTypes, 11);
        return services.importIndicatorWorkbook().run(book, name, Progress.NONE);
    }

    /** {@code count} synthetic sites of these types, saved in one transaction. */
    static void registerSites(Services services, int count, List<String> types, Instant now) {
        List<Site> sites = SyntheticSiteWorkbook.sites(count, types, 5).stream()
                .map(s -> new Site(UUID.randomUUID().toString(), s.name(), s.siteType(), s.district(), s.street(), s.community(), s.address(),
                        s.responsibleUnit(), s.partnerUnit(), null, null, false, true)).toList();
        services.workspace().write(c -> {
            c.sites().save(sites, List.of(), now);
            return null;
        });
    }

    /**
     * Every standard of each drawn site's checklist answered (one answer in five failing, or all of them), and each
     * inspection approved, in one transaction; the failing answers.
     */
    static List<Finding> answerAll(Services services, Round round, List<DrawnSite> drawn, boolean allFail, Random random, Instant now) {
        List<Finding> answers = new ArrayList<>();
        List<Finding> failing = new ArrayList<>();
        for (DrawnSite site : drawn) {
            for (Standard s : services.checklists().standards(round.indicatorSetId(), site.site().siteType())) {
                boolean fails = allFail || random.nextInt(5) == 0;
                Answer answer = switch (s.scoring().mode()) {
                    case BINARY -> fails ? Answer.notMet() : Answer.met();
                    case GRADED -> fails ? Answer.grade(Grade.C) : Answer.grade(Grade.A);
                    case DEDUCTION -> Answer.occurrences(fails ? 2 : 0);
                };
                Finding finding = new Finding(UUID.randomUUID().toString(), round.id(), site.site().id(), s.code(), answer,
                        fails ? "基准问题描述：现场发现问题" : "", List.of(), "基准", now, 1);
                answers.add(finding);
                if (fails) {
                    failing.add(finding);
                }
            }
        }
        services.workspace().write(c -> {
            for (Finding f : answers) {
                c.findings().save(f);
            }
            // Approved, as a published round's sites are: reports count approved inspections.
            for (DrawnSite site : drawn) {
                c.inspections().save(new Inspection(round.id(), site.site().id(), InspectionStatus.APPROVED, now, "", ""), now);
            }
            return null;
        });
        return failing;
    }

    /** Each failing answer of the round as an approved inspection makes it: a problem, due a week after the round ends. */
    static void raiseProblems(Services services, Round round, List<Finding> failing, Instant now) {
        services.workspace().write(c -> {
            for (Finding f : failing) {
                Problem p = new Problem(UUID.randomUUID().toString(), round.id(), f.siteId(), f.standardCode(), f.id(), ProblemStatus.TO_FIX,
                        round.end().plusDays(7), 0, null, now, null, null, 1);
                c.problems().insert(p);
                c.problems().step(new ProblemStep(p.id(), now, "基准", "RAISED", null, ProblemStatus.TO_FIX, f.note(), List.of(), null, p.deadline()),
                        round.id());
            }
            return null;
        });
    }

    int findingsOfTheTwelveRounds() {
        return BareFindingRead.readRounds(services.workspace(), rounds.stream().map(Round::id).toList());
    }

    /** Scores each of the 12 rounds and derives every grouping and ranking of it. */
    void recomputeEverything() {
        for (RoundScores scores : services.scoreRound().only(rounds.stream().map(Round::id).toList(), ReportScope.Counted.APPROVED)) {
            deriveAll(scores);
        }
    }

    /** Every grouping and ranking of a round's scores, as the reports and the dashboard ask for them. */
    static void deriveAll(RoundScores scores) {
        scores.city();
        scores.cityScore();
        scores.bySite();
        scores.bySiteType();
        scores.byCategory();
        scores.byStandard();
        Ranking.rank(scores.byDistrict());
        Ranking.rank(scores.byStreet());
        Ranking.rank(scores.byResponsibleUnit());
    }

    void readEveryFinding() {
        BareFindingRead.readRounds(services.workspace(), rounds.stream().map(Round::id).toList());
    }

    int exportProblems(Path out) throws IOException {
        return services.exportProblemList().run(problemRound.id(), ReportScope.Counted.APPROVED, out, Progress.NONE);
    }

    /** The problem list's writer alone, on problems already read: how much of the export is the writing. */
    void writeProblems(List<ProblemListWriter.Problem> problems, Path out) throws IOException {
        try (var stream = java.nio.file.Files.newOutputStream(out)) {
            new ProblemListWriter().write(problemRound.name(), services.scopeOfRound().of(problemRound, ReportScope.Counted.APPROVED), problems, stream, Progress.NONE);
        }
    }

    List<ProblemListWriter.Problem> problems() {
        return services.exportProblemList().problems(problemRound.id());
    }

    int exportSites(Path out) throws IOException {
        return services.exportSiteReport().run(rounds.get(rounds.size() - 1).id(), ReportScope.Counted.APPROVED, out, Progress.NONE).sites();
    }

    /** The problem list's cells, as bare rows for the baseline. */
    Map<String, List<Object[]>> problemCells() {
        return problemCells(services, problemRound.id());
    }

    static Map<String, List<Object[]>> problemCells(Services services, String roundId) {
        List<Object[]> rows = new ArrayList<>();
        int number = 0;
        for (ProblemListWriter.Problem p : services.exportProblemList().problems(roundId)) {
            rows.add(new Object[] {++number, p.district(), p.street(), p.site(), p.siteType(), p.standardCode() + " " + p.standardText(),
                p.description(), p.deadline().toString(), p.standing().escalation().name(), p.standing().status().name(), ""});
        }
        return Map.of("问题清单", rows);
    }

    /** The problem list's baseline whole: its cells read with bare JDBC, then written with bare SXSSF. */
    void readAndWriteBare(Path out) throws IOException {
        BareProblemRead.write(services.workspace(), problemRound.id(), LocalDate.now(), out);
    }

    /** The site sheets' cells, as bare rows for the baseline. */
    Map<String, List<Object[]>> siteCells() {
        Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
        Round round = rounds.get(rounds.size() - 1);
        int n = 0;
        for (SiteReportWriter.SiteSheet sheet : services.exportSiteReport().sheets(round, ReportScope.Counted.APPROVED)) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {round.name(), sheet.time()});
            rows.add(new Object[] {sheet.site(), sheet.siteType()});
            rows.add(new Object[] {sheet.district() + " " + sheet.street(), sheet.address()});
            rows.add(new Object[] {sheet.team()});
            int number = 0;
            for (SiteReportWriter.Line line : sheet.lines()) {
                rows.add(new Object[] {++number, line.code() + " " + line.text(), line.points(), line.result(), line.count(), line.earned(), line.problem()});
            }
            rows.add(new Object[] {"合计", sheet.scoreRate(), sheet.possible(), null, sheet.earned()});
            sheets.put(String.format("%04d", ++n), rows);
        }
        return sheets;
    }

    void writeBare(Map<String, List<Object[]>> cells, Path out) throws IOException {
        BareSheetWrite.write(out, cells);
    }
}
