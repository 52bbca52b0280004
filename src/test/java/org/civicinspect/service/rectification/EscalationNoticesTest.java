package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.EscalationNotice;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 督办提醒: the units with yellow or red problems today (2026-11-27; 黄 from three days before the deadline to seven
 * days after it, 红 later), each with its people's phones from the unit directory and a ready SMS.
 */
class EscalationNoticesTest {

    private static final String STREETS = "城东区城管局";
    private static final String MARKETS = "城东区市场监管局";
    private static final String STREETS_MESSAGE = "【创文督办】城东区城管局：截至11月27日，贵单位有红牌问题1个、黄牌问题1个，最长已逾期12天"
            + "（人民路 12 号：占道经营，垃圾堆放；解放路 3 号：共享单车乱停放）。请抓紧整改，完成后回复整改情况和照片。";

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void fourProblemsOfTwoUnits() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.saveUnit().run(new ResponsibleUnit(STREETS, "部门", "李强", "13800000001", "张敏", "13800000002", ""));
        raise(ProblemSource.MEDIA, null, "人民路 12 号", STREETS, "占道经营，垃圾堆放", LocalDate.of(2026, 11, 15)); // 12 days overdue: 红
        raise(ProblemSource.CITIZENS, null, "解放路 3 号", STREETS, "共享单车乱停放", LocalDate.of(2026, 11, 29)); // 2 days left: 黄
        raise(ProblemSource.LEADERS, "东湖农贸市场", null, null, "门前堆放杂物", LocalDate.of(2026, 11, 25)); // 2 days overdue: 黄
        raise(ProblemSource.CITIZENS, null, "建设路 8 号", STREETS, "路灯不亮", LocalDate.of(2026, 12, 31)); // 白: no notice
    }

    private void raise(ProblemSource source, String site, String address, String unit, String description, LocalDate deadline) {
        services.raiseProblem().run(new RaiseProblem.Request(source, site, address, address == null ? null : "城东区", null, null, description,
                unit, deadline), List.of(), "王芳");
    }

    @Test
    void redUnitsComeFirstWithTheirPeopleAndAReadyMessage() {
        List<PrepareEscalationNotices.Notice> notices = services.prepareEscalationNotices().run();

        assertEquals(List.of(STREETS, MARKETS), notices.stream().map(PrepareEscalationNotices.Notice::unit).toList());
        PrepareEscalationNotices.Notice streets = notices.get(0);
        assertEquals(Escalation.RED, streets.escalation());
        assertEquals(1, streets.red());
        assertEquals(1, streets.yellow());
        assertEquals(12, streets.mostOverdueDays());
        assertEquals(List.of(new PrepareEscalationNotices.Recipient("李强", true, "13800000001"),
                new PrepareEscalationNotices.Recipient("张敏", false, "13800000002")), streets.recipients());
        assertEquals(STREETS_MESSAGE, streets.message());
        PrepareEscalationNotices.Notice markets = notices.get(1);
        assertEquals(Escalation.YELLOW, markets.escalation());
        assertEquals(2, markets.mostOverdueDays());
        assertEquals(List.of(), markets.recipients(), "the market unit is not in the directory: no one to message");
        assertEquals("【创文督办】城东区市场监管局：截至11月27日，贵单位有黄牌问题1个，最长已逾期2天（东湖农贸市场：门前堆放杂物）。"
                + "请抓紧整改，完成后回复整改情况和照片。", markets.message());
    }

    @Test
    void theGatewayCsvHasOneRowPerPhoneAndThePrintableListOneRowPerUnit() throws Exception {
        List<PrepareEscalationNotices.Notice> notices = services.prepareEscalationNotices().run();
        Path csv = temp.resolve("notices.csv");
        Path xlsx = temp.resolve("notices.xlsx");

        assertEquals(2, services.exportEscalationNotices().csv(notices, csv));
        services.exportEscalationNotices().printable(notices, xlsx);

        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "a byte-order mark, for Excel");
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.skip(1);
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
            assertEquals(2, rows.size());
            assertEquals(List.of("13800000001", "李强", STREETS, "红", STREETS_MESSAGE), rows.get(0).toList());
            assertEquals("13800000002", rows.get(1).get("手机号码"));
        }
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = book.getSheet("督办提醒清单");
            assertEquals(STREETS, sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("主要负责人 李强 13800000001\n联络员 张敏 13800000002", sheet.getRow(2).getCell(6).getStringCellValue());
            assertEquals(STREETS_MESSAGE, sheet.getRow(2).getCell(7).getStringCellValue());
            assertEquals(MARKETS, sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("（单位名录中没有电话）", sheet.getRow(3).getCell(6).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum());
        }
    }

    @Test
    void whatWasSentIsRecordedPerRecipientAndInTheAuditLog() {
        long auditBefore = services.workspace().read(tx -> tx.audit().count());

        services.recordEscalationNotices().run(services.prepareEscalationNotices().run());

        List<EscalationNotice> sent = services.listSentNotices().run();
        assertEquals(3, sent.size(), "two phones of the streets unit, and the market unit recorded without one");
        assertEquals(List.of("13800000001", "13800000002"), sent.stream().filter(n -> n.unit().equals(STREETS)).map(EscalationNotice::phone).sorted().toList());
        EscalationNotice market = sent.stream().filter(n -> n.unit().equals(MARKETS)).findFirst().orElseThrow();
        assertEquals("", market.phone());
        assertEquals(1, market.problems());
        assertTrue(sent.stream().allMatch(n -> n.sentAt().equals(TestWorkspaces.CLOCK.instant()) && n.sentBy().equals(market.sentBy())));
        assertEquals(auditBefore + 2, (long) services.workspace().read(tx -> tx.audit().count()), "one audit entry per unit");
    }
}
