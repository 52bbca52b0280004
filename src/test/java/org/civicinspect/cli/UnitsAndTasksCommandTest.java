package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code units} and {@code tasks} at the prompt: the registry filled from sites, a refused 任务分解表 exits 2 and changes nothing. */
class UnitsAndTasksCommandTest {

    @TempDir Path temp;

    @Test
    void anOfficeRegistersItsUnitsAssignsStandardsAndReportsProgress() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "分值", "计分方式", "适用点位")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", 4, "按处扣分（每处1分）", "主次干道")
                .row("HJ-02", "公共环境", "环境卫生", "设施完好", 2, "符合/不符合", "主次干道")
                .save(temp, "体系.xlsx");
        Path sites = new WorkbookBuilder().sheet("点位清单")
                .row("区县", "点位名称", "点位类型", "责任单位")
                .row("城东区", "东湖路", "主次干道", "城管局")
                .row("城东区", "新桥路", "主次干道", "交通局")
                .save(temp, "点位.xlsx");
        assertEquals(0, cli.run("indicators", "import", indicators.toString()));
        assertEquals(0, cli.run("sites", "import", sites.toString()));

        assertEquals(0, cli.run("--lang", "en", "units", "list"));
        assertEquals(List.of("0 registered units", "2 units are named on sites but not in the directory (no contacts yet):",
                "  交通局 (1 site)", "  城管局 (1 site)"), cli.out().lines().toList());

        Path badDirectory = new WorkbookBuilder().sheet("名录").row("单位名称", "联络员").row("城管局", "李联络").row("城管局", "赵敏")
                .save(temp, "坏名录.xlsx");
        assertEquals(2, cli.run("--lang", "en", "units", "import", badDirectory.toString()));
        assertEquals(List.of(badDirectory + " was not imported: 1 problem, the workspace is unchanged:",
                "  名录!A3: the same unit as 名录!A2 (same name)"), cli.err().lines().toList());

        Path directory = temp.resolve("名录.xlsx");
        assertEquals(0, cli.run("units", "export", "--with-known-from-sites", directory.toString()));
        assertEquals(0, cli.run("--lang", "en", "units", "import", directory.toString()));
        assertEquals(directory + ": 2 added, 0 updated, 0 unchanged", cli.out().strip());

        Path refused = new WorkbookBuilder().sheet("任务分解表")
                .row("测评标准编号", "牵头单位", "完成时限")
                .row("HJ-01", "城管局", "下月")
                .row("HJ-07", "卫健委", "")
                .save(temp, "坏分解.xlsx");
        assertEquals(2, cli.run("--lang", "en", "tasks", "import", "--set", "latest", refused.toString()));
        assertEquals(List.of(refused + " was not imported: 3 problems, the workspace is unchanged:",
                "  任务分解表!C2: 完成时限 \"下月\" is not a date (write e.g. 2026-12-31 or 2026年12月31日)",
                "  任务分解表!A3: standard HJ-07 is not in 体系 v1",
                "  任务分解表!B3: unit \"卫健委\" is not in the unit directory: import it with units import first"), cli.err().lines().toList());

        Path tasks = new WorkbookBuilder().sheet("任务分解表")
                .row("测评标准编号", "牵头单位", "配合单位", "完成时限")
                .row("HJ-01", "城管局", "交通局", "2026-12-31")
                .save(temp, "分解.xlsx");
        assertEquals(0, cli.run("tasks", "import", "--set", "latest", tasks.toString()));
        Path exported = temp.resolve("导出分解.xlsx");
        assertEquals(0, cli.run("tasks", "export", "--set", "体系", exported.toString(), "--json"));
        assertTrue(cli.out().contains("\"standards\" : 1"), cli.out());

        assertEquals(0, cli.run("round", "create", "--name", "甲轮", "--start", "2026-11-20", "--end", "2026-11-22"));
        Path report = temp.resolve("推进表.xlsx");
        assertEquals(0, cli.run("--lang", "en", "report", "tasks", "--round", "甲轮", report.toString()));
        assertEquals("Wrote the task breakdown with progress (1 standard): " + report, cli.out().strip());
        assertTrue(Files.size(report) > 0);
        assertEquals(0, cli.run("--lang", "en", "units", "standards", "交通局", "--round", "甲轮"));
        assertEquals(List.of("HJ-01  supporting  2026-12-31  not scored at any site in this round", "交通局 leads or supports 1 standard"),
                cli.out().lines().toList());
    }
}
