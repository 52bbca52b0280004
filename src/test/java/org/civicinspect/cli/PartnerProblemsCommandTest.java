package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sites list} names each site's 包联; {@code problems baolian} lists the problems at each 包联's sites and ranks them. */
class PartnerProblemsCommandTest {

    @TempDir Path temp;

    @Test
    void each包联SeesItsSitesProblemsAndTheRoundRanksThem() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        Path sites = new WorkbookBuilder().sheet("点位清单")
                .row("区县", "点位名称", "点位类型", "责任单位", "包联单位", "联系领导")
                .row("城东区", "人民路", "主次干道", "城东区城管局", "市发改委", "李副市长")
                .row("城东区", "解放路", "主次干道", "城东区城管局", "市财政局", "李副市长")
                .save(temp, "点位.xlsx");
        assertEquals(0, cli.run("sites", "import", sites.toString()), cli.err());
        assertEquals(0, cli.run("sites", "list"));
        assertTrue(cli.out().contains("人民路  主次干道  包联：市发改委／李副市长"), cli.out());
        assertEquals(0, cli.run("people", "add", "--name", "王芳", "--role", "内业"));
        assertEquals(0, cli.run("people", "use", "王芳"));
        for (String site : new String[] {"人民路", "解放路", "解放路"}) {
            assertEquals(0, cli.run("problems", "raise", "--source", "群众反映", "--site", site, "--deadline", "2026-11-29",
                    "--description", "垃圾堆放"), cli.err());
        }
        assertEquals(0, cli.run("round", "create", "--name", "第一期", "--start", "2026-12-01", "--end", "2026-12-05"), cli.err());

        assertEquals(0, cli.run("problems", "baolian", "--unit", "市财政局"));
        assertTrue(cli.out().contains("包联单位 市财政局：点位 1 个，问题 2 个，其中未销号 2 个"), cli.out());
        assertTrue(!cli.out().contains("市发改委"), cli.out());

        assertEquals(0, cli.run("problems", "baolian", "--leader", "--round", "第一期"));
        assertTrue(cli.out().contains("包联领导 李副市长：点位 2 个，问题 3 个，其中未销号 3 个"), cli.out());
        assertTrue(cli.out().contains("包联单位整改率排名（由高到低）："), cli.out());
        assertTrue(cli.out().contains("1. 整改率  市发改委：到期应改 1 个，已销号 0 个（0.00%）"), cli.out());

        assertEquals(2, cli.run("problems", "baolian", "--leader", "王副市长"));
        assertEquals("没有点位或片区的包联领导是“王副市长”", cli.err().strip());
    }
}
