package org.civicinspect.bench;

import org.civicinspect.excel.IndicatorWorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicinspect.model.Category;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Standard;

/** A large, seeded indicator set in our template, for the benchmark and for looking at a big library. */
public final class SyntheticIndicatorWorkbook {

    /** As many site types as a typical city's set has. */
    static final int TYPICAL_SITE_TYPES = 16;

    private SyntheticIndicatorWorkbook() {
    }

    public static IndicatorTree tree(int standards, int siteTypes, long seed) {
        Random random = new Random(seed);
        List<String> types = new ArrayList<>();
        for (int t = 1; t <= siteTypes; t++) {
            types.add("点位类型" + t);
        }
        int perIndicator = 10;
        int indicatorsPerCategory = 5;
        List<Category> categories = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Standard> current = new ArrayList<>();
        for (int s = 1; s <= standards; s++) {
            List<String> applies = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                String type = types.get(random.nextInt(types.size()));
                if (!applies.contains(type)) {
                    applies.add(type);
                }
            }
            ScoringRule rule = switch (s % 3) {
                case 0 -> ScoringRule.BINARY;
                case 1 -> ScoringRule.GRADED;
                default -> ScoringRule.deduction(BigDecimal.ONE);
            };
            current.add(new Standard("S" + s, "第" + s + "条示例标准：设施完好、环境整洁、秩序良好，无乱堆乱放现象（合成数据）",
                    List.of("实地考察"), BigDecimal.valueOf(1 + random.nextInt(4)), rule,
                    "沿主要通道观察，发现一处即记录", false, applies));
            if (current.size() == perIndicator || s == standards) {
                indicators.add(new Indicator("I" + (indicators.size() + 1 + categories.size() * indicatorsPerCategory),
                        "合成测评内容" + (indicators.size() + 1), current));
                current = new ArrayList<>();
            }
            if (indicators.size() == indicatorsPerCategory || (s == standards && !indicators.isEmpty())) {
                categories.add(new Category("C" + (categories.size() + 1), "合成测评项目" + (categories.size() + 1), indicators));
                indicators = new ArrayList<>();
            }
        }
        return new IndicatorTree(categories, GradeCoefficients.DEFAULT);
    }

    public static void write(Path file, int standards, int siteTypes, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new IndicatorWorkbookWriter().write("合成测评体系（" + standards + "条）", tree(standards, siteTypes, seed), out);
        }
    }
}
