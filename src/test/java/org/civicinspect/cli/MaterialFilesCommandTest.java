package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 材料 as typed at a prompt: a file filed, listed and checked; a hostile one refused in one sentence, exit 2. */
class MaterialFilesCommandTest {

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void roundWithAMaterialStandardAndAUnit() throws Exception {
        Path data = temp.resolve("ws");
        cli = new CliSession(data);
        Services services = TestWorkspaces.open(data);
        services.importIndicatorWorkbook().run(new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("CL-01", "制度建设", "工作机制", "有创建工作方案", "材料审核", 4, "符合/不符合", "")
                .save(temp, "体系.xlsx"), null, Progress.NONE);
        services.saveUnit().run(ResponsibleUnit.named("城管局"));
        services.addPerson().run("王芳", "", Role.OFFICE, "");
        services.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
        assertTrue(services.importTaskWorkbook().run("latest", new WorkbookBuilder().sheet("任务分解")
                .row("标准编号", "测评标准", "牵头部门", "责任单位", "时限", "备注").row("CL-01", "", "城管局", "", "", "")
                .save(temp, "任务分解.xlsx")).ok());
    }

    @Test
    void aPdfIsFiledListedAndCheckedAndAnExecutableNamedPdfExitsTwo() throws Exception {
        Path plan = Files.write(temp.resolve("方案.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n<< /Root 1 0 R >>\n"
                + "startxref\n0\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, cli.run("materials", "require", "--round", "latest", "--standard", "CL-01", "--types", "规范文件,实景图片", "--by", "王芳"), cli.err());
        assertEquals(0, cli.run("materials", "add", "--round", "latest", "--standard", "CL-01", "--unit", "城管局", "--type", "规范文件",
                "--title", "创建工作方案", "--date", "2024-05-01", plan.toString(), "--by", "王芳"), cli.err());
        assertTrue(cli.out().startsWith("已提交材料 方案.pdf（测评标准 CL-01，单位 城管局"), cli.out());
        assertEquals(0, cli.run("materials", "add", "--round", "latest", "--standard", "CL-01", "--unit", "城管局", "--type", "规范文件",
                "--title", "创建工作方案", "--date", "2024-05-01", plan.toString(), "--by", "王芳"), cli.err());
        assertTrue(cli.out().startsWith("材料 方案.pdf 已为测评标准 CL-01 提交过（单位 城管局") && cli.out().contains("没有任何改变"), cli.out());
        assertEquals(2, cli.run("materials", "add", "--round", "latest", "--standard", "CL-01", "--unit", "城管局", "--type", "情况说明",
                "--title", "创建工作方案", "--date", "2024-05-01", plan.toString(), "--by", "王芳"));
        assertEquals("材料文件 方案.pdf 已以“创建工作方案”（规范文件，2024-05-01，测评标准 CL-01）由 城管局 提交过，未重复提交：同一文件对同一测评标准只提交一次\n",
                cli.err().replace("\r\n", "\n"));

        assertEquals(0, cli.run("materials", "files", "--round", "latest", "--json"));
        JsonNode files = new ObjectMapper().readTree(cli.out()).get("files");
        assertEquals(1, files.size());
        assertEquals("application/pdf", files.get(0).get("mediaType").asText());

        assertEquals(0, cli.run("materials", "checks", "--round", "latest"));
        assertEquals("六月轮：取证期 2025-06 至 2026-05，自动检查提示 2 条\n  测评标准 CL-01 缺少材料类型：实景图片\n"
                + "  材料 方案.pdf 的日期 2024-05-01 不在取证期 2025-06 – 2026-05 内\n", cli.out().replace("\r\n", "\n"));

        Path program = Files.write(temp.resolve("通知.pdf"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        assertEquals(2, cli.run("materials", "add", "--round", "latest", "--standard", "CL-01", "--unit", "城管局", "--type", "规范文件",
                "--title", "通知", "--date", "2026-05-01", program.toString(), "--by", "王芳"));
        assertEquals("材料文件 通知.pdf 的内容不是 PDF、JPEG/PNG 图片、Word（.docx/.doc）或 Excel（.xlsx/.xls）文件，未提交\n",
                cli.err().replace("\r\n", "\n"));
        assertEquals(0, cli.run("materials", "files", "--round", "latest", "--json"));
        assertEquals(1, new ObjectMapper().readTree(cli.out()).get("files").size());

        Path report = temp.resolve("材料审核.xlsx");
        assertEquals(0, cli.run("report", "materials", "--round", "latest", report.toString()), cli.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            Row row = workbook.getSheet("材料审核").getRow(3);
            assertEquals(List.of("1", "CL-01", "有创建工作方案", "4.00", "城管局", "未审核", "", "", "", "", "1", "规范文件 1", "城管局",
                    "缺少材料类型：实景图片\n方案.pdf 日期 2024-05-01 不在取证期内"),
                    java.util.stream.IntStream.range(0, 14).mapToObj(c -> new DataFormatter().formatCellValue(row.getCell(c))).toList());
        }
    }
}
