package org.civicinspect.service.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.reports.HandWorkedCity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 任务分解表 in and out for one indicator-set version: alias headers, units listed with any of the usual separators,
 * dates in the usual Excel forms; all or nothing, every error named by sheet and cell; the export reads back the same.
 */
class TaskBreakdownWorkbookTest {

    @TempDir Path temp;
    private Services services;

    /** The four standards of {@link HandWorkedCity}, without its sites and rounds: a breakdown needs only the set and the units. */
    @BeforeEach
    void setWithRegisteredUnits() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "分值", "计分方式", "适用点位")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", 4, "按处扣分（每处1分）", "主次干道、公园")
                .row("HJ-02", "公共环境", "环境卫生", "设施完好", 2, "符合/不符合", "主次干道、公园")
                .row("HJ-03", "公共环境", "环境卫生", "无乱张贴", 2, "符合/不符合", "主次干道")
                .row("ZX-01", "公共秩序", "秩序", "秩序良好", 3, "A/B/C/C#", "公园")
                .save(temp, "体系.xlsx");
        services.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        for (String unit : List.of("城管局", "交通局", "园林局")) {
            services.saveUnit().run(ResponsibleUnit.named(unit));
        }
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private static List<String> english(List<SheetProblem> problems) {
        Messages.use("en");
        try {
            return problems.stream().map(Messages::describe).toList();
        } finally {
            Messages.use("zh");
        }
    }

    private Map<String, Long> counts() {
        return services.workspace().read(tx -> tx.taskAssignments().tableCounts());
    }

    @Test
    void aBreakdownWithAliasHeadersReadsEveryUsualDateAndSeparatorAndTheExportReadsBackTheSame() throws Exception {
        Path file = new WorkbookBuilder().sheet("任务分解")
                .row("2026年创建任务分解表")
                .row("标准编号", "测评标准", "牵头部门", "责任单位", "时限", "备注")
                .row("HJ-01", "路面干净", "城管局", "交通局、园林局", "2026-12-31", "每周巡查")
                .row("HJ-02", "", "城管局", "交通局，园林局", DateUtil.getExcelDate(LocalDate.of(2026, 11, 30)), "")
                .row("HJ-03", "无 乱张贴", "交通局", "城管局;园林局", "2026年6月30日", "")
                .row("ZX-01", "秩序良好", "园林局", "城管局\n交通局", "2026/9/1", "")
                .save(temp, "任务分解.xlsx");

        ImportTaskWorkbook.Result result = services.importTaskWorkbook().run("latest", file);
        assertEquals(List.of(), english(result.errors()));
        List<TaskAssignment> expected = List.of(
                new TaskAssignment("HJ-01", "城管局", List.of("交通局", "园林局"), LocalDate.of(2026, 12, 31), "每周巡查"),
                new TaskAssignment("HJ-02", "城管局", List.of("交通局", "园林局"), LocalDate.of(2026, 11, 30), ""),
                new TaskAssignment("HJ-03", "交通局", List.of("城管局", "园林局"), LocalDate.of(2026, 6, 30), ""),
                new TaskAssignment("ZX-01", "园林局", List.of("城管局", "交通局"), LocalDate.of(2026, 9, 1), ""));
        assertEquals(expected, result.tasks(), "a date cell, 2026-12-31, 2026年6月30日 and 2026/9/1 are dates; 、，; and line breaks separate units");
        assertEquals(Map.of("task_assignment", 4L, "task_support", 8L), counts());

        Path out = temp.resolve("导出.xlsx");
        assertEquals(expected, services.exportTaskWorkbook().run("latest", out).tasks());
        ImportTaskWorkbook.Result again = services.importTaskWorkbook().run("latest", out);
        assertEquals(List.of(), english(again.errors()));
        assertEquals(expected, again.tasks());
        assertEquals(expected, services.workspace().read(tx -> tx.taskAssignments().of(result.set().id())));
        assertEquals(Map.of("task_assignment", 4L, "task_support", 8L), counts(), "an import replaces the set's breakdown whole");
    }

    @Test
    void aBreakdownWithSeveralErrorsIsRefusedWholeWithEveryErrorNamed() throws Exception {
        services.importTaskWorkbook().run("latest", new WorkbookBuilder().sheet("任务分解表")
                .row("测评标准编号", "牵头单位").row("HJ-01", "城管局").save(temp, "已有.xlsx"));
        Path file = new WorkbookBuilder().sheet("任务分解表")
                .row("编号", "测评标准", "牵头单位", "配合单位", "完成时限")
                .row("HJ-01", "路面干净", "城管局", "交通局", "2026-12-31")
                .row("HJ-09", "", "城管局", "", "")
                .row("HJ-02", "设施损坏", "卫健委", "园林局、教育局", "2026-13-01")
                .row("HJ-03", "", "城管局、交通局", "", "")
                .row("HJ-01", "", "园林局", "", "")
                .row("ZX-01", "", "", "城管局", "尽快")
                .save(temp, "坏分解.xlsx");

        ImportTaskWorkbook.Result result = services.importTaskWorkbook().run("latest", file);
        assertFalse(result.ok());
        assertEquals(List.of(
                "任务分解表!A3: standard HJ-09 is not in 体系 v1",
                "任务分解表!B4: this is not the text of standard HJ-02, which reads \"设施完好\": correct the code or the text",
                "任务分解表!C4: unit \"卫健委\" is not in the unit directory: import it with units import first",
                "任务分解表!D4: unit \"教育局\" is not in the unit directory: import it with units import first",
                "任务分解表!E4: 完成时限 \"2026-13-01\" is not a date (write e.g. 2026-12-31 or 2026年12月31日)",
                "任务分解表!C5: one 牵头单位 per standard, not 城管局、交通局: name the others as 配合单位",
                "任务分解表!A6: standard HJ-01 was already assigned at 任务分解表!A2",
                "任务分解表!C7: 牵头单位 is empty",
                "任务分解表!E7: 完成时限 \"尽快\" is not a date (write e.g. 2026-12-31 or 2026年12月31日)"), english(result.errors()));
        assertEquals(Map.of("task_assignment", 1L, "task_support", 0L), counts(), "the breakdown imported before is untouched");
    }

    @Test
    void aListWithoutItsLeadUnitColumnIsRefused() throws Exception {
        Path file = new WorkbookBuilder().sheet("任务分解表")
                .row("测评标准编号", "配合单位", "完成时限").row("HJ-01", "城管局", "2026-12-31").save(temp, "无牵头.xlsx");

        ImportTaskWorkbook.Result result = services.importTaskWorkbook().run("latest", file);
        assertEquals(List.of("任务分解表!A1:C1: Column \"牵头单位\" is missing"), english(result.errors()));
        assertEquals(Map.of("task_assignment", 0L, "task_support", 0L), counts());
    }

    @Test
    void anUnknownSetIsRefused() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.exportTaskWorkbook().run("无此体系", temp.resolve("x.xlsx")));
        assertEquals("cli.indicators.noSuchSet", refused.messageKey());
    }
}
