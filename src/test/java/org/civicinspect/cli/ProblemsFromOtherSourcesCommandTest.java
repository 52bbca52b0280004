package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code problems raise} and {@code problems import}: a refusal is one sentence a line, exit code 2, the workspace unchanged. */
class ProblemsFromOtherSourcesCommandTest {

    @TempDir Path temp;

    @Test
    void raisesByHandImportsAWorkbookAndRefusesABadOneWhole() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("indicators", "import", "--sample"));
        assertEquals(0, cli.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, cli.run("people", "add", "--name", "王芳", "--role", "内业"));
        assertEquals(0, cli.run("people", "use", "王芳"));

        assertEquals(0, cli.run("problems", "raise", "--source", "媒体曝光", "--address", "人民路 12 号", "--district", "城东区",
                "--unit", "城东区城管局", "--deadline", "2026-12-20", "--description", "占道经营"), cli.err());
        assertTrue(cli.out().contains("媒体曝光"), cli.out());
        assertEquals(2, cli.run("problems", "raise", "--source", "报纸", "--address", "人民路 12 号", "--district", "城东区",
                "--unit", "城东区城管局", "--deadline", "2026-12-20", "--description", "占道经营"));
        assertTrue(cli.err().contains("“报纸”不是问题来源"), cli.err());

        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path bad = new WorkbookBuilder().sheet("问题")
                .row("来源", "点位/地址", "区县", "街道", "测评标准编号", "问题描述", "责任单位", "整改时限", "照片")
                .row("暗访", "建设路 8 号", "城西区", "", "", "路灯不亮", "城西区城管局", "2026-12-21", "缺.jpg")
                .row("群众反映", "建设路 9 号", "城西区", "", "", "", "城西区城管局", "2026-12-21", "")
                .save(temp, "bad.xlsx");
        assertEquals(2, cli.run("problems", "import", bad.toString(), "--photos", photos.toString()));
        assertTrue(cli.err().contains("问题!I2: 照片文件夹 " + photos + " 中没有照片“缺.jpg”"), cli.err());
        assertTrue(cli.err().contains("问题!F3: 须写明问题描述"), cli.err());
        assertEquals(0, cli.run("problems", "list"));
        assertTrue(cli.out().contains("共 1 个问题"), "nothing imported: " + cli.out());

        Path good = new WorkbookBuilder().sheet("问题")
                .row("来源", "点位/地址", "区县", "街道", "测评标准编号", "问题描述", "责任单位", "整改时限", "照片")
                .row("暗访", "建设路 8 号", "城西区", "", "", "路灯不亮", "城西区城管局", "2026-12-21", "")
                .save(temp, "good.xlsx");
        assertEquals(0, cli.run("problems", "import", good.toString()), cli.err());
        assertEquals(0, cli.run("problems", "list", "--source", "暗访"));
        assertTrue(cli.out().contains("建设路 8 号") && cli.out().contains("共 1 个问题"), cli.out());
    }
}
