package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code materials grades set|list} as typed at a prompt: the scale set and shown, a review on it, a bad scale exits 2 in one sentence. */
class MaterialGradesCommandTest {

    @TempDir Path temp;
    private CliSession cli;

    @BeforeEach
    void roundWithTwoMaterialStandards() throws Exception {
        Path data = temp.resolve("ws");
        cli = new CliSession(data);
        Services services = TestWorkspaces.open(data);
        services.importIndicatorWorkbook().run(new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("CL-01", "制度建设", "工作机制", "有创建工作方案", "材料审核", 4, "符合/不符合", "")
                .row("CL-02", "制度建设", "统计", "有创建统计台账", "材料审核", 6, "符合/不符合", "")
                .save(temp, "体系.xlsx"), null, Progress.NONE);
        services.addPerson().run("王芳", "", Role.OFFICE, "");
        services.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
        services.workspace().close();
    }

    @Test
    void theScaleIsSetListedAndGradesTheReviews() throws Exception {
        assertEquals(0, cli.run("materials", "grades", "list", "--round", "latest"), cli.err());
        assertEquals("六月轮 所用测评体系版本 体系 v1 没有自己的材料审核等级表，使用默认：\n  1  完整 = 1\n  2  部分 = 0.5\n  3  缺失 = 0\n"
                + "  另有“退回”：退回单位重交，计 0 分\n", cli.out().replace("\r\n", "\n"));

        assertEquals(0, cli.run("materials", "grades", "set", "--round", "latest", "A=1", "B=0.8", "C=0.6", "D=0", "--by", "王芳"), cli.err());
        assertEquals(0, cli.run("--lang", "en", "materials", "grades", "list", "--round", "latest"), cli.err());
        assertEquals("Material grade scale of 体系 v1, which round 六月轮 uses:\n  1  A = 1\n  2  B = 0.8\n  3  C = 0.6\n  4  D = 0\n"
                + "  and \"退回\" (returned): sent back to the unit to file again, counts 0\n", cli.out().replace("\r\n", "\n"));

        assertEquals(0, cli.run("materials", "review", "--round", "latest", "--standard", "CL-02", "--grade", "B", "--by", "王芳"), cli.err());
        assertEquals(0, cli.run("materials", "review", "--round", "latest", "--standard", "CL-01", "--grade", "ｄ", "--by", "王芳"), cli.err());
        assertEquals("已评定 CL-01：D（审核人 王芳）", cli.out().strip(), "a typed grade matches in any letter case or width");
        assertEquals(0, cli.run("materials", "list", "--round", "latest"));
        String graded = cli.out().lines().filter(l -> l.startsWith("CL-02")).findFirst().orElseThrow();
        assertTrue(graded.matches("CL-02  6  有创建统计台账  B（0\\.8）  王芳  \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "local date and minute: " + graded);
        assertEquals(0, cli.run("materials", "list", "--round", "latest", "--json"));
        JsonNode second = new ObjectMapper().readTree(cli.out()).get("standards").get(1);
        assertEquals("B", second.get("grade").asText());
        assertEquals("0.8", second.get("coefficient").asText());

        Path report = temp.resolve("材料.xlsx");
        assertEquals(0, cli.run("report", "materials", "--round", "latest", report.toString()), cli.err());
        try (XSSFWorkbook book = new XSSFWorkbook(report.toFile())) {
            List<String> cells = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(new DataFormatter().formatCellValue(cell))));
            assertTrue(cells.contains("B（0.8）"), cells::toString);
        }
    }

    @Test
    void aBadScaleExitsTwoInOneSentenceAndChangesNothing() throws Exception {
        assertEquals(2, cli.run("materials", "grades", "set", "--round", "latest", "A=1", "B=1.5", "--by", "王芳"));
        assertEquals("等级 B 的系数“1.5”不是 0 到 1 之间的数", cli.err().strip());
        assertEquals(2, cli.run("--lang", "en", "materials", "grades", "set", "--round", "latest", "A=1", "A=0.5", "--by", "王芳"));
        assertEquals("Grade A is given twice", cli.err().strip());
        assertEquals(2, cli.run("materials", "grades", "set", "--round", "latest", "--by", "王芳"));
        assertEquals("等级表是空的：至少写一个等级，如 A=1 B=0.8 C=0.6 D=0", cli.err().strip());
        assertEquals(0, cli.run("materials", "grades", "list", "--round", "latest", "--json"));
        assertEquals(false, new ObjectMapper().readTree(cli.out()).get("own").asBoolean());
    }
}
