package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.TestZips;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's side as typed at a prompt: its key, the office's task package, its files, its reply, and the office taking it
 * in. The unit's workspace is on its own computer (never on a server), so its commands name no server.
 */
class UnitPackageCommandTest {

    @TempDir Path temp;
    private CliSession office;
    private CliSession unit;

    @BeforeEach
    void officeWithAUnitsStandard() throws Exception {
        Path data = temp.resolve("office");
        office = new CliSession(data);
        unit = new CliSession(temp.resolve("城管局"));
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

    private static String keyOf(CliSession side, boolean embedded) {
        assertEquals(0, embedded ? side.runAs("package", "key") : side.run("package", "key"), side.err());
        return side.out().strip();
    }

    @Test
    void theUnitFilesThroughPackagesAndTheOfficeReturnsTheStandard() throws Exception {
        String unitKey = keyOf(unit, true);
        String officeKey = keyOf(office, false);
        Path task = temp.resolve("城管局-任务.cipkg");
        assertEquals(0, office.run("materials", "send", "--unit", "城管局", "--round", "六月轮", "--for-key", unitKey, "--out", task.toString()),
                office.err());
        assertTrue(office.out().startsWith("已写出单位任务包 " + task + "：城管局，六月轮，测评标准 1 条，审核结果 0 条"), office.out());

        assertEquals(0, unit.runAs("materials", "receive", task.toString(), "--trust", officeKey), unit.err());
        assertTrue(unit.out().contains("已导入：测评标准 1 条，内业审核结果 0 条"), unit.out());
        assertEquals(0, unit.runAs("people", "add", "--name", "李明", "--role", "内业"), unit.err());
        Path plan = Files.write(temp.resolve("方案.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n<< /Root 1 0 R >>\n"
                + "startxref\n0\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, unit.runAs("materials", "add", "--round", "六月轮", "--standard", "CL-01", "--type", "规范文件", "--title", "创建工作方案",
                "--date", "2026-05-01", plan.toString(), "--by", "李明"), unit.err());
        Path reply = temp.resolve("城管局-回复.cipkg");
        assertEquals(0, unit.runAs("materials", "reply", "--out", reply.toString()), unit.err());
        assertTrue(unit.out().startsWith("已写出单位回复包 " + reply + "：城管局，六月轮，材料 1 份（文件 1 个）"), unit.out());

        Path cut = Files.write(temp.resolve("半截.cipkg"), java.util.Arrays.copyOf(Files.readAllBytes(reply), 200));
        assertEquals(2, office.run("materials", "receive", cut.toString()));
        assertEquals(1, office.err().strip().lines().count(), office.err());
        assertEquals(0, office.run("materials", "receive", reply.toString()), office.err());
        assertTrue(office.out().contains("已导入：包中材料 1 份，其中新增 1 份，新存文件 1 个"), office.out());
        assertEquals(0, office.run("materials", "receive", reply.toString()), office.err());
        assertTrue(office.out().contains("这个包已经导入过，没有任何改变"), office.out());

        assertEquals(2, office.run("materials", "review", "--round", "六月轮", "--standard", "CL-01", "--return", "--by", "王芳"));
        assertEquals("退回测评标准 CL-01 时须写明意见（--comment），说明单位要补交什么\n", office.err().replace("\r\n", "\n"));
        assertEquals(0, office.run("materials", "review", "--round", "六月轮", "--standard", "CL-01", "--return", "--comment", "请附实景图片",
                "--by", "王芳"), office.err());
        Path again = temp.resolve("城管局-任务2.cipkg");
        assertEquals(0, office.run("materials", "send", "--unit", "城管局", "--round", "六月轮", "--for-key", unitKey, "--out", again.toString()));
        assertEquals(0, unit.runAs("materials", "receive", again.toString()), unit.err());
        assertEquals(0, unit.runAs("materials", "list", "--round", "六月轮", "--json"));
        assertEquals("退回", new ObjectMapper().readTree(unit.out()).get("standards").get(0).get("grade").asText());
        assertEquals("请附实景图片", new ObjectMapper().readTree(unit.out()).get("standards").get(0).get("comment").asText());
    }

    /** The unit's reply with one file, written by the unit for the office. */
    private Path aReplyWithOneFile(String unitKey) throws Exception {
        Path task = temp.resolve("城管局-任务.cipkg");
        assertEquals(0, office.run("materials", "send", "--unit", "城管局", "--round", "六月轮", "--for-key", unitKey, "--out", task.toString()),
                office.err());
        assertEquals(0, unit.runAs("materials", "receive", task.toString(), "--trust", keyOf(office, false)), unit.err());
        Path plan = Files.write(temp.resolve("方案.pdf"), ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n<< /Root 1 0 R >>\n"
                + "startxref\n0\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(0, unit.runAs("materials", "add", "--round", "六月轮", "--standard", "CL-01", "--type", "规范文件", "--title", "创建工作方案",
                "--date", "2026-05-01", plan.toString(), "--by", "李明"), unit.err());
        Path reply = temp.resolve("城管局-回复.cipkg");
        assertEquals(0, unit.runAs("materials", "reply", "--out", reply.toString()), unit.err());
        return reply;
    }

