package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.exchange.DeviceKey;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.exchange.PackageWriter;
import org.civicinspect.exchange.UnitReplyContent;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.reports.ScoreComposite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units that run the program themselves: the office sends each unit its standards in a signed unit task package, the
 * unit's own workspace files its materials and replies with a signed unit reply package, the office checks the reply in
 * full before it files anything, reviews, returns a standard, and takes the unit's second reply in; the composite's
 * materials part is worked out by hand before and after.
 */
class UnitPackagesTest {

    @TempDir Path temp;
    private Services office;
    private Path officeFolder;
    private MaterialSamples samples;
    private Round june;
    /** For the hostile packages: 城管局's workspace, the task package it took in, and the office's id of 城管局. */
    private Services cg;
    private String taskPackageId;
    private String cgId;

    /**
     * Three material standards and one judged at sites. 任务分解: 城管局 leads CL-01 and supports CL-02; 宣传部 leads
     * CL-02 and CL-03. CL-01 requires 规范文件 and 实景图片.
     */
    @BeforeEach
    void officeWithTwoUnits() throws Exception {
        Messages.use("zh");
        officeFolder = temp.resolve("office");
        office = TestWorkspaces.open(officeFolder);
        samples = new MaterialSamples(Files.createDirectories(temp.resolve("in")));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("CL-01", "制度建设", "工作机制", "有创建工作方案", "材料审核", 4, "符合/不符合", "")
                .row("CL-02", "制度建设", "宣传", "网上申报宣传情况", "网上申报", 2, "符合/不符合", "")
                .row("CL-03", "制度建设", "统计", "有创建统计台账", "材料审核", 6, "符合/不符合", "")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", "实地考察", 4, "按处扣分（每处1分）", "主次干道")
                .save(temp, "体系.xlsx");
        office.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        office.saveUnit().run(ResponsibleUnit.named("城管局"));
        office.saveUnit().run(ResponsibleUnit.named("宣传部"));
        office.importTaskWorkbook().run("latest", new WorkbookBuilder().sheet("任务分解")
                .row("标准编号", "测评标准", "牵头部门", "责任单位", "时限", "备注")
                .row("CL-01", "有创建工作方案", "城管局", "", "2026-05-31", "")
                .row("CL-02", "网上申报宣传情况", "宣传部", "城管局", "", "")
                .row("CL-03", "有创建统计台账", "宣传部", "", "", "盖章版")
                .save(temp, "任务分解.xlsx"));
        june = office.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
        office.setMaterialRules().require(june.id(), "CL-01", "规范文件,实景图片");
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    /** A unit's own workspace, new and empty, in its own folder on its own computer (never on a server). */
    private Services unitWorkspace(String name) {
        return new Services(org.civicinspect.store.Workspace.open(temp.resolve(name)), TestWorkspaces.CLOCK);
    }

    private SendUnitTask.Result send(String unit, Services unitSide, String file) {
        return office.sendUnitTask().run(unit, june.name(), unitSide.showDeviceKey().fingerprint(), temp.resolve(file));
    }

    private ReceiveUnitPackage.Result receive(Services side, Path file) {
        return side.receiveUnitPackage().run(file, new ImportOptions(null, List.of(office.showDeviceKey().fingerprint())));
    }

    private MaterialFile file(Services unit, String standards, String type, String date, String name, byte[] bytes) throws Exception {
        return unit.addMaterialFile().run(new AddMaterialFile.Filing(june.name(), List.of(standards.split(",")), null, type, "材料 " + name, date,
                samples.write(name, bytes))).file();
    }

    private Path reply(Services unit, String file) {
        return unit.sendUnitReply().run(temp.resolve(file)).file();
    }

    private void review(String code, String grade, String comment) {
        office.recordMaterialReview().run(june.name(), code, grade, comment);
    }

    /** The composite's total and its materials part's points, to two places. */
    private List<BigDecimal> composite() {
        CompositeScore score = office.scoreComposite().run(ScoreComposite.Request.of(june.name())).score();
        return List.of(score.total().setScale(2, RoundingMode.HALF_UP),
                score.part(CompositeScore.MATERIALS).points().setScale(2, RoundingMode.HALF_UP));
    }

    private List<String> filed(Services side) {
        return side.listMaterialFiles().run(june.name(), "").files().stream()
                .map(f -> f.unit() + " " + f.fileName() + " " + String.join(",", f.standards()))
                .sorted().toList();
    }

    @Test
    void twoUnitsFileThroughPackagesTheOfficeReturnsOneAndTheCompositeFollows() throws Exception {
        Services cg = unitWorkspace("城管局");
        Services xc = unitWorkspace("宣传部");
        SendUnitTask.Result toCg = send("城管局", cg, "城管局-任务.cipkg");
        SendUnitTask.Result toXc = send("宣传部", xc, "宣传部-任务.cipkg");
        assertEquals(List.of(2, 2), List.of(toCg.standards(), toXc.standards()));

        ReceiveUnitPackage.Result taken = receive(cg, toCg.file());
        assertEquals(List.of("城管局", 2, 0), List.of(taken.unit(), taken.standards(), taken.reviews()));
        receive(xc, toXc.file());
        assertEquals(WorkspaceRole.UNIT, cg.changePreferences().current().role());
        assertEquals(List.of("CL-01", "CL-02"), cg.workspace().read(tx -> tx.taskAssignments().of(june.indicatorSetId())).stream()
                .map(t -> t.standardCode()).toList());
        assertEquals(Map.of("CL-01", List.of("实景图片", "规范文件")), cg.workspace().read(tx -> tx.materialFiles().requirements(june.indicatorSetId())));

        // Each unit files for its own standards only, and only as itself.
        byte[] coverage = MaterialSamples.pdf("coverage", "");
        file(cg, "CL-01", "规范文件", "2026-03-01", "工作方案.pdf", MaterialSamples.pdf("plan", ""));
        file(cg, "CL-01", "实景图片", "2026-04-10", "现场.png", MaterialSamples.png());
        file(cg, "CL-02", "媒体报道", "2026-04-20", "报道.pdf", coverage);
        RequestRefused notMine = assertThrows(RequestRefused.class, () -> file(cg, "CL-03", "统计表格", "2026-04-01", "台账.xlsx",
                MaterialSamples.xlsx("台账")));
        assertEquals("测评标准 CL-03 不是任务分解交给 城管局 的标准，不能在这里提交材料", Messages.get(notMine.messageKey(), notMine.args()));
        RequestRefused asOther = assertThrows(RequestRefused.class, () -> cg.addMaterialFile().run(new AddMaterialFile.Filing(june.name(),
                List.of("CL-01"), "宣传部", "规范文件", "方案", "2026-03-01", samples.write("x.pdf", MaterialSamples.pdf("x", "")))));
        assertEquals("这是 城管局 的工作区，不能以 宣传部 的名义提交材料", Messages.get(asOther.messageKey(), asOther.args()));
        file(xc, "CL-02", "媒体报道", "2026-04-20", "同一篇报道.pdf", coverage);
        file(xc, "CL-03", "统计表格", "2026-05-05", "台账.xlsx", MaterialSamples.xlsx("台账"));

        ReceiveUnitPackage.Result fromCg = receive(office, reply(cg, "城管局-回复.cipkg"));
        ReceiveUnitPackage.Result fromXc = receive(office, reply(xc, "宣传部-回复.cipkg"));
        assertEquals(List.of(3, 3, 3), List.of(fromCg.files(), fromCg.newFiles(), fromCg.newContents()));
        // The same report filed by both units is stored once.
        assertEquals(List.of(2, 2, 1), List.of(fromXc.files(), fromXc.newFiles(), fromXc.newContents()));
        assertEquals(List.of("城管局 工作方案.pdf CL-01", "城管局 报道.pdf CL-02", "城管局 现场.png CL-01", "宣传部 台账.xlsx CL-03",
                "宣传部 同一篇报道.pdf CL-02"), filed(office));
        assertEquals(4, TestWorkspaces.storedPhotos(officeFolder).size());
        List<String> audited = office.workspace().read(tx -> tx.audit().ofAction(org.civicinspect.store.AuditLog.Action.PACKAGE_IN)).stream()
                .map(e -> e.detail()).toList();
        assertEquals(2, audited.size(), "an audit entry for each reply taken in: " + audited);
        assertTrue(audited.get(0).contains("unit=城管局 files=3 new=3 filed=") && audited.get(0).contains("现场.png"), audited.get(0));
        assertTrue(audited.get(1).contains("unit=宣传部 files=2 new=2 filed=") && audited.get(1).contains("台账.xlsx"), audited.get(1));

        // 完整 4 × 1 + 部分 2 × 0.5 + 退回 6 × 0 = 5 of 12 points; 5 / 12 × 40 = 16.67, the only part with a figure.
        review("CL-01", "完整", "");
        review("CL-02", "部分", "缺少网上申报截图");
        office.recordMaterialReview().run(june.name(), "CL-03", MaterialGrade.RETURNED.label(), "台账须加盖公章后重交");
        assertEquals(List.of(new BigDecimal("16.67"), new BigDecimal("16.67")), composite());

        // The next task package carries the return; the unit sees it and files again.
        SendUnitTask.Result again = send("宣传部", xc, "宣传部-任务2.cipkg");
        assertEquals(2, again.reviews());
        receive(xc, again.file());
        assertEquals(List.of("CL-02 部分 缺少网上申报截图", "CL-03 退回 台账须加盖公章后重交"), xc.workspace().read(tx -> tx.materialReviews().ofRound(june.id()))
                .stream().map(r -> r.standardCode() + " " + r.grade().label() + " " + r.comment()).toList());
        file(xc, "CL-03", "统计表格", "2026-05-20", "台账（盖章）.xlsx", MaterialSamples.xlsx("台账 盖章"));
        Path second = reply(xc, "宣传部-回复2.cipkg");
        ReceiveUnitPackage.Result secondTaken = receive(office, second);
        assertEquals(List.of(3, 1, 1), List.of(secondTaken.files(), secondTaken.newFiles(), secondTaken.newContents()));

        // Taking the same package in again changes nothing, and says so.
        Map<String, Object> before = state();
        assertTrue(receive(office, second).alreadyReceived());
        assertEquals(before, state());

        // 完整 4 + 部分 1 + 完整 6 = 11 of 12 points; 11 / 12 × 40 = 36.67.
        review("CL-03", "完整", "");
        assertEquals(List.of(new BigDecimal("36.67"), new BigDecimal("36.67")), composite());
        assertEquals(List.of("宣传部 台账.xlsx CL-03", "宣传部 台账（盖章）.xlsx CL-03", "宣传部 同一篇报道.pdf CL-02"),
                filed(office).stream().filter(f -> f.startsWith("宣传部")).toList());
    }

    @Test
    void aFileTheUnitHoldsTwiceForTheSameStandardIsFiledOnceAtTheOffice() throws Exception {
        Services cg = unitWorkspace("城管局");
        receive(cg, send("城管局", cg, "城管局-任务.cipkg").file());
        MaterialFile plan = file(cg, "CL-01", "规范文件", "2026-03-01", "工作方案.pdf", MaterialSamples.pdf("plan", ""));
        // As a workspace filed before one file was filed once per standard: the same filing under a second id.
        cg.workspace().write(tx -> {
            tx.materialFiles().save(new MaterialFile(java.util.UUID.randomUUID().toString(), plan.roundId(), plan.unit(), plan.sha256(),
                    plan.fileName(), plan.mediaType(), plan.bytes(), plan.title(), plan.type(), plan.documentDate(), plan.standards(),
                    plan.filedBy(), plan.filedAt()));
            return null;
        });

        ReceiveUnitPackage.Result taken = receive(office, reply(cg, "城管局-回复.cipkg"));
        assertEquals(List.of(2, 1, 1), List.of(taken.files(), taken.newFiles(), taken.newContents()));
        assertEquals(List.of("城管局 工作方案.pdf CL-01"), filed(office));
    }

    @Test
    void aReturnNeedsACommentAndReviewsAreTheOfficesWork() throws Exception {
        RequestRefused bare = assertThrows(RequestRefused.class, () -> review("CL-03", "退回", ""));
        assertEquals("退回测评标准 CL-03 时须写明意见（--comment），说明单位要补交什么", Messages.get(bare.messageKey(), bare.args()));
        Services cg = unitWorkspace("城管局");
        receive(cg, send("城管局", cg, "任务.cipkg").file());
        RequestRefused atUnit = assertThrows(RequestRefused.class, () -> cg.recordMaterialReview().run(june.name(), "CL-01", "完整", ""));
        assertEquals("材料审核在内业进行；单位工作区只显示内业的审核结果", Messages.get(atUnit.messageKey(), atUnit.args()));
    }

    @Test
    void aUnitTaskPackageNeedsTheOfficeKeyConfirmedAndAnEmptyWorkspace() throws Exception {
        Services cg = unitWorkspace("城管局");
        Path task = send("城管局", cg, "任务.cipkg").file();
        RequestRefused unconfirmed = assertThrows(RequestRefused.class, () -> cg.receiveUnitPackage().run(task, new ImportOptions(null, List.of())));
        assertEquals("任务.cipkg 由内业密钥 " + office.showDeviceKey().fingerprint() + " 签发。这是第一次收到任务包：请与内业核对指纹，一致时加 --trust 确认",
                Messages.get(unconfirmed.messageKey(), unconfirmed.args()));
        Services xc = unitWorkspace("宣传部");
        receive(xc, send("宣传部", xc, "宣传部.cipkg").file());
        RequestRefused otherUnit = assertThrows(RequestRefused.class, () -> receive(xc, task));
        assertEquals("任务.cipkg 是发给 城管局 的单位任务包，而这是 宣传部 的工作区，已拒绝", Messages.get(otherUnit.messageKey(), otherUnit.args()));
    }

    // ---- hostile reply packages at the office: one sentence each, nothing changed ----


    /** 城管局's workspace with its task package taken in, and the office's state before the hostile package. */
    private void cgReady() throws Exception {
        cg = unitWorkspace("城管局");
        SendUnitTask.Result task = send("城管局", cg, "任务.cipkg");
        taskPackageId = task.packageId();
        receive(cg, task.file());
        cgId = office.workspace().read(tx -> tx.materialFiles().registeredUnitId("城管局")).orElseThrow();
    }

    private Map<String, Object> state() throws Exception {
        Map<String, Object> state = new LinkedHashMap<>(office.workspace().read(tx -> tx.materialFiles().tableCounts()));
        state.put("audit", office.workspace().read(tx -> tx.audit().head()));
        state.put("stored", TestWorkspaces.storedPhotos(officeFolder));
        return state;
    }

    /** A reply package made by hand, signed by the key in {@code keys}, carrying these files (name → bytes) for CL-01. */
    private Path crafted(String name, Path keys, String unitId, String unitName, long sequence, Map<String, byte[]> files) throws Exception {
        List<MaterialFile> listed = new ArrayList<>();
        PackageWriter writer = new PackageWriter();
        Path folder = Files.createDirectories(temp.resolve("crafted-" + sequence));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String sha = Sha256.of(f.getValue());
            listed.add(new MaterialFile(UUID.randomUUID().toString(), june.id(), unitName, sha, f.getKey(), "application/pdf", f.getValue().length,
                    "材料", "规范文件", LocalDate.of(2026, 3, 1), List.of("CL-01"), "单位联络员", Instant.parse("2026-11-20T08:00:00Z")));
            writer.file(sha, Files.write(folder.resolve(sha), f.getValue()));
        }
        writer.json(PackageReader.CONTENT, new UnitReplyContent(taskPackageId, listed));
        Path out = temp.resolve(name);
        writer.write(out, new PackageWriter.Header(PackageKind.UNIT_REPLY, UUID.randomUUID().toString(), Instant.parse("2026-11-20T08:00:00Z"),
                sequence, "UNIT", "单位联络员", june.id(), june.name(), unitId, unitName), DeviceKey.loadOrCreate(keys), null);
        return out;
    }

