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
import java.util.function.Function;
import org.civicinspect.excel.RankingSheet;
import org.civicinspect.excel.RankingWorkbookWriter;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.Standings;
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

    /**
     * One grouping's ranking: the sheet's title, what its groups are (区县, 街道 …), where each stands and why, and the
     * groups visited but without a rate (every answer 不适用), listed last without a rank.
     */
    public record Ranked(String title, String heading, Standings.Table table, List<RankingSheet.Line> unrated) {
    }

    /** Districts, streets and responsible units ranked, each against the same grouping of the previous round. */
    static List<Ranked> rankings(ScoreRound.Scored scored, int listSize) {
        RoundScores now = scored.scores();
        RoundScores before = scored.previous().orElse(null);
        return List.of(
                ranked("区县排名", "区县", now.byDistrict(), before == null ? null : before.byDistrict(), listSize),
                ranked("街道排名", "街道", now.byStreet(), before == null ? null : before.byStreet(), listSize),
                ranked("责任单位排名", "责任单位", now.byResponsibleUnit(), before == null ? null : before.byResponsibleUnit(), listSize));
    }

    /** The sites themselves ranked by 得分率 and named, for the bulletin's site red and black lists. */
    static Ranked sites(ScoreRound.Scored scored, int listSize) {
        RoundScores now = scored.scores();
        Function<String, String> name = id -> now.site(id) != null ? now.site(id).name()
                : scored.previous().map(p -> p.site(id).name()).orElse(id);
        return new Ranked("点位排名", "点位", Standings.of(now.bySite(), name, scored.previous().map(RoundScores::bySite).orElse(null), listSize),
                unrated(now.bySite(), name));
    }

    static List<RankingSheet> sheets(List<Ranked> rankings) {
        return rankings.stream().map(ExportRanking::sheet).toList();
    }

    /** How many lines were written, the scores they came from and each grouping's standings (for explanations). */
    public record Written(int lines, ScoreRound.Scored scored, List<Ranked> rankings) {
    }

    public Written run(String roundReference, ReportScope.Counted counted, int listSize, Path out) throws IOException {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        List<Ranked> rankings = rankings(scored, listSize);
        List<RankingSheet> sheets = sheets(rankings);
        String subtitle = scored.round().start() + " 至 " + scored.round().end() + "　全市：" + scored.scores().city().formula()
                + scored.previousRound().map(r -> "　较上期：" + r.name()).orElse("　（无上期可比）");
        AtomicFile.write(out, stream -> new RankingWorkbookWriter().write(scored.round().name() + " 排名通报", scored.scope(), subtitle, sheets, stream));
        int lines = sheets.stream().mapToInt(s -> s.lines().size()).sum();
        Audit.exported(workspace, signedIn.name(), "ranking round=" + scored.round().id(), out, lines);
        return new Written(lines, scored, rankings);
    }

    private static Ranked ranked(String title, String heading, Map<String, Aggregate> groups, Map<String, Aggregate> previous, int listSize) {
        return new Ranked(title, heading, Standings.of(groups, Function.identity(), previous, listSize), unrated(groups, Function.identity()));
    }

    private static List<RankingSheet.Line> unrated(Map<String, Aggregate> groups, Function<String, String> nameOf) {
        return groups.entrySet().stream().filter(e -> !e.getValue().rated())
                .map(e -> RankingSheet.Line.unrated(nameOf.apply(e.getKey()), e.getValue().sites(), e.getValue().awaitingReview()))
                .sorted(java.util.Comparator.comparing(RankingSheet.Line::group)).toList();
    }

    private static RankingSheet sheet(Ranked ranked) {
        List<RankingSheet.Line> lines = new ArrayList<>(ranked.table().standings().stream().map(ExportRanking::line).toList());
        lines.addAll(ranked.unrated());
        return new RankingSheet(ranked.title(), ranked.heading(), lines);
    }

    private static RankingSheet.Line line(Standings.Standing s) {
        Aggregate a = s.aggregate();
        BigDecimal rate = Rounding.percent(a.scoreRate());
        BigDecimal change = s.previous() == null ? null : rate.subtract(Rounding.percent(s.previous().scoreRate()));
        return new RankingSheet.Line(s.rank(), s.name(), rate, Rounding.percent(a.complianceRate()), a.problems(), a.sites(), a.awaitingReview(), change,
                mark(s.honour()), s.rankChange());
    }

    static String mark(Standings.Honour honour) {
        return switch (honour) {
            case RED -> "红榜";
            case BLACK -> "黑榜";
            case NONE -> "";
        };
    }
}
