package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemReply;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 派单 by workbook, the units' replies and 核查: the office sends each unit a 督办单, the units fill in the reply columns
 * and send them back with photos, the office confirms or returns each reply. Today is 2026-11-27; in the sheet the
 * first problem is on row 5 (A5 问题编号, E5 问题描述, K5 整改措施, L5 完成日期, M5 整改后照片).
 */
class DispatchAndRepliesTest {

    private static final String STREETS = "城东区城管局";
    private static final String MARKETS = "城东区市场监管局";

    @TempDir Path temp;
    private Services services;
    private Problem streetA;
    private Problem streetB;
    private Problem market;
    /** A round by whose end (12-15) all three problems are due, so its 整改率 counts them all. */
    private Round round;

    @BeforeEach
    void threeOpenProblemsOfTwoUnits() {
        Messages.use("zh");
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        streetA = raise("人民路 12 号", STREETS, "占道经营", LocalDate.of(2026, 12, 10));
        streetB = raise("建设路 8 号", STREETS, "垃圾堆放", LocalDate.of(2026, 12, 11));
        String standard = services.workspace().read(tx -> tx.indicatorSets().standardTexts()).keySet().stream().sorted().findFirst().orElseThrow();
        market = services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, "东湖农贸市场", null, null, null, standard,
                "活禽宰杀区污水外溢", null, LocalDate.of(2026, 12, 12)), List.of(), "王芳");
        TestWorkspaces.signInSupervisor(services, "陈主任");
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private Problem raise(String address, String unit, String description, LocalDate deadline) {
        return services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, address, "城东区", "东湖街道", null, description,
                unit, deadline), List.of(), "王芳");
    }

    @Test
    void aRoundTripFromDispatchToClosingWithOneReplyReturnedAndAnsweredAgain() throws Exception {
        round = services.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), "");
        Path out = temp.resolve("派单1");
        List<DispatchProblems.Written> written = services.dispatchProblems().run(List.of(), out, null);

        assertEquals(Map.of(STREETS, 2, MARKETS, 1), counts(written));
        Path streets = out.resolve(STREETS + ".xlsx");
        Path markets = out.resolve(MARKETS + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(streets.toFile())) {
            XSSFSheet sheet = book.getSheet("督办单");
            assertTrue(sheet.getProtect(), "locked against slips");
            Row first = sheet.getRow(4);
            assertTrue(first.getCell(4).getCellStyle().getLocked(), "问题描述 is locked");
            assertFalse(first.getCell(8).getCellStyle().getLocked(), "认领人 is open");
            assertFalse(first.getCell(11).getCellStyle().getLocked(), "完成日期 is open");
            assertEquals(1, sheet.getDataValidations().size(), "完成日期 takes dates only");
            assertEquals(SheetVisibility.VERY_HIDDEN, book.getSheetVisibility(book.getSheetIndex("派单信息")));
            assertEquals("占道经营", first.getCell(4).getStringCellValue());
            assertEquals("媒体曝光", first.getCell(1).getStringCellValue());
        }
        assertEquals(rates(0, 2, 0, 1), rates());

        // Unit A claims both, one with two photos; unit B claims its one. Both problems 待整改 → 整改中.
        Path photos = temp.resolve("照片");
        Files.createDirectories(photos);
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "jpg", photos.resolve("人民路前.jpg").toFile());
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photos.resolve("人民路后.png").toFile());
        fill(streets, streetA, "李强", "13800000001", "已清理摊点并设置提示牌", LocalDate.of(2026, 11, 25), "人民路前.jpg、人民路后.png");
        fill(streets, streetB, "李强", "13800000001", "已清运垃圾", LocalDate.of(2026, 11, 26), "");
        fill(markets, market, "赵敏", "13900000002", "正在改造排水沟", null, "");

        ReceiveProblemReplies.Result fromA = services.importReplyWorkbook().run(streets, photos);
        assertEquals(List.of(), fromA.errors());
        assertEquals(2, fromA.received().size());
        assertEquals(ProblemStatus.FIXING, status(streetA));
        assertEquals(2, services.listPendingReplies().run().size());

        ReceiveProblemReplies.Result again = services.importReplyWorkbook().run(streets, photos);
        assertEquals(List.of(), again.received(), "the same file twice adds nothing");
        assertEquals(2, again.already().size(), "already received");
        assertEquals(2L, count("problem_reply"));

        assertEquals(1, services.importReplyWorkbook().run(markets, null).received().size());
        assertEquals(ProblemStatus.FIXING, status(market));
        assertEquals(3, services.listPendingReplies().run().size());
        assertEquals(rates(0, 2, 0, 1), rates(), "a reply closes nothing by itself");

        // 核查: A's first is returned, A's second closed, B's confirmed for a recheck on site.
        services.verifyReply().run(List.of(streetA.id().substring(0, 8)), VerifyReply.Decision.RETURN, "照片看不出摊点已清理");
        services.verifyReply().run(List.of(streetB.id()), VerifyReply.Decision.CLOSE, null);
        services.verifyReply().run(List.of(market.id()), VerifyReply.Decision.RECHECK, null);
        assertEquals(ProblemStatus.FIXING, status(streetA));
        assertEquals(ProblemStatus.CLOSED, status(streetB));
        assertEquals(ProblemStatus.TO_RECHECK, status(market));
        assertEquals(List.of(), services.listPendingReplies().run());
        assertEquals(rates(1, 2, 0, 1), rates(), "城东区城管局 closed one of two; 市场监管局 none of one (待复查 is still open)");

        // The returned one goes out again to A, with the reason; A answers again; the office closes it.
        Path second = temp.resolve("派单2");
        List<DispatchProblems.Written> resent = services.dispatchProblems().run(List.of(), second, null);
        assertEquals(Map.of(STREETS, 1), counts(resent), "B's problem waits for its recheck on site: nothing for the unit to do");
        RequestRefused nothing = assertThrows(RequestRefused.class, () -> services.dispatchProblems().run(List.of(MARKETS), second, null));
        assertEquals("单位“城东区市场监管局”没有要派的问题：没有未销号的问题，或其问题正等待核查或实地复查", Messages.get(nothing.messageKey(), nothing.args()));
        Path streets2 = second.resolve(STREETS + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(streets2.toFile())) {
            XSSFSheet sheet = book.getSheet("督办单");
            assertEquals("退回原因", sheet.getRow(3).getCell(7).getStringCellValue());
            assertEquals("照片看不出摊点已清理", sheet.getRow(4).getCell(7).getStringCellValue());
            assertEquals(streetA.id().substring(0, 8), sheet.getRow(4).getCell(0).getStringCellValue());
        }
        fill(streets2, streetA, "李强", "13800000001", "摊点已全部取缔，补拍照片", LocalDate.of(2026, 11, 27), "人民路后.png");
        assertEquals(1, services.importReplyWorkbook().run(streets2, photos).received().size());
        services.verifyReply().run(List.of(streetA.id()), VerifyReply.Decision.CLOSE, null);
        assertEquals(ProblemStatus.CLOSED, status(streetA));
        assertEquals(rates(2, 2, 0, 1), rates());

        List<String> history = services.showProblemHistory().run(streetA.id()).stream().map(e -> e.step().kind()).toList();
        assertEquals(List.of("RAISED", "DISPATCHED", "REPLIED", "REPLY_RETURNED", "DISPATCHED", "REPLIED", "REPLY_CONFIRMED"), history);
        List<ProblemReply> replies = services.workspace().read(tx -> tx.dispatches().repliesTo(streetA.id()));
        assertEquals(List.of(ProblemReply.State.RETURNED, ProblemReply.State.CONFIRMED), replies.stream().map(ProblemReply::state).toList());
        assertEquals("照片看不出摊点已清理", replies.get(0).reason());
        assertEquals(2, replies.get(0).photos().size());
        assertEquals(8L, count("audit_entry WHERE action = 'REPLY'"), "four replies received, one returned, three confirmed");
        assertEquals(3L, count("audit_entry WHERE action = 'DISPATCH'"), "one batch for each of the two units, then A's again");
        assertTrue(services.verifyWorkspace().run().unexplained().isEmpty(), "every status the log records");
        Path supervision = temp.resolve("督办单.xlsx");
        assertEquals(1, services.exportSupervision().run(round.id(), supervision), "only 市场监管局's problem is still open (待复查)");
        try (XSSFWorkbook book = new XSSFWorkbook(supervision.toFile())) {
            assertTrue(book.getSheet(MARKETS) != null && book.getSheet(STREETS) == null);
        }
    }

    @Test
    void theWorkbookNamesThePhotosTakenWhenTheProblemWasFoundAndTheyAreWrittenBesideIt() throws Exception {
        Path taken = Files.createDirectories(temp.resolve("曝光照片"));
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "jpg", taken.resolve("占道.jpg").toFile());
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", taken.resolve("远景.png").toFile());
        Problem exposed = services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, "解放路 3 号", "城东区", "东湖街道", null,
                "店外经营", STREETS, LocalDate.of(2026, 12, 9)), List.of(taken.resolve("占道.jpg"), taken.resolve("远景.png")), "王芳");

        DispatchProblems.Written written = services.dispatchProblems().run(List.of(STREETS), temp.resolve("派单"), null).get(0);

        String number = exposed.id().substring(0, 8);
        assertEquals(temp.resolve("派单").resolve(STREETS + "（整改前照片）"), written.photosBefore());
        assertEquals(Sha256.of(taken.resolve("占道.jpg")), Sha256.of(written.photosBefore().resolve(number + "-1.jpg")));
        assertEquals(Sha256.of(taken.resolve("远景.png")), Sha256.of(written.photosBefore().resolve(number + "-2.png")));
        try (var files = Files.list(written.photosBefore())) {
            assertEquals(2L, files.count(), "the other problems have no photos");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(written.file().toFile())) {
            XSSFSheet sheet = book.getSheet("督办单");
            assertEquals("整改前照片", sheet.getRow(3).getCell(13).getStringCellValue());
            Row row = sheet.getRow(row(written.file(), exposed));
            assertEquals(number + "-1.jpg、" + number + "-2.png", row.getCell(13).getStringCellValue());
            assertTrue(row.getCell(13).getCellStyle().getLocked());
            assertEquals("", sheet.getRow(row(written.file(), streetA)).getCell(13).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().contains("在本表旁的“城东区城管局（整改前照片）”文件夹中"));
        }
        fill(written.file(), exposed, "李强", "13800000001", "已劝离", LocalDate.of(2026, 11, 26), "");
        assertEquals(1, services.importReplyWorkbook().run(written.file(), null).received().size(), "the filled workbook still reads back");
    }

    @Test
    void whereClosingNeedsEvidenceAReplyWithNeitherMeasuresNorPhotosIsNotConfirmedAsClosing() throws Exception {
        services.changeRectificationRules().requireEvidenceToClose(true);
        Path markets = services.dispatchProblems().run(List.of(MARKETS), temp.resolve("派单"), null).get(0).file();
        fill(markets, market, "赵敏", "13900000002", "", null, "");
        assertEquals(1, services.importReplyWorkbook().run(markets, null).received().size(), "a claim alone is a reply");

        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> services.verifyReply().run(List.of(market.id()), VerifyReply.Decision.CLOSE, null));

        assertEquals("reply.closeNeedsEvidence", refused.messageKey());
        assertEquals(ProblemStatus.FIXING, status(market));
        services.verifyReply().run(List.of(market.id()), VerifyReply.Decision.RECHECK, null);
        assertEquals(ProblemStatus.TO_RECHECK, status(market));
    }

    @Test
    void aForeignWorkbookIsRefusedAndNothingChanges() throws Exception {
        Services other = TestWorkspaces.open(temp.resolve("other"));
        other.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, "人民路 12 号", "城东区", "东湖街道", null, "占道经营", STREETS,
                LocalDate.of(2026, 12, 10)), List.of(), "王芳");
        TestWorkspaces.signInSupervisor(other, "陈主任");
        Path foreign = other.dispatchProblems().run(List.of(), temp.resolve("别处"), null).get(0).file();
        Map<String, Long> before = tables();

        assertRefused(foreign, null, "这份督办单不是本工作区派出的");
        assertEquals(before, tables());
    }

    @Test
    void aWorkbookThatIsNoDispatchOrNamesABatchNeverSentIsRefused() throws Exception {
        Path streets = dispatched();
        Path plain = new org.civicinspect.WorkbookBuilder().sheet("督办单").row("问题编号", "认领人").row(streetA.id().substring(0, 8), "李强")
                .save(temp, "随便.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(streets))) {
            XSSFSheet about = book.getSheet("派单信息");
            for (Row row : about) {
                if (row.getCell(0).getStringCellValue().equals("batch")) {
                    row.getCell(1).setCellValue("00000000-0000-0000-0000-000000000000");
                }
            }
            try (OutputStream o = Files.newOutputStream(streets)) {
                book.write(o);
            }
        }
        Map<String, Long> before = tables();

        assertRefused(plain, null, "这不是本程序派出的督办单：找不到督办单工作表或派单信息");
        assertRefused(streets, null, "本工作区没有派出过批次 00000000-0000-0000-0000-000000000000 的督办单");
        assertEquals(before, tables());
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws Exception {
        Path streets = dispatched();
        byte[] whole = Files.readAllBytes(streets);
        Path cut = temp.resolve("城东区城管局（截断）.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, Long> before = tables();

        ReceiveProblemReplies.Result result = services.importReplyWorkbook().run(cut, null);

        assertEquals(1, result.errors().size());
        assertEquals(Messages.get("import.damaged", cut.getFileName().toString()), Messages.describe(result.errors().get(0)));
        assertEquals(before, tables());
    }

    @Test
    void everyFaultOfAFilledWorkbookIsReportedByItsCellAndNothingChanges() throws Exception {
        Path streets = dispatched();
        Path photos = temp.resolve("照片");
        Files.createDirectories(photos);
        Files.write(photos.resolve("现场.jpg"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        int rowA = row(streets, streetA);
        int rowB = row(streets, streetB);
        fill(streets, streetA, "李强", "13800000001", "已清理", "下周", "现场.jpg");
        fill(streets, streetB, "李强", "13800000001", "", LocalDate.of(2026, 11, 30), "不存在.jpg");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(streets))) {
            book.getSheet("督办单").getRow(rowA).getCell(4).setCellValue("无问题");
            book.getSheet("督办单").createRow(9).createCell(8).setCellValue("王五");
            try (OutputStream o = Files.newOutputStream(streets)) {
                book.write(o);
            }
        }
        Map<String, Long> before = tables();

        List<String> messages = assertRefused(streets, photos);

        int a = rowA + 1;
        int b = rowB + 1;
        assertTrue(messages.contains("督办单!E" + a + ": “问题描述”一列是派单时填好的，不能修改（原为“占道经营”）"), messages.toString());
        assertTrue(messages.contains("督办单!L" + a + ": 完成日期“下周”不是日期，请写成 2026-12-01 这样的日期"), messages.toString());
        assertTrue(messages.contains("督办单!M" + a + ": 现场.jpg 不是 JPEG 或 PNG 照片"), messages.toString());
        assertTrue(messages.contains("督办单!L" + b + ": 完成日期 2026-11-30 还没到（今天是 2026-11-27）"), messages.toString());
        assertTrue(messages.contains("督办单!K" + b + ": 填了完成日期，却没有写整改措施"), messages.toString());
        assertTrue(messages.contains("督办单!M" + b + ": 照片文件夹 " + photos + " 中没有照片“不存在.jpg”"), messages.toString());
        assertTrue(messages.contains("督办单!A10: 这一行填了回复，却没有问题编号：回复请填在派单时列出的问题那一行"), messages.toString());
        assertEquals(7, messages.size(), messages.toString());
        assertEquals(before, tables());
        assertEquals(ProblemStatus.TO_FIX, status(streetA));
    }

    @Test
    void aReplyToAClosedProblemIsRefusedInEnglishToo() throws Exception {
        Path streets = dispatched();
        services.updateProblem().move(List.of(streetA.id()), ProblemStatus.FIXING, "", List.of(), null);
        services.updateProblem().move(List.of(streetA.id()), ProblemStatus.TO_RECHECK, "", List.of(), null);
        services.updateProblem().move(List.of(streetA.id()), ProblemStatus.CLOSED, "现场核实", List.of(), null);
        fill(streets, streetA, "李强", "13800000001", "已清理", LocalDate.of(2026, 11, 25), "");
        Messages.use("en");

        List<String> messages = assertRefused(streets, null);

        assertEquals(List.of("督办单!A" + (row(streets, streetA) + 1) + ": Problem " + streetA.id().substring(0, 8)
                + " is closed and takes no more replies"), messages);
    }

    @Test
    void onlyOfficeStaffDispatchAndVerify() {
        services.signedIn().signIn(services.addPerson().run("张三", "", Role.INSPECTOR, null));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.dispatchProblems().run(List.of(), temp.resolve("x"), null));

        assertEquals("张三（测评员）不能派单或核查：需要内业或督查组长", Messages.get(refused.messageKey(), refused.args()));
        assertThrows(RequestRefused.class, () -> services.verifyReply().run(List.of(streetA.id()), VerifyReply.Decision.CLOSE, null));
    }

    private Path dispatched() {
        return services.dispatchProblems().run(List.of(STREETS), temp.resolve("派单"), null).get(0).file();
    }

    private List<String> assertRefused(Path file, Path photos, String... expected) {
        ReceiveProblemReplies.Result result = services.importReplyWorkbook().run(file, photos);
        assertFalse(result.ok());
        List<String> messages = result.errors().stream().map(Messages::describe).toList();
        if (expected.length > 0) {
            assertEquals(List.of(expected), messages);
        }
        return messages;
    }

    /** The 0-based row of the problem in the 督办单. */
    private static int row(Path workbook, Problem problem) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            XSSFSheet sheet = book.getSheet("督办单");
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(problem.id().substring(0, 8))) {
                    return r;
                }
            }
        }
        throw new AssertionError("not dispatched: " + problem.id());
    }

    /** Fills the problem's reply cells as a unit would in Excel: a date typed as a date, anything else as text. */
    static void fill(Path workbook, Problem problem, String claimant, String phone, String measures, Object done, String photos)
            throws Exception {
        int r = row(workbook, problem);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row row = book.getSheet("督办单").getRow(r);
            row.getCell(8).setCellValue(claimant);
            row.getCell(9).setCellValue(phone);
            row.getCell(10).setCellValue(measures);
            if (done instanceof LocalDate day) {
                row.getCell(11).setCellValue(day);
            } else if (done != null) {
                row.getCell(11).setCellValue(done.toString());
            }
            row.getCell(12).setCellValue(photos);
            try (OutputStream o = Files.newOutputStream(workbook)) {
                book.write(o);
            }
        }
    }

    private ProblemStatus status(Problem problem) {
        return services.workspace().read(tx -> tx.problems().find(problem.id()).orElseThrow().status());
    }

    private static Map<String, Integer> counts(List<DispatchProblems.Written> written) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        written.forEach(w -> counts.put(w.unit(), w.problems()));
        return counts;
    }

    /** 整改率 of the two units as closed/raised. */
    private static Map<String, String> rates(int streetsClosed, int streetsRaised, int marketsClosed, int marketsRaised) {
        return Map.of(STREETS, streetsClosed + "/" + streetsRaised, MARKETS, marketsClosed + "/" + marketsRaised);
    }

    /** 整改率 as the problem list counts it, which must be what the round's standing publishes (fixed of due). */
    private Map<String, String> rates() {
        Map<String, String> listed = new LinkedHashMap<>();
        services.listProblems().run(null, ListProblems.Filter.ALL).units().forEach(u -> listed.put(u.name(), u.closed() + "/" + u.raised()));
        Map<String, String> published = new LinkedHashMap<>();
        services.showRectificationStanding().of(round.id(), 5).units().forEach(u -> published.put(u.unit(), u.fixed() + "/" + u.due()));
        assertEquals(Map.copyOf(listed), Map.copyOf(published), "the round's standing");
        return listed;
    }

    private long count(String table) {
        return TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Map<String, Long> tables() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("problem_reply", "problem_dispatch", "problem_step", "photo", "audit_entry")) {
            counts.put(table, count(table));
        }
        counts.put("open", (long) services.listProblems().run(null, ListProblems.Filter.ALL).problems().stream()
                .filter(l -> l.problem().status() == ProblemStatus.TO_FIX).count());
        return counts;
    }
}