    private Path cgKeys() {
        return cg.workspace().folder().resolve("keys");
    }

    private void refused(Path hostile, String zh, String en) throws Exception {
        Map<String, Object> before = state();
        RequestRefused refusal = assertThrows(RequestRefused.class, () -> receive(office, hostile));
        assertEquals(zh, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("en");
        assertEquals(en, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("zh");
        assertEquals(before, state());
    }

    @Test
    void hostileFilesInsideASignedReplyAreRefusedBeforeAnythingIsFiled() throws Exception {
        cgReady();
        refused(crafted("可执行.cipkg", cgKeys(), cgId, "城管局", 10, Map.of("通知.pdf", MaterialSamples.elf())),
                "材料文件 可执行.cipkg/通知.pdf 的内容不是 PDF、JPEG/PNG 图片、Word（.docx/.doc）或 Excel（.xlsx/.xls）文件，未提交",
                "Material file 可执行.cipkg/通知.pdf holds no PDF, JPEG/PNG picture, Word (.docx/.doc) or Excel (.xlsx/.xls) document and was not filed");
        refused(crafted("炸弹.cipkg", cgKeys(), cgId, "城管局", 11,
                        Map.of("统计.xlsx", MaterialSamples.withZeros(MaterialSamples.xlsx("统计"), "xl/media/padding.bin", 16 << 20))),
                "材料文件 炸弹.cipkg/统计.xlsx 解压后异常膨胀（疑似压缩炸弹），未提交",
                "Material file 炸弹.cipkg/统计.xlsx inflates far beyond its size (a zip bomb) and was not filed");
        refused(crafted("加密.cipkg", cgKeys(), cgId, "城管局", 12, Map.of("方案.pdf", MaterialSamples.pdf("方案", "/Encrypt 4 0 R "))),
                "材料文件 加密.cipkg/方案.pdf 已加密，无法审核，未提交：请提交不加密的文件",
                "Material file 加密.cipkg/方案.pdf is encrypted and cannot be reviewed, so it was not filed: file an unencrypted copy");
        // A good file beside a 0-byte one: neither is filed.
        Map<String, byte[]> goodAndEmpty = new LinkedHashMap<>();
        goodAndEmpty.put("好.pdf", MaterialSamples.pdf("好", ""));
        goodAndEmpty.put("空.pdf", new byte[0]);
        refused(crafted("空.cipkg", cgKeys(), cgId, "城管局", 13, goodAndEmpty),
                "材料文件 空.cipkg/空.pdf 是空文件，未提交", "Material file 空.cipkg/空.pdf is empty and was not filed");
    }

    @Test
    void aReplyFromAnotherUnitsKeyOrAnUnknownKeyOrAnotherWorkspaceIsRefused() throws Exception {
        cgReady();
        Services xc = unitWorkspace("宣传部");
        receive(xc, send("宣传部", xc, "宣传部.cipkg").file());
        Path xcKeys = xc.workspace().folder().resolve("keys");
        String xcKey = xc.showDeviceKey().fingerprint();
        refused(crafted("冒名.cipkg", xcKeys, cgId, "城管局", 20, Map.of("方案.pdf", MaterialSamples.pdf("方案", ""))),
                "冒名.cipkg 由 宣传部 的密钥 " + xcKey + " 签发，却自称来自 城管局，已拒绝",
                "冒名.cipkg is signed by key " + xcKey + " of 宣传部 but claims to come from 城管局; refused");
        Path strangerKeys = temp.resolve("stranger-keys");
        String stranger = DeviceKey.loadOrCreate(strangerKeys).fingerprint();
        refused(crafted("陌生.cipkg", strangerKeys, cgId, "城管局", 21, Map.of("方案.pdf", MaterialSamples.pdf("方案", ""))),
                "陌生.cipkg 由密钥 " + stranger + " 签发，内业没有为 城管局 向这个密钥签发过单位任务包，已拒绝",
                "陌生.cipkg is signed by key " + stranger + ", for which the office issued no unit task package of 城管局; refused");

        // A reply sent to another office: that office never issued a task package for the unit's key.
        file(cg, "CL-01", "规范文件", "2026-03-01", "方案.pdf", MaterialSamples.pdf("方案", ""));
        Path good = reply(cg, "城管局-回复.cipkg");
        Services otherOffice = TestWorkspaces.open(temp.resolve("other-office"));
        otherOffice.saveUnit().run(ResponsibleUnit.named("城管局"));
        RequestRefused elsewhere = assertThrows(RequestRefused.class,
                () -> otherOffice.receiveUnitPackage().run(good, new ImportOptions(null, List.of())));
        assertEquals("城管局-回复.cipkg 由密钥 " + cg.showDeviceKey().fingerprint() + " 签发，内业没有为 城管局 向这个密钥签发过单位任务包，已拒绝",
                Messages.get(elsewhere.messageKey(), elsewhere.args()));
        assertEquals(Map.of("material_file", 0L, "material_file_standard", 0L, "material_requirement", 0L, "material_window", 0L),
                otherOffice.workspace().read(tx -> tx.materialFiles().tableCounts()));

        // The same package, tampered with or cut short, is refused at the office; whole, it is taken in.
        byte[] whole = Files.readAllBytes(good);
        Path tampered = temp.resolve("改动.cipkg");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(good.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().startsWith(PackageReader.FILE_PREFIX)) {
                    bytes[bytes.length - 10] ^= 1;
                }
                entries.put(e.getName(), bytes);
            }
        }
        org.civicinspect.TestZips.write(tampered, entries);
        String sha = cg.listMaterialFiles().run(june.name(), "").files().get(0).sha256();
        refused(tampered, "改动.cipkg 的条目“files/" + sha + "”与清单中的哈希不符：包在传递中被改动或损坏",
                "改动.cipkg: the entry \"files/" + sha + "\" does not match its hash in the manifest; the package was changed or damaged");
        Path truncated = Files.write(temp.resolve("半截.cipkg"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, Object> before = state();
        RequestRefused cut = assertThrows(RequestRefused.class, () -> receive(office, truncated));
        assertEquals("半截.cipkg 已损坏或不完整，无法打开（zip END header not found）", Messages.get(cut.messageKey(), cut.args()));
        assertEquals(before, state());
        assertFalse(receive(office, good).alreadyReceived());
        assertEquals(List.of("城管局 方案.pdf CL-01"), filed(office));
    }

    @Test
    void aUnitPackageIsNotTakenInAsATeamsPackage() throws Exception {
        Services cg = unitWorkspace("城管局");
        Path task = send("城管局", cg, "任务.cipkg").file();
        RequestRefused refusal = assertThrows(RequestRefused.class, () -> cg.importPackage().run(List.of(task), new ImportOptions(null, List.of())));
        assertEquals("任务.cipkg 是单位包：请用 materials receive 导入", Messages.get(refusal.messageKey(), refusal.args()));
    }

    @Test
    void theTaskPackageCarriesTheOfficesReviewsOfTheUnitsStandardsOnly() throws Exception {
        review("CL-03", "缺失", "未见台账");
        review("CL-01", "部分", "缺少实景图片");
        Services cg = unitWorkspace("城管局");
        receive(cg, send("城管局", cg, "任务.cipkg").file());
        List<MaterialReview> seen = cg.workspace().read(tx -> tx.materialReviews().ofRound(june.id()));
        assertEquals(List.of("CL-01 部分 缺少实景图片"), seen.stream().map(r -> r.standardCode() + " " + r.grade().label() + " " + r.comment()).toList());
    }

    @Test
    void theTaskPackageCarriesTheSetsOwnGradesWithTheCoefficientEachReviewCountedWith() throws Exception {
        office.setMaterialGradeScale().run(june.name(), List.of("A=1", "B=0.8", "C=0.6", "D=0"));
        review("CL-01", "B", "缺少实景图片");
        review("CL-02", "退回", "须加盖公章后重交");
        office.setMaterialGradeScale().run(june.name(), List.of("A=1", "B=0.7", "C=0.6", "D=0"));
        Services cg = unitWorkspace("城管局");
        receive(cg, send("城管局", cg, "任务.cipkg").file());

        List<MaterialReview> seen = cg.workspace().read(tx -> tx.materialReviews().ofRound(june.id()));
        assertEquals(List.of("CL-01 B 0.8 缺少实景图片", "CL-02 退回 0 须加盖公章后重交"), seen.stream()
                .map(r -> r.standardCode() + " " + r.grade().label() + " " + r.grade().coefficientText() + " " + r.comment()).toList(),
                "B as it counted when given, not as the scale has it now");
        assertEquals("A=1 B=0.7 C=0.6 D=0", cg.showMaterialGradeScale().run(june.name()).scale().text());
    }

    @Test
    void aUnitsHomeScreenShowsNoCompositeOfItsOwnStandardsAlone() throws Exception {
        review("CL-01", "完整", "");
        Services cg = unitWorkspace("城管局");
        receive(cg, send("城管局", cg, "任务.cipkg").file());
        assertTrue(office.showDashboard().run(june.id()).orElseThrow().composite().isPresent(), "the office's home screen has the city's composite");
        assertEquals(java.util.Optional.empty(), cg.showDashboard().run(june.id()).map(d -> d.composite()).orElse(java.util.Optional.empty()),
                "a unit holds the reviews of its own standards only: a composite of those is no city's figure");
    }
}
