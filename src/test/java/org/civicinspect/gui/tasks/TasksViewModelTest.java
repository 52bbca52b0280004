package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 任务分解 / 材料审核 screen: units by progress, their standards or all the round's materials, grades recorded where aimed. */
class TasksViewModelTest {

    private static final MaterialGrade COMPLETE = MaterialGradeScale.DEFAULT.grades().get(0);
    private static final MaterialGrade PARTIAL = MaterialGradeScale.DEFAULT.grades().get(1);
    private static final MaterialGrade MISSING = MaterialGradeScale.DEFAULT.grades().get(2);

    @TempDir static Path temp;
    private static TaskBreakdownCity city;
    private TasksViewModel viewModel;

    @BeforeAll
    static void theCityWithABreakdown() throws Exception {
        city = TaskBreakdownCity.make(temp);
    }

    @BeforeEach
    void theScreen() {
        viewModel = new TasksViewModel(TasksView.useCases(city.services()), new CurrentThreadTaskExecutor(), new ScriptedDialogs(), new WorkspaceEvents());
        viewModel.reload();
    }

    private Optional<MaterialReview> stored(Standard standard) {
        return city.services().listRoundMaterials().run(city.round().id()).lines().stream()
                .filter(l -> l.standard().code().equals(standard.code())).findFirst().orElseThrow().review();
    }

    @Test
    void leadingUnitsComeFirstEachWithItsStandardsAndGrades() {
        assertEquals(city.round(), viewModel.roundProperty().get(), "the newest round");
        assertEquals(3, viewModel.units().size(), viewModel.units()::toString);
        assertTrue(viewModel.units().containsAll(List.of("城管局", "交通局", "园林局")));
        TasksViewModel.UnitProgress chengguan = viewModel.progress().get("城管局");
        assertEquals(3, chengguan.leads());
        assertEquals(1, chengguan.supports());
        assertEquals(3, chengguan.materials(), "M0, M1 and M2; F0 is judged in the field");
        for (int i = 1; i < viewModel.units().size(); i++) {
            assertTrue(viewModel.progress().get(viewModel.units().get(i - 1)).done() <= viewModel.progress().get(viewModel.units().get(i)).done(),
                    "least done first: " + viewModel.progress());
        }

        viewModel.unitProperty().set("城管局");
        assertEquals(List.of(city.materials().get(0).code(), city.materials().get(1).code(), city.materials().get(2).code(), city.field().get(0).code()),
                viewModel.rows().stream().map(TasksViewModel.Row::code).toList(), "the unit's standards in the breakdown's order");
        TasksViewModel.Row first = viewModel.rows().get(0);
        assertEquals("城管局", first.lead());
        assertEquals(List.of("交通局"), first.supporting());
        assertEquals("2026-12-31", String.valueOf(first.due()));
        assertFalse(viewModel.rows().get(3).material());

        viewModel.allMaterialsProperty().set(true);
        assertTrue(viewModel.rows().size() > 4, "every material standard of the round");
        assertTrue(viewModel.rows().stream().allMatch(TasksViewModel.Row::material));
        assertTrue(viewModel.summaryProperty().get().startsWith("本轮材料标准 " + viewModel.rows().size() + " 条"), viewModel.summaryProperty().get());
    }

    @Test
    void aGradeIsRecordedForTheStandardItWasAimedAtAndCountsForItsUnits() {
        viewModel.unitProperty().set("园林局");
        Standard m3 = city.materials().get(3);
        viewModel.grade(m3.code(), MISSING);
        viewModel.comment(m3.code(), "台账缺三月");
        assertEquals(MISSING, stored(m3).orElseThrow().grade());
        assertEquals("台账缺三月", stored(m3).orElseThrow().comment());
        assertEquals(MISSING, viewModel.reviews().get(m3.code()).grade());
        assertTrue(viewModel.saving().isEmpty(), "nothing left being saved");
        assertEquals(1, viewModel.progress().get("园林局").graded("缺失"));
        assertEquals(0, viewModel.progress().get("园林局").notYet());

        viewModel.grade(m3.code(), COMPLETE);
        assertEquals("台账缺三月", stored(m3).orElseThrow().comment(), "a new grade keeps the comment");
        assertEquals(1, viewModel.progress().get("园林局").graded("完整"));
    }

    @Test
    void gradesAskedForFasterThanTheyAreSavedShowAsSavingAndLandWhereTheyWereAimed() {
        HeldSaves saves = new HeldSaves();
        viewModel = new TasksViewModel(TasksView.useCases(city.services()), saves, new ScriptedDialogs(), new WorkspaceEvents());
        viewModel.reload();
        viewModel.unitProperty().set("交通局");
        Standard m0 = city.materials().get(0);
        Standard m2 = city.materials().get(2);
        saves.holding = true;
        viewModel.grade(m2.code(), PARTIAL);
        viewModel.grade(m0.code(), PARTIAL);
        viewModel.grade(m0.code(), MISSING);
        viewModel.comment(m2.code(), "只有上半年的台账");

        assertEquals(MISSING, viewModel.saving().get(m0.code()), "the last grade asked for is shown, as being saved");
        assertEquals(PARTIAL, viewModel.saving().get(m2.code()));
        assertTrue(viewModel.reviews().values().stream().noneMatch(r -> r.comment().equals("只有上半年的台账")), "nothing shows as saved yet");
        saves.release();

        assertTrue(viewModel.saving().isEmpty());
        assertEquals(MISSING, stored(m0).orElseThrow().grade());
        assertEquals(PARTIAL, stored(m2).orElseThrow().grade());
        assertEquals("只有上半年的台账", stored(m2).orElseThrow().comment(), "the comment went with the grade asked for before it");
        assertEquals(stored(m0).orElseThrow(), viewModel.reviews().get(m0.code()));
        assertEquals(stored(m2).orElseThrow(), viewModel.reviews().get(m2.code()));
    }

