package org.civicinspect.bench;

import org.civicinspect.excel.SiteWorkbookWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;

/** A large, seeded site registry in our template, for the benchmark and for looking at a big registry. */
public final class SyntheticSiteWorkbook {

    private SyntheticSiteWorkbook() {
    }

    public static List<Site> sites(int count, List<String> siteTypes, long seed) {
        Random random = new Random(seed);
        List<Site> sites = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int district = 1 + random.nextInt(12);
            int street = 1 + random.nextInt(15);
            String type = siteTypes.get(random.nextInt(siteTypes.size()));
            sites.add(new Site(null, "合成点位" + i + "号" + type, type, "第" + district + "区", "第" + district + "区" + street + "街道",
                    "第" + (1 + random.nextInt(9)) + "社区", "合成路" + random.nextInt(500) + "号", "第" + district + "区责任单位" + random.nextInt(30),
                    "市包联单位" + random.nextInt(40), new BigDecimal("30." + (100000 + random.nextInt(900000))),
                    new BigDecimal("120." + (100000 + random.nextInt(900000))), random.nextInt(50) == 0, random.nextInt(40) != 0));
        }
        return sites;
    }

    public static void write(Path file, int count, List<String> siteTypes, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new SiteWorkbookWriter().write("合成点位清单（" + count + "个）", sites(count, siteTypes, seed), out, Progress.NONE);
        }
    }
}
