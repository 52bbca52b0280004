package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reviewer sees of a filed material before opening it, read from where the workspace keeps the bytes. */
class PreviewMaterialFileTest {

    @TempDir Path temp;
    private Services services;
    private MaterialSamples samples;
    private Round round;

    @BeforeEach
    void aRoundWithAMaterialStandard() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        samples = new MaterialSamples(Files.createDirectories(temp.resolve("in")));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("CL-01", "制度建设", "工作机制", "有创建工作方案", "材料审核", 4, "符合/不符合", "")
                .save(temp, "体系.xlsx");
        services.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        services.saveUnit().run(ResponsibleUnit.named("城管局"));
        round = services.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
    }

    private MaterialFile filed(String name, byte[] bytes) throws Exception {
        return services.addMaterialFile().run(new AddMaterialFile.Filing(round.id(), List.of("CL-01"), "城管局", "规范文件", "创建方案",
                "2026-05-01", samples.write(name, bytes))).file();
    }

    @Test
    void aPdfShowsItsFirstPageDrawn() throws Exception {
        PreviewMaterialFile.Preview preview = services.previewMaterialFile().run(filed("方案.pdf", MaterialSamples.pdf("方案", "")));

        assertEquals(PreviewMaterialFile.Shown.PDF_PAGE, preview.shown());
        assertEquals(1, preview.pages());
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(preview.picture()));
        assertEquals(400, page.getWidth(), "a 200-point square page, drawn at twice its size");
        assertEquals(400, page.getHeight());
        assertEquals(List.of(400, 400), List.of(preview.width(), preview.height()));
    }

    @Test
    void aPictureIsShownAsItIs() throws Exception {
        byte[] png = MaterialSamples.png();
        PreviewMaterialFile.Preview preview = services.previewMaterialFile().run(filed("现场.png", png));
        assertEquals(PreviewMaterialFile.Shown.IMAGE, preview.shown());
        assertArrayEquals(png, preview.picture());
        assertEquals(List.of(8, 8), List.of(preview.width(), preview.height()), "its size, read from its header");
    }

    @Test
    void wordAndExcelFilesAreDescribedNotDrawn() throws Exception {
        PreviewMaterialFile.Preview word = services.previewMaterialFile().run(filed("方案.docx", MaterialSamples.docx("创建方案")));
        assertEquals(PreviewMaterialFile.Shown.DOCUMENT, word.shown());
        assertNull(word.picture());
        assertEquals(PreviewMaterialFile.Shown.DOCUMENT, services.previewMaterialFile().run(filed("台账.xlsx", MaterialSamples.xlsx("台账"))).shown());
    }

    @Test
    void aPdfThatPassedTheChecksButCannotBeDrawnIsSaidToBeUnreadable() throws Exception {
        byte[] damaged = "%PDF-1.4\nnot a single object here\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        PreviewMaterialFile.Preview preview = services.previewMaterialFile().run(filed("坏.pdf", damaged));
        assertEquals(PreviewMaterialFile.Shown.UNREADABLE, preview.shown());
        assertNull(preview.picture());
    }

    @Test
    void aFileIsOpenedFromACopyUnderItsOwnNameNotFromTheStore() throws Exception {
        byte[] docx = MaterialSamples.docx("创建方案");
        MaterialFile file = filed("创建方案.docx", docx);

        Path copy = services.copyMaterialFileToOpen().run(file, temp.resolve("tmp"));

        assertEquals("创建方案.docx", copy.getFileName().toString());
        assertArrayEquals(docx, Files.readAllBytes(copy));
        assertEquals(copy, services.copyMaterialFileToOpen().run(file, temp.resolve("tmp")), "opened again: the same copy, refreshed");
    }
}
