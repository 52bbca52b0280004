package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.List;
import org.civicinspect.model.Category;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;

/** Small, realistic inputs for the writers: one indicator tree with every kind of standard, and a few sites. */
final class Samples {

    private Samples() {
    }

    static final Standard CLEAN = new Standard("01-01-01", "路面干净，无垃圾、无积水", List.of("实地考察"), new BigDecimal("2"),
            ScoringRule.BINARY, "", false, List.of("公园", "农贸市场"));
    static final Standard GREEN = new Standard("01-01-02", "绿化带整洁，无黄土裸露", List.of("实地考察", "拍照"), new BigDecimal("1.5"),
            ScoringRule.GRADED, "发现1处为B，2处为C，3处及以上为C#", false, List.of("公园"));
    static final Standard STALLS = new Standard("01-02-01", "无占道经营、店外经营", List.of("实地考察"), new BigDecimal("3"),
            ScoringRule.deduction(new BigDecimal("0.5")), "", false, List.of("农贸市场"));
    static final Standard SAFETY = new Standard("09-03-01", "未发生重大安全生产事故", List.of("材料审核"), new BigDecimal("1"),
            ScoringRule.BINARY, "", true, List.of());

    /** A round of twelve sites: eight approved and counted, two waiting for review, one in progress, one not started. */
    static final ReportScope SCOPE = new ReportScope("2026年第一轮模拟测评", java.time.LocalDate.of(2026, 11, 2), java.time.LocalDate.of(2026, 11, 13),
            ReportScope.Counted.APPROVED, java.util.Map.of(InspectionStatus.APPROVED, 8, InspectionStatus.COMPLETED, 2,
            InspectionStatus.IN_PROGRESS, 1, InspectionStatus.NOT_STARTED, 1), java.util.Optional.of(java.time.Instant.parse("2026-11-13T09:30:00Z")));

    /** Two categories, three indicators, four standards: binary, graded, by deduction, and a negative-list one. */
    static IndicatorTree tree() {
        return tree(GradeCoefficients.DEFAULT, true);
    }

    static IndicatorTree tree(GradeCoefficients grades, boolean evidence) {
        return new IndicatorTree(List.of(
                new Category("01", "公共环境", List.of(
                        new Indicator("01-01", "环境卫生", List.of(CLEAN, GREEN)),
                        new Indicator("01-02", "市容秩序", List.of(STALLS)))),
                new Category("09", "负面清单", List.of(new Indicator("09-03", "安全生产", List.of(SAFETY))))),
                grades, evidence);
    }

    static Site park() {
        return new Site("s1", "幸福公园", "公园", "城东区", "东湖街道", "幸福社区", "幸福路1号", "城东区城管局", "东湖街道办", "王副区长",
                new BigDecimal("30.5728"), new BigDecimal("104.0668"), true, true);
    }

    static Site market() {
        return new Site("s2", "东门农贸市场", "农贸市场", "城西区", "", "", "", "", "", null, null, false, false);
    }
}
