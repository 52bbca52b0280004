package org.civicinspect.gui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.civicinspect.gui.FxSnapshot;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.bench.SyntheticSiteWorkbook;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;
import org.civicinspect.service.Services;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 点位 screen in a real (headless) window with 20,000 sites: it loads, filters and searches. */
@ExtendWith(ApplicationExtension.class)
class SitesScreenTest {

    private static final int SITES = 20_000;

    @TempDir static Path temp;

    @Start
    void start(Stage stage) {
        Services services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        services.importSampleIndicatorSet().run(Progress.NONE);
        List<Site> sites = SyntheticSiteWorkbook.sites(SITES, services.listIndicatorSets().siteTypes(), 5).stream()
                .map(s -> s.withId(UUID.randomUUID().toString())).toList();
        services.workspace().write(c -> {
            c.sites().save(sites, List.of(), Instant.parse("2026-11-27T00:00:00Z"));
            return null;
        });
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(), new ChooseLanguage(temp), org.civicinspect.Launcher.demoCity());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void twentyThousandSitesLoadAndNarrowAsYouType(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sites");
        TableView<Site> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == SITES);
        robot.clickOn("#searchField").write("合成点位19999号");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals("合成点位19999号", FxSnapshot.of(table.getItems()).get(0).name().substring(0, "合成点位19999号".length()));
    }
}
