package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 材料: a unit's evidence files for material standards, checked by their content before anything is written, kept once
 * by SHA-256, and the checks a reviewer would make on them worked out by hand.
 */
class MaterialFilesTest {

    @TempDir Path temp;
    private Path folder;
    private Services services;
    private MaterialSamples samples;
    private Round june;
    private Round november;

    /** Two material standards (材料审核, 网上申报) and one judged at sites; rounds starting in June and November 2026. */
    @BeforeEach
    void setWithTwoRoundsAndAUnit() throws Exception {
        Messages.use("zh");
        folder = temp.resolve("ws");
        services = TestWorkspaces.open(folder);
        samples = new MaterialSamples(java.nio.file.Files.createDirectories(temp.resolve("in")));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("CL-01", "制度建设", "工作机制", "有创建工作方案", "材料审核", 4, "符合/不符合", "")
                .row("CL-02", "制度建设", "宣传", "网上申报宣传情况", "网上申报", 2, "符合/不符合", "")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", "实地考察", 4, "按处扣分（每处1分）", "主次干道")
                .save(temp, "体系.xlsx");
        services.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        services.saveUnit().run(ResponsibleUnit.named("城管局"));
        june = services.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
        november = services.createRound().run("十一月轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "");
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private MaterialFile file(Round round, String standards, String type, String date, Path file) {
        return services.addMaterialFile().run(new AddMaterialFile.Filing(round.id(), List.of(standards.split(",")), "城管局", type,
                "材料 " + file.getFileName(), date, file)).file();
    }

    private Map<String, Long> counts() {
        return services.workspace().read(tx -> tx.materialFiles().tableCounts());
    }

    /** Refused with exactly this sentence (in both languages), with no row written and nothing stored. */
    private void refused(Path hostile, String zh, String en) throws Exception {
        Map<String, Long> before = counts();
        List<String> stored = TestWorkspaces.storedPhotos(folder);
        RequestRefused refusal = assertThrows(RequestRefused.class, () -> file(june, "CL-01", "规范文件", "2026-05-01", hostile));
        assertEquals(zh, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("en");
        assertEquals(en, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("zh");
        assertEquals(before, counts());
        assertEquals(stored, TestWorkspaces.storedPhotos(folder));
    }

    @Test
    void everyAcceptedKindIsFiledWithTheMediaTypeItsContentShows() throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("1-方案.pdf", MaterialSamples.pdf("方案", ""));
        files.put("2-现场.JPG", MaterialSamples.jpeg());
        files.put("3-现场.png", MaterialSamples.png());
        files.put("4-说明.docx", MaterialSamples.docx("情况说明"));
        files.put("5-说明.doc", MaterialSamples.doc(false));
        files.put("6-统计.xlsx", MaterialSamples.xlsx("统计"));
        files.put("7-统计.xls", MaterialSamples.xls("统计", null));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            file(june, "CL-01", "规范文件", "2026-05-01", samples.write(e.getKey(), e.getValue()));
        }
        // Filed at one moment (the tests' clock stands still), so listed by file name: numbered in the order filed.
        assertEquals(List.of("application/pdf", "image/jpeg", "image/png",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel"),
                services.listMaterialFiles().run(june.id(), "CL-01").files().stream().map(MaterialFile::mediaType).toList());
        assertEquals(7, TestWorkspaces.storedPhotos(folder).size());
    }

    @Test
    void theSameFileFiledAgainForTheSameStandardIsFiledOnceAndAsSomethingElseIsRefused() throws Exception {
        Path plan = samples.write("方案.pdf", MaterialSamples.pdf("创建工作方案", ""));
        file(june, "CL-01", "规范文件", "2026-03-01", plan);
        Map<String, Long> before = counts();

        file(june, "CL-01", "规范文件", "2026-03-01", plan);
        assertEquals(before, counts(), "filed again as it was: nothing changes");
        assertEquals(1, services.listMaterialFiles().run(june.id(), "CL-01").files().size());

        RequestRefused asOther = assertThrows(RequestRefused.class, () -> file(june, "CL-01", "情况说明", "2026-03-01", plan));
        assertEquals("材料文件 方案.pdf 已以“材料 方案.pdf”（规范文件，2026-03-01，测评标准 CL-01）由 城管局 提交过，未重复提交："
                + "同一文件对同一测评标准只提交一次", Messages.get(asOther.messageKey(), asOther.args()));
        assertEquals(before, counts());
    }

    @Test
    void aFileFiledTwiceIsStoredOnceAndListedForEachFiling() throws Exception {
        byte[] plan = MaterialSamples.pdf("创建工作方案", "");
        MaterialFile first = file(june, "CL-01,CL-02", "规范文件", "2026-03-01", samples.write("方案.pdf", plan));
        MaterialFile again = file(november, "CL-01", "规范文件", "2026-03-01", samples.write("方案（再交）.pdf", plan));

        assertEquals(first.sha256(), again.sha256());
        assertEquals(List.of(first.sha256()), TestWorkspaces.storedPhotos(folder));
        assertEquals(Map.of("material_file", 2L, "material_file_standard", 3L, "material_requirement", 0L, "material_window", 0L), counts());
        assertEquals(List.of(List.of("CL-01", "CL-02")),
                services.listMaterialFiles().run(june.id(), "CL-02").files().stream().map(MaterialFile::standards).toList());
        assertEquals(List.of(), services.listMaterialFiles().run(november.id(), "CL-02").files());
        assertEquals(List.of(java.nio.file.Files.readAllBytes(samples.write("x.pdf", plan)).length),
                List.of((int) services.listMaterialFiles().run(november.id(), "").files().get(0).bytes()));
    }

    private List<String> missingBytes() {
        return services.workspace().read(tx -> {
            try {
                return services.workspace().photoStore().check(tx).missing();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void verifyLooksForTheBytesOfEveryFiledFile() throws Exception {
        String sha = file(june, "CL-01", "规范文件", "2026-05-01", samples.write("方案.pdf", MaterialSamples.pdf("方案", ""))).sha256();
        assertEquals(List.of(), missingBytes());
        if (org.civicinspect.store.TestServer.inUse()) {
            TestWorkspaces.jdbc(services.workspace(), c -> c.createStatement().executeUpdate("DELETE FROM photo_content"));
        } else {
            java.nio.file.Files.delete(folder.resolve("photos").resolve(sha.substring(0, 2)).resolve(sha));
        }
        assertEquals(List.of(sha), missingBytes());
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        refused(samples.write("空.pdf", new byte[0]), "材料文件 空.pdf 是空文件，未提交", "Material file 空.pdf is empty and was not filed");
    }

    @Test
    void executablesRenamedAsDocumentsAreRefusedByTheirContent() throws Exception {
        refused(samples.write("通知.pdf", MaterialSamples.elf()),
                "材料文件 通知.pdf 的内容不是 PDF、JPEG/PNG 图片、Word（.docx/.doc）或 Excel（.xlsx/.xls）文件，未提交",
                "Material file 通知.pdf holds no PDF, JPEG/PNG picture, Word (.docx/.doc) or Excel (.xlsx/.xls) document and was not filed");
        refused(samples.write("报表.xlsx", MaterialSamples.pe()),
                "材料文件 报表.xlsx 的内容不是 PDF、JPEG/PNG 图片、Word（.docx/.doc）或 Excel（.xlsx/.xls）文件，未提交",
                "Material file 报表.xlsx holds no PDF, JPEG/PNG picture, Word (.docx/.doc) or Excel (.xlsx/.xls) document and was not filed");
        refused(samples.write("说明.docx", MaterialSamples.zipOf("readme.txt", "not a document")),
                "材料文件 说明.docx 的内容不是 PDF、JPEG/PNG 图片、Word（.docx/.doc）或 Excel（.xlsx/.xls）文件，未提交",
                "Material file 说明.docx holds no PDF, JPEG/PNG picture, Word (.docx/.doc) or Excel (.xlsx/.xls) document and was not filed");
    }

    @Test
    void anExtensionThatDisagreesWithTheContentIsRefused() throws Exception {
        refused(samples.write("方案.pdf", MaterialSamples.png()), "材料文件 方案.pdf 的扩展名是 .pdf，内容却是 PNG，未提交",
                "Material file 方案.pdf is named .pdf but holds PNG, so it was not filed");
        refused(samples.write("统计.docx", MaterialSamples.xlsx("统计")), "材料文件 统计.docx 的扩展名是 .docx，内容却是 Excel (.xlsx)，未提交",
                "Material file 统计.docx is named .docx but holds Excel (.xlsx), so it was not filed");
        refused(samples.write("方案.txt", MaterialSamples.pdf("方案", "")),
                "材料文件 方案.txt 的内容是 PDF，但扩展名不是可接受的材料扩展名（.pdf .jpg .jpeg .png .docx .doc .xlsx .xls），未提交",
                "Material file 方案.txt holds PDF but its extension is none of .pdf .jpg .jpeg .png .docx .doc .xlsx .xls, so it was not filed");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedUnread() throws Exception {
        refused(samples.sparse("扫描件.pdf", MaterialContent.MAX_BYTES + 1), "材料文件 扫描件.pdf 超过 50 MB，未提交",
                "Material file 扫描件.pdf is larger than 50 MB and was not filed");
    }

    @Test
    void encryptedPdfAndOfficeFilesAreRefused() throws Exception {
        String zh = "材料文件 %s 已加密，无法审核，未提交：请提交不加密的文件";
        String en = "Material file %s is encrypted and cannot be reviewed, so it was not filed: file an unencrypted copy";
        refused(samples.write("加密.pdf", MaterialSamples.pdf("方案", "/Encrypt 4 0 R /ID [<01> <01>] ")),
                zh.formatted("加密.pdf"), en.formatted("加密.pdf"));
        refused(samples.write("加密.docx", MaterialSamples.encryptedOoxml(MaterialSamples.docx("机密"))),
                zh.formatted("加密.docx"), en.formatted("加密.docx"));
        refused(samples.write("加密.xls", MaterialSamples.xls("统计", "机密")), zh.formatted("加密.xls"), en.formatted("加密.xls"));
        refused(samples.write("加密.doc", MaterialSamples.doc(true)), zh.formatted("加密.doc"), en.formatted("加密.doc"));
    }

    @Test
    void anOfficeFileThatIsAZipBombIsRefused() throws Exception {
        refused(samples.write("统计.xlsx", MaterialSamples.withZeros(MaterialSamples.xlsx("统计"), "xl/media/padding.bin", 16 << 20)),
                "材料文件 统计.xlsx 解压后异常膨胀（疑似压缩炸弹），未提交",
                "Material file 统计.xlsx inflates far beyond its size (a zip bomb) and was not filed");
    }

    @Test
    void truncatedFilesOfEachKindAreRefused() throws Exception {
        String zh = "材料文件 %s 不完整或已损坏，无法读取，未提交";
        String en = "Material file %s is cut short or damaged and cannot be read, so it was not filed";
        for (Map.Entry<String, byte[]> e : Map.of("半份.pdf", MaterialSamples.pdf("方案", ""), "半张.png", MaterialSamples.png(),
                "半份.docx", MaterialSamples.docx("情况说明"), "半份.xls", MaterialSamples.xls("统计", null)).entrySet()) {
            refused(samples.write(e.getKey(), MaterialSamples.half(e.getValue())), zh.formatted(e.getKey()), en.formatted(e.getKey()));
        }
    }

    @Test
    void aUnitOutsideTheRegistryAndAStandardJudgedAtSitesAreRefused() throws Exception {
        Path plan = samples.write("方案.pdf", MaterialSamples.pdf("方案", ""));
        RequestRefused unit = assertThrows(RequestRefused.class, () -> services.addMaterialFile().run(
                new AddMaterialFile.Filing(june.id(), List.of("CL-01"), "宣传部", "规范文件", "方案", "2026-05-01", plan)));
        assertEquals("单位名录中没有单位“宣传部”：请先登记该单位", Messages.get(unit.messageKey(), unit.args()));
        RequestRefused field = assertThrows(RequestRefused.class, () -> file(june, "CL-01,HJ-01", "规范文件", "2026-05-01", plan));
        assertEquals("materials.notMaterial", field.messageKey());
        assertEquals(Map.of("material_file", 0L, "material_file_standard", 0L, "material_requirement", 0L, "material_window", 0L), counts());
        assertEquals(List.of(), TestWorkspaces.storedPhotos(folder));
    }

    /**
     * By hand: CL-01 requires 规范文件 and 实景图片 and has only a 规范文件; CL-02 requires nothing. The June round's window is
     * 2025-06 to 2026-05 (the 12 months before June 2026): the plan of 2026-05-31 is in it, the photo of 2025-05-31 is
     * not. The plan's bytes are filed for November too.
     */
    @Test
    void checksNameMissingTypesDatesOutsideTheWindowAndFilesFiledForAnotherRound() throws Exception {
        services.setMaterialRules().require(june.id(), "CL-01", "规范文件，实景图片");
        byte[] plan = MaterialSamples.pdf("方案", "");
        file(june, "CL-01", "规范文件", "2026-05-31", samples.write("方案.pdf", plan));
        file(june, "CL-02", "实景图片", "2025-05-31", samples.write("宣传栏.png", MaterialSamples.png()));
        file(november, "CL-01", "规范文件", "2026-05-31", samples.write("方案-11月.pdf", plan));

        CheckRoundMaterials.Checked checked = services.checkRoundMaterials().run(june.id());
        assertEquals("2025-06 – 2026-05", checked.window().from() + " – " + checked.window().to());
        assertEquals(List.of("MISSING_TYPES CL-01 实景图片", "OUTSIDE_WINDOW 宣传栏.png 2025-06 – 2026-05", "FILED_IN_OTHER_ROUND 方案.pdf 十一月轮"),
                checked.warnings().stream().map(w -> w.kind() + " " + (w.file() == null ? w.standardCode() : w.file().fileName()) + " "
                        + w.detail()).toList());

        services.setMaterialRules().window(june.id(), "2025-05", "2026-05");
        services.setMaterialRules().require(june.id(), "CL-01", "规范文件");
        assertEquals(List.of(CheckRoundMaterials.Kind.FILED_IN_OTHER_ROUND),
                services.checkRoundMaterials().run(june.id()).warnings().stream().map(CheckRoundMaterials.Warning::kind).toList());
        assertEquals(List.of("FILED_IN_OTHER_ROUND 方案-11月.pdf 六月轮"), services.checkRoundMaterials().run(november.id()).warnings().stream()
                .map(w -> w.kind() + " " + w.file().fileName() + " " + w.detail()).toList());
    }
}
