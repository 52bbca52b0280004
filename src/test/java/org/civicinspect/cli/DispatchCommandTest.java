package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code problems dispatch}, {@code problems replies} and {@code problems verify-reply} from the command line. */
class DispatchCommandTest {

    @TempDir Path temp;

    @Test
    void dispatchesRefusesABrokenReplyWithExitCodeTwoAndAsksForOneDecision() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("people", "add", "--name", "王芳", "--role", "内业"));
        assertEquals(0, cli.run("people", "add", "--name", "孙艳", "--role", "测评员"));
        assertEquals(0, cli.run("people", "use", "王芳"));
        assertEquals(0, cli.run("problems", "raise", "--source", "群众反映", "--address", "人民路 12 号", "--district", "城东区",
                "--unit", "城东区城管局", "--deadline", "2026-12-20", "--description", "占道经营"), cli.err());

        Path out = temp.resolve("派单");
        assertEquals(0, cli.run("problems", "dispatch", "--out", out.toString()), cli.err());
        assertTrue(cli.out().contains("已派单：1 个单位，共 1 个问题"), cli.out());
        Path workbook = out.resolve("城东区城管局.xlsx");
        assertTrue(Files.isRegularFile(workbook));

        Path cut = temp.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(workbook);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 3));
        assertEquals(2, cli.run("problems", "replies", cut.toString()));
        assertTrue(cli.err().contains("cut.xlsx 未导入") && cli.err().contains("已损坏或不完整"), cli.err());

        assertEquals(0, cli.run("problems", "replies", "--pending"));
        assertTrue(cli.out().contains("共 0 条回复等待核查"), cli.out());
        assertEquals(2, cli.run("problems", "verify-reply", "abcd1234", "--confirm", "--return"));
        assertTrue(cli.err().contains("请选择一种核查结果"), cli.err());
        assertEquals(2, cli.run("--by", "孙艳", "problems", "dispatch", "--out", out.toString()));
        assertTrue(cli.err().contains("孙艳（测评员）不能派单或核查"), cli.err());
    }

    @Test
    void aReplyAtAFreeAddressIsNotLeftForARecheckOnSite() throws Exception {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("people", "add", "--name", "王芳", "--role", "内业"));
        assertEquals(0, cli.run("people", "use", "王芳"));
        assertEquals(0, cli.run("problems", "raise", "--source", "媒体曝光", "--address", "人民路 12 号", "--district", "城东区",
                "--unit", "城东区城管局", "--deadline", "2026-12-20", "--description", "占道经营"), cli.err());
        Path out = temp.resolve("派单");
        assertEquals(0, cli.run("problems", "dispatch", "--out", out.toString()), cli.err());
        Path workbook = out.resolve("城东区城管局.xlsx");
        String number;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row row = book.getSheet("督办单").getRow(4);
            number = row.getCell(0).getStringCellValue();
            row.getCell(8).setCellValue("李强");
            row.getCell(10).setCellValue("已清理摊点");
            row.getCell(11).setCellValue(LocalDate.of(2026, 11, 26));
            try (OutputStream o = Files.newOutputStream(workbook)) {
                book.write(o);
            }
        }
        assertEquals(0, cli.run("problems", "replies", workbook.toString()), cli.err());

        assertEquals(2, cli.run("problems", "verify-reply", number, "--confirm", "--recheck"));
        assertEquals("问题 " + number + " 不在点位上或没有测评标准，测评轮次无法到实地复查：请确认销号，或退回", cli.err().strip());
        assertEquals(0, cli.run("problems", "verify-reply", number, "--confirm"), cli.err());
    }
}
