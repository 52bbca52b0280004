package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.civicinspect.gui.FxSnapshot;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.service.materials.AddMaterialFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The files of the chosen standard on the 任务与材料 page, in a real (headless) window: a PDF's first page and a picture
 * shown once drawn off the JavaFX thread, and Enter in the file list (which Tab reaches) opening a copy.
 */
@ExtendWith(ApplicationExtension.class)
class TasksFilePreviewTest {

    @TempDir static Path temp;
    private static TaskBreakdownCity city;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** The breakdown's city with a two-page PDF and a 300 × 200 PNG filed by 城管局 for the material standard M1. */
    @BeforeAll
    static void theCityWithAStandardsFiles() throws Exception {
        city = TaskBreakdownCity.make(temp);
        Path in = Files.createDirectories(temp.resolve("材料"));
        Path pdf = in.resolve("方案.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(pdf.toFile());
        }
        Path png = in.resolve("现场.png");
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        for (Path file : List.of(pdf, png)) {
            city.services().addMaterialFile().run(new AddMaterialFile.Filing(city.round().id(), List.of(city.materials().get(1).code()), "城管局",
                    "规范文件", file.getFileName().toString(), "2026-05-01", file));
        }
    }

    @Start
    void start(Stage stage) {
        TasksView view = new TasksView(city.services(), new FxTaskExecutor(city.services().workspace().folder()), dialogs, new WorkspaceEvents());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theChosenFileIsPreviewedAndEnterInTheListOpensACopy(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<String> units = robot.lookup("#unitList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxSnapshot.of(units.getItems()).size() == 3);
        robot.interact(() -> units.getSelectionModel().select("城管局"));
        @SuppressWarnings("unchecked")
        TableView<TasksViewModel.Row> table = robot.lookup("#standardTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxSnapshot.of(table.getItems()).size() == 4);
        robot.interact(() -> table.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ListView<MaterialFile> files = robot.lookup("#fileList").queryAs(ListView.class);
        // The demo filed files of its own for the first material standards: these two are among them.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxSnapshot.of(files.getItems()).stream().map(MaterialFile::fileName).toList()
                .containsAll(List.of("方案.pdf", "现场.png")));
        List<String> names = FxSnapshot.of(files.getItems()).stream().map(MaterialFile::fileName).toList();
        robot.interact(() -> files.getSelectionModel().select(names.indexOf("方案.pdf")));

        ImageView picture = robot.lookup("#pictureView").queryAs(ImageView.class);
        Label info = robot.lookup("#fileInfo").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> picture.getImage() != null
                && files.getSelectionModel().getSelectedItem().fileName().equals("方案.pdf")).get(5, TimeUnit.SECONDS));
        assertTrue(WaitForAsyncUtils.asyncFx(info::getText).get(5, TimeUnit.SECONDS).startsWith("共 2 页，预览第 1 页。"));

        robot.interact(() -> files.getSelectionModel().select(names.indexOf("现场.png")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> picture.getImage() != null
                && picture.getImage().getWidth() == 300).get(5, TimeUnit.SECONDS));

        robot.interact(() -> robot.lookup("#commentField").query().requestFocus());
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertTrue(WaitForAsyncUtils.asyncFx(files::isFocused).get(5, TimeUnit.SECONDS), "Tab from the comment, past 保存意见, reaches the files");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !dialogs.opened.isEmpty()).get(5, TimeUnit.SECONDS));
        assertEquals("现场.png", dialogs.opened.get(0).getFileName().toString());
    }
}
