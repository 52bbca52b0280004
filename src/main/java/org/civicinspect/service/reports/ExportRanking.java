package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.RankingSheet;
import org.civicinspect.excel.RankingWorkbookWriter;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.Ranking;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.store.Workspace;

/**
 * {@code report ranking}: districts, streets and responsible units ranked by 得分率, with 达标率, problems, the
 * change against the previous round and the red and black lists (top and bottom N). A group whose visited sites were
 * answered entirely 不适用 is listed last with its sites, without rate or rank.
 */
public final class ExportRanking {

    private final Workspace workspace;
    private final ScoreRound scoreRound;
    private final SignedIn signedIn;

    public ExportRanking(Workspace workspace, ScoreRound scoreRound, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.scoreRound = scoreRound;
    }

    static List<RankingSheet> sheets(ScoreRound.Scored scored, int listSize) {
        RoundScores now = scored.scores();
        RoundScores before = scored.previous().orElse(null);
        return List.of(
                sheet("区县排名", "区县", now.byDistrict(), before == null ? null : before.byDistrict(), listSize),
                sheet("街道排名", "街道", now.byStreet(), before == null ? null : before.byStreet(), listSize),
                sheet("责任单位排名", "责任单位", now.byResponsibleUnit(), before == null ? null : before.byResponsibleUnit(), listSize));
    }

    /** How many lines were written, and the scores they came from (for explanations). */
    public record Written(int lines, ScoreRound.Scored scored) {
    }

    public Written run(String roundReference, ReportScope.Counted counted, int listSize, Path out) throws IOException {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        List<RankingSheet> sheets = sheets(scored, listSize);
        String subtitle = scored.round().start() + " 至 " + scored.round().end() + "　全市：" + scored.scores().city().formula()
                + scored.previousRound().map(r -> "　较上期：" + r.name()).orElse("　（无上期可比）");
        AtomicFile.write(out, stream -> new RankingWorkbookWriter().write(scored.round().name() + " 排名通报", scored.scope(), subtitle, sheets, stream));
        int lines = sheets.stream().mapToInt(s -> s.lines().size()).sum();
        Audit.exported(workspace, signedIn.name(), "ranking round=" + scored.round().id(), out, lines);
        return new Written(lines, scored);
    }

    private static RankingSheet sheet(String title, String heading, Map<String, Aggregate> groups, Map<String, Aggregate> previous,
                                      int listSize) {
        List<Ranking.Ranked> ranked = Ranking.rank(groups);
        List<RankingSheet.Line> lines = new ArrayList<>();
        int lastRank = ranked.isEmpty() ? 0 : ranked.get(ranked.size() - 1).rank();
        // With fewer than 2N groups the two lists would overlap: each then takes half of the groups.
        int size = Math.min(listSize, ranked.size() / 2);
        for (Ranking.Ranked r : ranked) {
            Aggregate a = r.aggregate();
            BigDecimal rate = Rounding.percent(a.scoreRate());
            BigDecimal change = previous == null || !previous.containsKey(a.group()) || !previous.get(a.group()).rated() ? null
                    : rate.subtract(Rounding.percent(previous.get(a.group()).scoreRate()));
            boolean red = r.rank() <= size;
            boolean black = !red && r.rank() > lastRank - size;
            lines.add(new RankingSheet.Line(r.rank(), a.group(), rate, Rounding.percent(a.complianceRate()), a.problems(), a.sites(),
                    change, red ? "红榜" : black ? "黑榜" : ""));
        }
        groups.values().stream().filter(a -> !a.rated()).forEach(a -> lines.add(RankingSheet.Line.unrated(a.group(), a.sites())));
        return new RankingSheet(title, heading, lines);
    }
}