    /** Runs every job at once, except while holding: then jobs wait until {@link #release()}, as a slow save does. */
    private static final class HeldSaves implements TaskExecutor {
        boolean holding;
        private final List<Runnable> held = new ArrayList<>();
        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

        @Override
        public <T> Handle run(Job<T> job, DoubleConsumer progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            if (holding) {
                held.add(() -> now.run(job, progress, onDone, onFailed));
                return () -> { };
            }
            return now.run(job, progress, onDone, onFailed);
        }

        void release() {
            held.forEach(Runnable::run);
            held.clear();
        }
    }

    @Test
    void aGradeOnAFieldStandardIsRefusedInTheServicesWords() {
        Standard f0 = city.field().get(0);
        viewModel.grade(f0.code(), COMPLETE);
        String said = viewModel.job().statusProperty().get();
        assertTrue(said.contains(f0.code()) && said.contains("不是材料审核"), said);
        assertTrue(viewModel.saving().isEmpty());
        assertFalse(viewModel.reviews().containsKey(f0.code()));

        viewModel.comment(city.materials().get(2).code(), "意见");
        assertTrue(viewModel.reviews().containsKey(city.materials().get(2).code())
                || viewModel.job().statusProperty().get().contains("先按 1、2 或 3"), viewModel.job().statusProperty().get());
    }

    @Test
    void aUnitsWorkspaceListsTheUnitAloneWithItsStandardsAndRecordsNoReview() {
        org.civicinspect.service.Services unit = new org.civicinspect.service.Services(
                org.civicinspect.store.Workspace.open(temp.resolve("园林局的电脑")), org.civicinspect.TestWorkspaces.CLOCK);
        Path task = city.services().sendUnitTask().run("园林局", city.round().id(), unit.showDeviceKey().fingerprint(),
                temp.resolve("园林局-任务.cipkg")).file();
        unit.receiveUnitPackage().run(task, new org.civicinspect.service.packages.ImportOptions(null,
                List.of(city.services().showDeviceKey().fingerprint())));
        TasksViewModel screen = new TasksViewModel(TasksView.useCases(unit), new CurrentThreadTaskExecutor(), new ScriptedDialogs(),
                new WorkspaceEvents());
        screen.reload();

        assertTrue(screen.unitWorkspaceProperty().get());
        assertEquals(List.of("园林局"), screen.units(), "the unit alone, not the units leading the standards it supports");
        List<String> own = city.services().showTaskProgress().run(city.round().id(), org.civicinspect.model.ReportScope.Counted.APPROVED)
                .standards().stream().map(s -> s.task()).filter(t -> t.involves("园林局")).map(t -> t.standardCode())
                .filter(code -> city.materials().stream().anyMatch(m -> m.code().equals(code))).toList();
        assertEquals(own, screen.rows().stream().map(TasksViewModel.Row::code).toList(), "its material standards");
        List<MaterialReview> before = unit.workspace().read(tx -> tx.materialReviews().ofRound(city.round().id()));
        screen.grade(own.get(0), COMPLETE);
        assertEquals("材料审核在内业进行；单位工作区只显示内业的审核结果", screen.job().statusProperty().get());
        assertEquals(before, unit.workspace().read(tx -> tx.materialReviews().ofRound(city.round().id())));
    }

    @Test
    void aStandardsFilesAreListedAndTheChosenOneIsPreviewedOrOpenedFromACopy() throws Exception {
        Standard m1 = city.materials().get(1);
        Path in = java.nio.file.Files.createDirectories(temp.resolve("材料"));
        Path pdf = in.resolve("工作方案.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            document.save(pdf.toFile());
        }
        Path docx = in.resolve("台账.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("台账");
            document.write(out);
        }
        for (Path file : List.of(pdf, docx)) {
            city.services().addMaterialFile().run(new org.civicinspect.service.materials.AddMaterialFile.Filing(city.round().id(),
                    List.of(m1.code()), "城管局", "规范文件", file.getFileName().toString(), "2026-05-01", file));
        }
        ScriptedDialogs dialogs = new ScriptedDialogs();
        viewModel = new TasksViewModel(TasksView.useCases(city.services()), new CurrentThreadTaskExecutor(), dialogs, new WorkspaceEvents());
        viewModel.reload();

        viewModel.showFiles(m1.code());
        List<String> names = viewModel.files().stream().map(org.civicinspect.model.MaterialFile::fileName).toList();
        assertTrue(names.containsAll(List.of("工作方案.pdf", "台账.docx")), names::toString);

        viewModel.fileProperty().set(viewModel.files().get(names.indexOf("工作方案.pdf")));
        TasksViewModel.Shown shown = viewModel.previewProperty().get();
        assertEquals(org.civicinspect.service.materials.PreviewMaterialFile.Shown.PDF_PAGE, shown.preview().shown());
        assertEquals(2, shown.preview().pages());

        viewModel.fileProperty().set(viewModel.files().get(names.indexOf("台账.docx")));
        assertEquals(org.civicinspect.service.materials.PreviewMaterialFile.Shown.DOCUMENT, viewModel.previewProperty().get().preview().shown());
        viewModel.open(viewModel.fileProperty().get());
        assertEquals(1, dialogs.opened.size());
        assertEquals("台账.docx", dialogs.opened.get(0).getFileName().toString());
        assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(docx), java.nio.file.Files.readAllBytes(dialogs.opened.get(0))));

        viewModel.showFiles(city.materials().get(3).code());
        assertEquals(null, viewModel.fileProperty().get(), "another standard: no file chosen, none previewed");
        assertEquals(null, viewModel.previewProperty().get());
    }
}