    @Test
    void aChangedCopyOfAReplyTakenInBeforeIsRefusedForItsChangeNotCalledTakenIn() throws Exception {
        String unitKey = keyOf(unit, true);
        assertEquals(0, unit.runAs("people", "add", "--name", "李明", "--role", "内业"), unit.err());
        Path reply = aReplyWithOneFile(unitKey);
        assertEquals(0, office.run("materials", "receive", reply.toString()), office.err());
        Map<String, byte[]> entries = entries(reply);
        String file = entries.keySet().stream().filter(n -> n.startsWith("files/")).findFirst().orElseThrow();
        entries.get(file)[0] ^= 0x20;
        Path changed = TestZips.write(temp.resolve("改过的回复.cipkg"), entries);
        Map<String, Object> before = PackageHostileInputTest.snapshot(temp.resolve("office"));

        assertEquals(2, office.run("materials", "receive", changed.toString()), office.out());
        String message = office.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file) && message.contains("哈希不符"), message);
        assertEquals(before, PackageHostileInputTest.snapshot(temp.resolve("office")), "the workspace is unchanged");
    }

    @Test
    void aUnitTaskPackageIsRefusedOnAComputerWhoseKeyItWasNotIssuedFor() throws Exception {
        String unitKey = keyOf(unit, true);
        CliSession another = new CliSession(temp.resolve("另一台电脑"));
        String anotherKey = keyOf(another, true);
        Path task = temp.resolve("城管局-任务.cipkg");
        assertEquals(0, office.run("materials", "send", "--unit", "城管局", "--round", "六月轮", "--for-key", unitKey, "--out", task.toString()),
                office.err());
        Map<String, Object> before = PackageHostileInputTest.snapshot(temp.resolve("另一台电脑"));

        assertEquals(2, another.runAs("materials", "receive", task.toString(), "--trust", keyOf(office, false)), another.out());
        String message = another.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(unitKey) && message.contains(anotherKey), message);
        assertEquals(before, PackageHostileInputTest.snapshot(temp.resolve("另一台电脑")), "the workspace is unchanged");
        assertEquals(0, unit.runAs("materials", "receive", task.toString(), "--trust", keyOf(office, false)), unit.err());
    }

    @Test
    void aUnitsWorkspaceHasNoCityCompositeToScoreOrReport() throws Exception {
        String unitKey = keyOf(unit, true);
        Path task = temp.resolve("城管局-任务.cipkg");
        assertEquals(0, office.run("materials", "send", "--unit", "城管局", "--round", "六月轮", "--for-key", unitKey, "--out", task.toString()),
                office.err());
        assertEquals(0, unit.runAs("materials", "receive", task.toString(), "--trust", keyOf(office, false)), unit.err());
        for (String[] command : new String[][] {{"score", "composite", "--round", "六月轮"}, {"score", "composite", "--round", "六月轮", "--json"},
                {"report", "lookback", "--round", "六月轮", temp.resolve("回头望.xlsx").toString()},
                {"report", "bulletin", "--round", "六月轮", temp.resolve("简报.xlsx").toString()}}) {
            assertEquals(2, unit.runAs(command), String.join(" ", command) + ": " + unit.out());
            String message = unit.err().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains("城管局") && message.contains("综合得分"), message);
        }
        assertTrue(Files.notExists(temp.resolve("回头望.xlsx")) && Files.notExists(temp.resolve("简报.xlsx")), "no report written");
    }

    private static Map<String, byte[]> entries(Path file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
