package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.Services;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The header's language menu: its entries are readable on the menu's light background, not white on white. */
@ExtendWith(ApplicationExtension.class)
class LanguageMenuTest {

    @TempDir static Path temp;

    @Start
    void start(Stage stage) {
        Services services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(),
                new ChooseLanguage(temp), org.civicinspect.Launcher.demoCity());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theLanguagesAreWrittenInDarkTextOnTheOpenMenu(FxRobot robot) {
        robot.clickOn("#languageMenu");
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> entries = robot.lookup(".radio-menu-item .label").queryAllAs(Labeled.class).stream().toList();
        assertEquals(List.of("中文", "English"), entries.stream().map(Labeled::getText).toList());
        for (Labeled entry : entries) {
            Color text = (Color) entry.getTextFill();
            assertTrue(text.getBrightness() < 0.5, entry.getText() + " is written in " + text);
        }
    }
}
