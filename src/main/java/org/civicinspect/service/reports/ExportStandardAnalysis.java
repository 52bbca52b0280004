package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.excel.StandardAnalysisWriter;
import org.civicinspect.model.Category;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * {@code report standards}: every standard checked in the round with its 得分率 and 达标率, weakest 达标率 first (then the
 * lower 得分率), with its most frequent problems.
 */
public final class ExportStandardAnalysis {

    private static final int FREQUENT = 3;

    private final Workspace workspace;
    private final ScoreRound scoreRound;
    private final Checklists checklists;
    private final SignedIn signedIn;

    public ExportStandardAnalysis(Workspace workspace, ScoreRound scoreRound, Checklists checklists, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.scoreRound = scoreRound;
        this.checklists = checklists;
    }

    public List<StandardAnalysisWriter.Line> lines(ScoreRound.Scored scored) {
        IndicatorTree tree = checklists.tree(scored.round().indicatorSetId());
        Map<String, Standard> standards = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (Category category : tree.categories()) {
            for (Indicator i : category.indicators()) {
                for (Standard s : i.standards()) {
                    standards.put(s.code(), s);
                    categories.put(s.code(), category.name());
                }
            }
        }
        Map<String, Map<String, Integer>> notes = new HashMap<>();
        String roundId = scored.round().id();
        // Site by site, so that a round of hundreds of thousands of findings is never held in memory at once; only the
        // sites the figures count, so that no note of an inspection left out of the scope is quoted.
        List<String> counted = List.copyOf(scored.scores().bySite().keySet());
        workspace.read(tx -> {
            tx.findings().forEachNotedBySite(roundId, counted, f -> {
                if (f.answer().failing() && !f.note().isBlank()) {
                    notes.computeIfAbsent(f.standardCode(), k -> new HashMap<>()).merge(f.note().strip(), 1, Integer::sum);
                }
            });
            return null;
        });
        List<StandardAnalysisWriter.Line> lines = new ArrayList<>();
        for (Aggregate a : scored.scores().byStandard().values()) {
            Standard s = standards.get(a.group());
            String frequent = notes.getOrDefault(a.group(), Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FREQUENT).map(e -> e.getKey() + "（" + e.getValue() + "）").collect(Collectors.joining("；"));
            lines.add(new StandardAnalysisWriter.Line(a.group(), categories.get(a.group()), s.text(), a.sites(),
                    Rounding.percent(a.scoreRate()), Rounding.percent(a.complianceRate()), a.problems(), frequent));
        }
        // Weakest first; of two standards equally weak on both rates, the one seen at more sites is the surer finding.
        lines.sort(Comparator.comparing(StandardAnalysisWriter.Line::complianceRate).thenComparing(StandardAnalysisWriter.Line::scoreRate)
                .thenComparing(StandardAnalysisWriter.Line::sites, Comparator.reverseOrder()).thenComparing(StandardAnalysisWriter.Line::code));
        return lines;
    }

    /** How many standards were written, and the scores they came from. */
    public record Written(int lines, ScoreRound.Scored scored) {
    }

    public Written run(String roundReference, ReportScope.Counted counted, Path out) throws IOException {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        List<StandardAnalysisWriter.Line> lines = lines(scored);
        AtomicFile.write(out, stream -> new StandardAnalysisWriter().write(scored.round().name() + " 指标达标分析", scored.scope(),
                scored.round().start() + " 至 " + scored.round().end() + "　全市：" + scored.scores().city().formula(), lines, stream));
        Audit.exported(workspace, signedIn.name(), "standards round=" + scored.round().id(), out, lines.size());
        return new Written(lines.size(), scored);
    }
}
