package org.civicinspect.bench;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.civicinspect.bench.RunBenchmarks;
import org.civicinspect.gui.FxDialogService;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.gui.scoring.ScoringView;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ListTeamSites;

/**
 * The bench workload that needs a screen: opening a checklist of about 200 standards on the scoring screen, from
 * the selection to the first laid-out pulse, beside the service call alone that reads the same sheet.
 */
public final class ChecklistOpenBenchmark {

    private static final int STANDARDS = 200;
    private static final double TARGET_MS = 50;
    private static final long PAUSE_MS = 250;

    private ChecklistOpenBenchmark() {
    }

    /** Empty when there is no screen to open a window on. */
    public static Optional<BenchResult> run(int runs) {
        try {
            RunBenchmarks.ChecklistFixture fixture = RunBenchmarks.checklistFixture(
                    Files.createTempDirectory("civicinspect-screen-bench"), STANDARDS);
            return Optional.of(measure(fixture.services(), fixture.round(), fixture.sites(), fixture.standards(), runs));
        } catch (UnsupportedOperationException | IllegalStateException | java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static BenchResult measure(Services services, Round round, List<ListTeamSites.ListedSite> sites, long standards,
                                                int runs) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ScoringView[] view = new ScoringView[1];
        Scene[] scene = new Scene[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            view[0] = new ScoringView(services, new FxTaskExecutor(services.workspace().folder()), new FxDialogService(null, null), new WorkspaceEvents());
            scene[0] = new Scene(view[0].root(), 1366, 768);
            scene[0].getStylesheets().add(MainWindow.STYLESHEET);
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            shown.countDown();
        });
        shown.await();
        int total = runs + 3;
        double[] screen = new double[total];
        double[] service = new double[total];
        for (int i = 0; i < total; i++) {
            ListTeamSites.ListedSite site = sites.get(i % sites.size());
            // An inspector opens a site after looking at the last one: the previous open's repaint has finished.
            Thread.sleep(PAUSE_MS);
            long t0 = System.nanoTime();
            services.openInspection().run(round.id(), site.drawn().site().id());
            service[i] = (System.nanoTime() - t0) / 1e6;
            screen[i] = openAndWait(view[0], scene[0], site, standards);
        }
        Platform.exit();
        double[] measuredScreen = Arrays.copyOfRange(screen, 3, total);
        double[] measuredService = Arrays.copyOfRange(service, 3, total);
        return BenchResult.of("open-checklist-" + standards, "service-read-sheet", measuredScreen, measuredService, null, TARGET_MS);
    }

    private static double openAndWait(ScoringView view, Scene scene, ListTeamSites.ListedSite site, long standards)
            throws InterruptedException {
        CountDownLatch laidOut = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                var sheet = view.sheetProperty().get();
                if (sheet != null && sheet.site().id().equals(site.drawn().site().id()) && view.checklistSize() == standards) {
                    end.set(System.nanoTime());
                    scene.removePostLayoutPulseListener(listener[0]);
                    laidOut.countDown();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            start.set(System.nanoTime());
            view.select(site);
        });
        if (!laidOut.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the checklist did not open");
        }
        return (end.get() - start.get()) / 1e6;
    }

}
