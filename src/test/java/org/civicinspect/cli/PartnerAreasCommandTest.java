package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code units baolian-areas}: a workbook of streets' and communities' 包联 is refused whole with every error named by
 * sheet and cell, or taken in; it is listed, and exported in a template that imports back unchanged.
 */
class PartnerAreasCommandTest {

    @TempDir Path temp;

    @Test
    void areas包联AreImportedWholeOrNotAtAllListedAndExported() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        Path bad = new WorkbookBuilder().sheet("包联")
                .row("区县", "街道", "社区", "包联单位", "包联领导")
                .row("城东区", "东湖街道", "", "市住建局", "王副市长")
                .row("", "西湖街道", "", "市交通局", "")
                .row("城东区", "", "南湖社区", "市财政局", "")
                .row("城东区", "北湖街道", "", "", "")
                .row("城东区", "东湖街道", "", "市发改委", "")
                .save(temp, "错误.xlsx");
        assertEquals(2, cli.run("units", "baolian-areas", "import", bad.toString()));
        assertEquals(String.join("\n",
                "错误.xlsx 未导入，共 4 处问题，工作区未做任何更改：",
                "  包联!A3: 区县为空",
                "  包联!B4: 街道为空（片区包联至少到街道）",
                "  包联!D5: 包联单位和包联领导都为空",
                "  包联!A6: 与 包联!A2 是同一个片区（区县、街道、社区相同）"), cli.err().strip().replace(temp + "/", ""));
        assertEquals(0, cli.run("units", "baolian-areas", "list"));
        assertEquals("共 0 个片区有包联", cli.out().strip(), "nothing taken in");

        Path good = new WorkbookBuilder().sheet("包联")
                .row("区县", "街道", "社区", "包保单位", "联系领导")
                .row("城东区", "东湖街道", "", "市住建局", "王副市长")
                .row("城东区", "东湖街道", "东湖社区", "市财政局", "李副市长")
                .save(temp, "片区包联.xlsx");
        assertEquals(0, cli.run("units", "baolian-areas", "import", good.toString()), cli.err());
        assertTrue(cli.out().contains("新增 2 个片区，更新 0 个，未变 0 个"), cli.out());
        assertEquals(0, cli.run("units", "baolian-areas", "list"));
        assertTrue(cli.out().contains("城东区  东湖街道  （全街道）  市住建局  王副市长"), cli.out());
        assertTrue(cli.out().contains("城东区  东湖街道  东湖社区  市财政局  李副市长"), cli.out());

        Path out = temp.resolve("导出.xlsx");
        assertEquals(0, cli.run("units", "baolian-areas", "export", out.toString()), cli.err());
        assertEquals(0, cli.run("units", "baolian-areas", "import", out.toString()), cli.err());
        assertTrue(cli.out().contains("新增 0 个片区，更新 0 个，未变 2 个"), cli.out());
    }
}
