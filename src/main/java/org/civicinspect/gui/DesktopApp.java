package org.civicinspect.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.civicinspect.service.Services;
import org.slf4j.LoggerFactory;

/** The desktop app: opens the workspace off the JavaFX thread, then shows the main window. */
public final class DesktopApp extends Application {

    private static Path dataFolder;
    private static String language;
    private static Path opened;
    private static DemoCityMaker demoCity;

    private Services services;
    private FxTaskExecutor executor;
    private FxDialogService dialogs;
    private Stage stage;
    private MainWindow window;

    /** Starts the app on a data folder; {@code demo} makes the demo city the first start offers (null: no offer). */
    public static void launch(Path folder, String lang, Path packageFile, DemoCityMaker demo) {
        demoCity = demo;
        dataFolder = folder;
        language = lang;
        opened = packageFile;
        Application.launch(DesktopApp.class);
    }

    /** Runs on the launcher thread: opening and migrating the database and the first-start sample stay off the FX thread. */
    @Override
    public void init() {
        ChooseLanguage languages = new ChooseLanguage(dataFolder);
        services = Services.open(dataFolder, Clock.systemUTC());
        Messages.use(language != null ? language : languages.saved());
        Locale.setDefault(Messages.locale());
        if (services.listIndicatorSets().sets().isEmpty()) {
            services.importSampleIndicatorSet().run(Progress.NONE);
        }
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        dialogs = new FxDialogService(stage, getHostServices());
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1366, 768));
        stage.getScene().getStylesheets().add(MainWindow.STYLESHEET);
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new Image(DesktopApp.class.getResource("icons/icon-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        showWindow();
        stage.show();
        window.welcome(opened);
    }

    private void showWindow() {
        window = new MainWindow(services, executor, dialogs, new ChooseLanguage(dataFolder), this::openWorkspace, demoCity);
        stage.getScene().setRoot(window.root());
        stage.titleProperty().unbind();
        stage.titleProperty().bind(window.titleProperty());
    }

    /** Opens the workspace of a data folder off the JavaFX thread, then shows its window in place of this one. */
    private void openWorkspace(Path folder) {
        executor.run(progress -> {
            Services opened = Services.open(folder, Clock.systemUTC());
            if (opened.listIndicatorSets().sets().isEmpty()) {
                opened.importSampleIndicatorSet().run(Progress.NONE);
            }
            return opened;
        }, p -> { }, opened -> {
            // The window shown gives its workspace back, so a restore is not refused for a workspace no one sees.
            Services shown = services;
            services = opened;
            shown.close();
            dataFolder = folder;
            showWindow();
            window.welcome();
        }, error -> dialogs.showError(Messages.get("settings.openFailed", folder), String.valueOf(error.getMessage())));
    }

    /** Closing backs the workspace up, at most once a day; a backup that fails must not keep the app from closing. */
    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        try {
            services.backUpWorkspace().daily();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DesktopApp.class).warn("the daily backup on closing failed", e);
        } finally {
            services.close();
        }
    }
}
