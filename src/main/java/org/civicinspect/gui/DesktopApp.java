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
import org.civicinspect.service.ChooseLanguage;
import org.civicinspect.service.Services;

/** The desktop app: opens the workspace off the JavaFX thread, then shows the main window. */
public final class DesktopApp extends Application {

    private static Path dataFolder;
    private static String language;

    private Services services;
    private FxTaskExecutor executor;

    public static void launch(Path folder, String lang) {
        dataFolder = folder;
        language = lang;
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
        MainWindow window = new MainWindow(services, executor, new FxDialogService(stage, getHostServices()), new ChooseLanguage(dataFolder));
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.titleProperty().bind(window.titleProperty());
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new Image(DesktopApp.class.getResource("icons/icon-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.show();
        window.offerDemoCity();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
