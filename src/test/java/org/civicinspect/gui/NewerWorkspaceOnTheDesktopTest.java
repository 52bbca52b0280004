package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop app started on a workspace a later version of the program upgraded shows one sentence, not a stack trace. */
class NewerWorkspaceOnTheDesktopTest {

    @TempDir Path temp;
    private DesktopApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowSaysInOneSentenceThatANewerProgramMadeTheWorkspaceAndLeavesItAsItIs() throws Exception {
        Path folder = temp.resolve("ws");
        TestWorkspaces.open(folder);
        Path database = folder.resolve(Workspace.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success)"
                    + " VALUES (999, '999', 'from a later program', 'SQL', 'V999__later.sql', 0, 'later', CURRENT_TIMESTAMP, 0, 1)");
        }
        byte[] before = Files.readAllBytes(database);

        Stage stage = FxToolkit.registerPrimaryStage();
        DesktopApp.startOn(WorkspaceAddress.of(null, null, folder), folder, "zh", null, null);
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp::new);
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> labels = new FxRobot().lookup("#cannotOpen").queryAllAs(Label.class).stream().toList();
        assertEquals(1, labels.size(), "one message in the window");
        String said = labels.get(0).getText();
        assertTrue(said.contains("更新版本") && said.contains("999") && said.contains(folder.toString()), said);
        assertEquals(1, said.lines().count(), said);
        assertTrue(stage.isShowing());
        assertArrayEquals(before, Files.readAllBytes(database), "the workspace is left as it is");
    }
}
