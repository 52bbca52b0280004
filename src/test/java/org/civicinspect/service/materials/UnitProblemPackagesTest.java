package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.UnitReplyContent;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemDispatch;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.rectification.DispatchProblems;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.rectification.ReceiveProblemReplies;
import org.civicinspect.service.rectification.VerifyReply;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 派单 by package: 城管局 runs the program and gets its problems in its unit task package, answers them in its own
 * workspace and sends its replies back in its reply package; 市场监管局 gets a 督办单 workbook. The office takes both in,
 * returns one of 城管局's replies, which goes back in the next task package and is answered again, and closes the rest.
 * Today is 2026-11-27; 整改率 is closed/raised of each unit, worked out by hand at each step.
 */
class UnitProblemPackagesTest {

    private static final String STREETS = "城东区城管局";
    private static final String MARKETS = "城东区市场监管局";

    @TempDir Path temp;
    private Services office;
    private Round round;
    private Problem streetA;
    private Problem streetB;
    private Problem market;
    private Path photos;

    @BeforeEach
    void threeOpenProblemsOfTwoUnits() throws Exception {
        Messages.use("zh");
        office = TestWorkspaces.open(temp.resolve("office"));
        office.importSampleIndicatorSet().run(Progress.NONE);
        office.saveUnit().run(ResponsibleUnit.named(STREETS));
        office.saveUnit().run(ResponsibleUnit.named(MARKETS));
        photos = Files.createDirectories(temp.resolve("照片"));
        picture("曝光.jpg", 24, "jpg");
        picture("人民路后.jpg", 32, "jpg");
        picture("人民路远景.png", 40, "png");
        picture("补拍.png", 48, "png");
        streetA = raise("人民路 12 号", STREETS, "占道经营", LocalDate.of(2026, 12, 10), List.of(photos.resolve("曝光.jpg")));
        streetB = raise("建设路 8 号", STREETS, "垃圾堆放", LocalDate.of(2026, 12, 11), List.of());
        market = raise("东湖市场北门", MARKETS, "活禽宰杀区污水外溢", LocalDate.of(2026, 12, 12), List.of());
        TestWorkspaces.signInSupervisor(office, "陈主任");
        round = office.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), "");
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    @Test
    void oneUnitByPackageOneByWorkbookOneReplyReturnedAndAnsweredAgainTheRestClosed() throws Exception {
        Services cg = unitWorkspace("城管局");
        SendUnitTask.Result task = send(cg, "任务1.cipkg");
        assertEquals(2, task.problems(), "both of 城管局's open problems go with its task package");
        assertEquals(List.of(ProblemDispatch.PACKAGE, ProblemDispatch.PACKAGE), channels(task.problemBatch()));
        List<DispatchProblems.Written> workbooks = office.dispatchProblems().run(List.of(MARKETS), temp.resolve("派单"), null);
        assertEquals(1, workbooks.get(0).problems());
        assertEquals(rates(0, 2, 0, 1), rates());

        // The unit sees its problems, the photo before the fix with them.
        assertEquals(2, receive(cg, task.file()).problems());
        List<UnitProblem> held = cg.listDispatchedProblems().run();
        assertEquals(List.of("占道经营", "垃圾堆放"), held.stream().map(UnitProblem::description).toList());
        assertEquals(List.of(streetA.id().substring(0, 8), streetB.id().substring(0, 8)), held.stream().map(UnitProblem::number).toList());
        assertEquals("媒体曝光", held.get(0).source());
        assertEquals(List.of(Sha256.of(photos.resolve("曝光.jpg"))), held.get(0).photosBefore());
        assertTrue(Files.isRegularFile(cg.workspace().photoStore().file(held.get(0).photosBefore().get(0))), "the photo's bytes came along");

        // 城管局 claims both, one with two photos; 市场监管局 fills its workbook. Both 待整改 → 整改中, nothing closed yet.
        answer(cg, streetA, "李强", "已清理摊点并设置提示牌", "2026-11-25", "人民路后.jpg", "人民路远景.png");
        answer(cg, streetB, "李强", "已清运垃圾", "2026-11-26");
        SendUnitReply.Result reply = cg.sendUnitReply().run(temp.resolve("回复1.cipkg"));
        assertEquals(2, reply.problems());
        ReceiveUnitPackage.Result taken = receive(office, reply.file());
        assertEquals(2, taken.problems());
        assertEquals(ProblemStatus.FIXING, status(streetA));
        assertEquals(ProblemStatus.FIXING, status(streetB));
        assertEquals(2, office.workspace().read(tx -> tx.dispatches().repliesTo(streetA.id())).get(0).photos().size());
        Map<String, Long> before = tables();
        assertTrue(receive(office, reply.file()).alreadyReceived());
        assertEquals(before, tables(), "the same package twice changes nothing");

        Path markets = workbooks.get(0).file();
        fill(markets, market, "赵敏", "13900000002", "已改造排水沟", LocalDate.of(2026, 11, 26));
        ReceiveProblemReplies.Result fromMarkets = office.importReplyWorkbook().run(markets, null);
        assertEquals(List.of(), fromMarkets.errors());
        assertEquals(3, office.listPendingReplies().run().size());
        assertEquals(rates(0, 2, 0, 1), rates(), "a reply closes nothing by itself");

        // 核查: streetA returned, streetB and the market closed.
        office.verifyReply().run(List.of(streetA.id()), VerifyReply.Decision.RETURN, "照片看不出摊点已清理");
        office.verifyReply().run(List.of(streetB.id(), market.id()), VerifyReply.Decision.CLOSE, null);
        assertEquals(ProblemStatus.FIXING, status(streetA));
        assertEquals(rates(1, 2, 1, 1), rates());

        // The return goes back in the next task package, with its reason; the unit answers again.
        SendUnitTask.Result second = send(cg, "任务2.cipkg");
        assertEquals(1, second.problems());
        receive(cg, second.file());
        UnitProblem returned = cg.listDispatchedProblems().run().get(0);
        assertEquals(List.of(streetA.id(), "照片看不出摊点已清理"), List.of(returned.problemId(), returned.returnReason()));
        assertEquals(null, returned.answer(), "the earlier answer was returned: it is not carried over");
        answer(cg, streetA, "李强", "摊点已全部取缔，补拍照片", "2026-11-27", "补拍.png");
        assertEquals(1, receive(office, cg.sendUnitReply().run(temp.resolve("回复2.cipkg")).file()).problems());
        assertEquals(1, office.listPendingReplies().run().size());
        office.verifyReply().run(List.of(streetA.id()), VerifyReply.Decision.CLOSE, null);
        assertEquals(ProblemStatus.CLOSED, status(streetA));
        assertEquals(rates(2, 2, 1, 1), rates());

        List<String> history = office.showProblemHistory().run(streetA.id()).stream().map(e -> e.step().kind()).toList();
        assertEquals(List.of("RAISED", "DISPATCHED", "REPLIED", "REPLY_RETURNED", "DISPATCHED", "REPLIED", "REPLY_CONFIRMED"), history);
        assertEquals(3L, count("audit_entry WHERE action = 'DISPATCH'"), "城管局's two packages and 市场监管局's workbook");
        assertTrue(office.verifyWorkspace().run().unexplained().isEmpty(), "every status the log records");
    }

    @Test
    void aUnitAnswersOnlyProblemsItWasSentWithADateNotToComeAndPicturesForPhotos() throws Exception {
        Services cg = unitWorkspace("城管局");
        receive(cg, send(cg, "任务.cipkg").file());
        Files.write(photos.resolve("整改后.jpg"), MaterialSamples.elf());

        assertEquals("内业最近派来的问题中没有编号为 " + market.id().substring(0, 8) + " 的问题（写编号的前 4 位以上，用 problems list 查看）",
                refusal(() -> answer(cg, market, "李强", "已整改", "2026-11-25")));
        assertEquals("完成日期 2026-11-28 还没到（今天是 2026-11-27）",
                refusal(() -> answer(cg, streetA, "李强", "已整改", "2026-11-28")));
        assertEquals("整改后.jpg 不是 JPEG 或 PNG 照片", refusal(() -> answer(cg, streetA, "李强", "已整改", "2026-11-25", "整改后.jpg")));
        assertEquals(List.of(), cg.listDispatchedProblems().run().stream().filter(p -> p.answer() != null).toList(), "nothing recorded");
    }

    @Test
    void hostileReplyPackagesAreRefusedWholeWithNothingChanged() throws Exception {
        String xcName = "城东区宣传部";
        office.saveUnit().run(ResponsibleUnit.named(xcName));
        raise("文化广场", xcName, "公益广告破损", LocalDate.of(2026, 12, 10), List.of());
        Services cg = unitWorkspace("城管局");
        Services xc = unitWorkspace("宣传部");
        SendUnitTask.Result task = send(cg, "任务.cipkg");
        receive(cg, task.file());
        receive(xc, office.sendUnitTask().run(xcName, round.name(), xc.showDeviceKey().fingerprint(), temp.resolve("宣传部.cipkg")).file());
        String cgId = office.workspace().read(tx -> tx.materialFiles().registeredUnitId(STREETS)).orElseThrow();
        byte[] good = Files.readAllBytes(photos.resolve("人民路后.jpg"));
        String xcKey = xc.showDeviceKey().fingerprint();

        refused(crafted("冒名.cipkg", xc, cgId, 30, task, streetA, "人民路后.jpg", good),
                "冒名.cipkg 由 城东区宣传部 的密钥 " + xcKey + " 签发，却自称来自 城东区城管局，已拒绝",
                "冒名.cipkg is signed by key " + xcKey + " of 城东区宣传部 but claims to come from 城东区城管局; refused");
        refused(crafted("别家问题.cipkg", cg, cgId, 31, task, market, "人民路后.jpg", good),
                "别家问题.cipkg 中的问题回复有误，整个包未导入，工作区未作任何改动：problems[1]: 问题 " + market.id() + " 不在派给“城东区城管局”的这一批督办单中",
                "别家问题.cipkg holds faulty problem replies, so the package was not taken in and nothing changed: problems[1]: Problem " + market.id()
                        + " is not in this batch dispatched to \"城东区城管局\"");
        refused(crafted("可执行.cipkg", cg, cgId, 32, task, streetA, "整改后.jpg", MaterialSamples.elf()),
                "可执行.cipkg 中的问题回复有误，整个包未导入，工作区未作任何改动：problems[1]: 整改后.jpg 不是 JPEG 或 PNG 照片",
                "可执行.cipkg holds faulty problem replies, so the package was not taken in and nothing changed: problems[1]: "
                        + "整改后.jpg is not a JPEG or PNG photo");

        answer(cg, streetA, "李强", "已清理摊点", "2026-11-25", "人民路后.jpg");
        Path whole = cg.sendUnitReply().run(temp.resolve("回复.cipkg")).file();
        Path tampered = temp.resolve("改动.cipkg");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(whole.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().startsWith(PackageReader.PHOTO_PREFIX)) {
                    bytes[bytes.length - 10] ^= 1;
                }
                entries.put(e.getName(), bytes);
            }
        }
        org.civicinspect.TestZips.write(tampered, entries);
        String sha = Sha256.of(good);
        refused(tampered, "改动.cipkg 的条目“photos/" + sha + "”与清单中的哈希不符：包在传递中被改动或损坏",
                "改动.cipkg: the entry \"photos/" + sha + "\" does not match its hash in the manifest; the package was changed or damaged");

        assertEquals(1, receive(office, whole).problems(), "whole, it is taken in");
        assertEquals(ProblemStatus.FIXING, status(streetA));
    }

    // --- helpers ---

    private Services unitWorkspace(String name) {
        return new Services(Workspace.open(temp.resolve(name)), TestWorkspaces.CLOCK);
    }

    private SendUnitTask.Result send(Services unit, String file) {
        return office.sendUnitTask().run(STREETS, round.name(), unit.showDeviceKey().fingerprint(), temp.resolve(file));
    }

    private ReceiveUnitPackage.Result receive(Services side, Path file) {
        return side.receiveUnitPackage().run(file, new ImportOptions(null, List.of(office.showDeviceKey().fingerprint())));
    }

    private Problem raise(String address, String unit, String description, LocalDate deadline, List<Path> before) {
        return office.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, address, "城东区", "东湖街道", null, description,
                unit, deadline), before, "王芳");
    }

    private void picture(String name, int size, String format) throws Exception {
        ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), format, photos.resolve(name).toFile());
    }

    private UnitProblem answer(Services unit, Problem problem, String claimant, String measures, String doneOn, String... photoNames) {
        return unit.answerDispatchedProblem().run(new AnswerDispatchedProblem.Answer(problem.id().substring(0, 8), claimant, "13800000001", measures,
                doneOn, java.util.Arrays.stream(photoNames).map(photos::resolve).toList()));
    }

    private static String refusal(org.junit.jupiter.api.function.Executable action) {
        RequestRefused refused = assertThrows(RequestRefused.class, action);
        return Messages.get(refused.messageKey(), refused.args());
    }

    /** A reply package made by hand, signed by the key of {@code signer}, answering one problem of the task's batch with one photo. */
    private Path crafted(String name, Services signer, String unitId, long sequence, SendUnitTask.Result task, Problem problem, String photoName,
                         byte[] photo) throws Exception {
        String sha = Sha256.of(photo);
        PackageWriter writer = new PackageWriter();
        writer.photo(sha, Files.write(Files.createDirectories(temp.resolve("crafted-" + sequence)).resolve(sha), photo));
        List<UnitReplyContent.ProblemAnswer> answers = new ArrayList<>();
        answers.add(new UnitReplyContent.ProblemAnswer(problem.id(), "李强", "13800000001", "已整改", "2026-11-25",
                List.of(new UnitReplyContent.Photo(photoName, sha))));
        writer.json(PackageReader.CONTENT, new UnitReplyContent(task.packageId(), List.of(), task.problemBatch(), answers));
        Path out = temp.resolve(name);
        writer.write(out, new PackageWriter.Header(PackageKind.UNIT_REPLY, UUID.randomUUID().toString(), Instant.parse("2026-11-27T07:00:00Z"),
                sequence, "UNIT", "单位联络员", round.id(), round.name(), unitId, STREETS),
                DeviceKey.loadOrCreate(signer.workspace().folder().resolve("keys")), null);
        return out;
    }

    private void refused(Path hostile, String zh, String en) {
        Map<String, Long> before = tables();
        RequestRefused refusal = assertThrows(RequestRefused.class, () -> receive(office, hostile));
        assertEquals(zh, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("en");
        assertEquals(en, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("zh");
        assertEquals(before, tables());
    }

    private List<String> channels(String batchId) {
        return office.workspace().read(tx -> tx.dispatches().batch(batchId)).stream().map(ProblemDispatch::channel).toList();
    }

    private ProblemStatus status(Problem problem) {
        return office.workspace().read(tx -> tx.problems().find(problem.id()).orElseThrow().status());
    }

    /** 整改率 of the two units as closed/raised, as the problem list counts it and the round's standing publishes it. */
    private static Map<String, String> rates(int streetsClosed, int streetsRaised, int marketsClosed, int marketsRaised) {
        return Map.of(STREETS, streetsClosed + "/" + streetsRaised, MARKETS, marketsClosed + "/" + marketsRaised);
    }

    private Map<String, String> rates() {
        Map<String, String> listed = new LinkedHashMap<>();
        office.listProblems().run(null, ListProblems.Filter.ALL).units().forEach(u -> listed.put(u.name(), u.closed() + "/" + u.raised()));
        Map<String, String> published = new LinkedHashMap<>();
        office.showRectificationStanding().of(round.id(), 5).units().forEach(u -> published.put(u.unit(), u.fixed() + "/" + u.due()));
        assertEquals(Map.copyOf(listed), Map.copyOf(published), "the round's standing");
        return listed;
    }

    private long count(String table) {
        return TestWorkspaces.jdbc(office.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Map<String, Long> tables() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("problem_reply", "problem_dispatch", "problem_step", "problem", "photo", "audit_entry", "exchanged_package")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    /** Fills the 督办单's reply columns on the problem's row (I 认领人, J 电话, K 整改措施, L 完成日期). */
    private static void fill(Path workbook, Problem problem, String claimant, String phone, String measures, LocalDate done) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            XSSFSheet sheet = book.getSheet("督办单");
            Row row = null;
            for (int r = 4; r <= sheet.getLastRowNum() && row == null; r++) {
                if (sheet.getRow(r) != null && problem.id().startsWith(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    row = sheet.getRow(r);
                }
            }
            row.getCell(8).setCellValue(claimant);
            row.getCell(9).setCellValue(phone);
            row.getCell(10).setCellValue(measures);
            row.getCell(11).setCellValue(done);
            try (OutputStream o = Files.newOutputStream(workbook)) {
                book.write(o);
            }
        }
    }
}
