package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 派单 by package from the command line: materials send carries the problems, the unit lists and replies, materials reply brings the reply back. */
class UnitProblemsCommandTest {

    @TempDir Path temp;

    @Test
    void theUnitRepliesToItsDispatchedProblemThroughItsPackages() throws Exception {
        CliSession office = new CliSession(temp.resolve("office"));
        // The unit's computer: an embedded workspace of its own, never on the office's server.
        CliSession unit = new CliSession(temp.resolve("unit"));
        assertEquals(0, office.run("people", "add", "--name", "王芳", "--role", "内业"));
        assertEquals(0, office.run("people", "use", "王芳"));
        assertEquals(0, office.run("indicators", "import", "--sample"), office.err());
        Path directory = new WorkbookBuilder().sheet("名录").row("单位名称", "联络员").row("城东区城管局", "李联络").save(temp, "名录.xlsx");
        assertEquals(0, office.run("units", "import", directory.toString()), office.out() + office.err());
        assertEquals(0, office.run("round", "create", "--name", "第一期", "--start", "2026-12-01", "--end", "2026-12-20"), office.err());
        assertEquals(0, office.run("problems", "raise", "--source", "群众反映", "--address", "人民路 12 号", "--district", "城东区",
                "--unit", "城东区城管局", "--deadline", "2026-12-20", "--description", "占道经营"), office.err());
        assertEquals(0, office.run("package", "key"));
        String officeKey = office.out().lines().findFirst().orElseThrow();
        assertEquals(0, unit.runAs("package", "key"));
        String unitKey = unit.out().lines().findFirst().orElseThrow();

        Path task = temp.resolve("任务.cipkg");
        assertEquals(0, office.run("materials", "send", "--unit", "城东区城管局", "--round", "第一期", "--for-key", unitKey, "--out", task.toString()),
                office.err());
        assertTrue(office.out().contains("派单：问题 1 个随包发出"), office.out());
        assertEquals(0, unit.runAs("materials", "receive", task.toString(), "--trust", officeKey), unit.err());
        assertTrue(unit.out().contains("派单问题 1 个"), unit.out());
        assertEquals(0, unit.runAs("problems", "list"), unit.err());
        assertTrue(unit.out().contains("占道经营") && unit.out().contains("未回复") && unit.out().contains("共 1 个问题"), unit.out());
        String number = unit.out().lines().findFirst().orElseThrow().substring(0, 8);

        assertEquals(0, unit.runAs("people", "add", "--name", "李强", "--role", "内业"));
        assertEquals(2, unit.runAs("--by", "李强", "problems", "reply", number, "--claimant", "李强", "--measures", "已清理", "--done-on", "2099-01-01"));
        assertTrue(unit.err().contains("完成日期 2099-01-01 还没到"), unit.err());
        assertEquals(0, unit.runAs("--by", "李强", "problems", "reply", number, "--claimant", "李强", "--phone", "13800000001", "--measures", "已清理",
                "--done-on", "2026-11-25"), unit.err());
        assertTrue(unit.out().contains("已记录问题 " + number + " 的回复"), unit.out());
        Path reply = temp.resolve("回复.cipkg");
        assertEquals(0, unit.runAs("--by", "李强", "materials", "reply", "--out", reply.toString()), unit.err());
        assertTrue(unit.out().contains("问题回复 1 条"), unit.out());

        assertEquals(0, office.run("materials", "receive", reply.toString()), office.err());
        assertTrue(office.out().contains("问题回复 1 条等待核查"), office.out());
        assertEquals(0, office.run("problems", "replies", "--pending"));
        assertTrue(office.out().contains(number + "  城东区城管局  认领人 李强 13800000001  整改措施：已清理"), office.out());
    }
}
