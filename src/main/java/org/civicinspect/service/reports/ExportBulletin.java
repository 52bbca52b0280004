package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.BulletinWriter;
import org.civicinspect.excel.RankingSheet;
import org.civicinspect.excel.StandardAnalysisWriter;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CityScore;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.store.Workspace;

/**
 * {@code report bulletin}: the round's 通报: the city's figures and total after the negative list, the red and
 * black lists of districts, streets and responsible units, the weakest standards and the negative-list events.
 */
public final class ExportBulletin {

    private static final int WEAKEST_SHOWN = 10;

    private final Workspace workspace;
    private final ScoreRound scoreRound;
    private final ExportStandardAnalysis standardAnalysis;
    private final Checklists checklists;
    private final SignedIn signedIn;

    public ExportBulletin(Workspace workspace, ScoreRound scoreRound, ExportStandardAnalysis standardAnalysis, Checklists checklists, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.scoreRound = scoreRound;
        this.standardAnalysis = standardAnalysis;
        this.checklists = checklists;
    }

    /** How many summary figures were written, and the scores they came from. */
    public record Written(int facts, ScoreRound.Scored scored) {
    }

    public Written run(String roundReference, ReportScope.Counted counted, int listSize, Path out) throws IOException {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        BulletinWriter.Bulletin bulletin = bulletin(scored, listSize);
        String subtitle = scored.round().start() + " 至 " + scored.round().end() + "　全市：" + scored.scores().city().formula();
        AtomicFile.write(out, stream -> new BulletinWriter().write(bulletin, scored.scope(), subtitle, stream));
        Audit.exported(workspace, signedIn.name(), "bulletin round=" + scored.round().id(), out, bulletin.facts().size());
        return new Written(bulletin.facts().size(), scored);
    }

    private BulletinWriter.Bulletin bulletin(ScoreRound.Scored scored, int listSize) {
        CityScore city = scored.scores().cityScore();
        Aggregate field = city.field();
        List<BulletinWriter.Fact> facts = new ArrayList<>();
        facts.add(new BulletinWriter.Fact("测评时间", scored.round().start() + " 至 " + scored.round().end(), ""));
        facts.add(new BulletinWriter.Fact("测评点位", field.sites(), "个"));
        facts.add(new BulletinWriter.Fact("测评结果", field.scored(), "条（不含不适用）"));
        facts.add(new BulletinWriter.Fact("发现问题", field.problems(), "个"));
        facts.add(new BulletinWriter.Fact("实地考察得分率", Rounding.percent(field.scoreRate()), "%"));
        facts.add(new BulletinWriter.Fact("达标率", Rounding.percent(field.complianceRate()), "%"));
        scored.previous().ifPresent(before -> facts.add(new BulletinWriter.Fact("得分率较上期",
                Rounding.percent(field.scoreRate()).subtract(Rounding.percent(before.city().scoreRate())),
                "个百分点（上期：" + scored.previousRound().orElseThrow().name() + "）")));
        facts.add(new BulletinWriter.Fact("负面清单扣分", city.deductions(), "分（" + city.events().size() + " 件）"));
        facts.add(new BulletinWriter.Fact("综合得分", Rounding.forDisplay(city.total()), "分（得分率 × 100 − 负面清单扣分）"));
        Map<String, String> texts = new HashMap<>();
        checklists.tree(scored.round().indicatorSetId()).standards().forEach(s -> texts.put(s.code(), s.text()));
        List<BulletinWriter.Event> events = city.events().stream().map((NegativeEvent e) -> new BulletinWriter.Event(e.date(), e.standardCode(),
                texts.getOrDefault(e.standardCode(), ""), e.description(), e.deduction())).toList();
        List<RankingSheet> rankings = ExportRanking.sheets(scored, listSize);
        List<StandardAnalysisWriter.Line> standards = standardAnalysis.lines(scored);
        return new BulletinWriter.Bulletin(scored.round().name(), facts, rankings, standards, WEAKEST_SHOWN, events);
    }
}
