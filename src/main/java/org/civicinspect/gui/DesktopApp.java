package org.civicinspect.gui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.WorkspaceTrouble;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.Services;
import org.civicinspect.service.WorkspaceAddress;
import org.slf4j.LoggerFactory;

/** The desktop app: opens the workspace off the JavaFX thread, then shows the main window. */
public final class DesktopApp extends Application {

    private static WorkspaceAddress address;
    private static ChooseWorkspace choice;
    private static Path dataFolder;
    private static String language;
    private static Path opened;
    private static DemoCityMaker demoCity;

    private Services services;
    private String cannotOpen;
    /** Why the server wants a password first (it asked for one, or refused the one in .pgpass); null when it does not. */
    private String signInFirst;
    private FxTaskExecutor executor;
    private FxDialogService dialogs;
    private Stage stage;
    private MainWindow window;

    /**
     * Starts the app on a workspace; {@code home} is the data folder that keeps which workspace 设置 chose, and
     * {@code demo} makes the demo city the first start offers (null: no offer).
     */
    public static void launch(WorkspaceAddress workspace, Path home, String lang, Path packageFile, DemoCityMaker demo) {
        startOn(workspace, home, lang, packageFile, demo);
        Application.launch(DesktopApp.class);
    }

    /** What the next instance starts on; {@link #launch} sets it before JavaFX makes the instance. */
    static void startOn(WorkspaceAddress workspace, Path home, String lang, Path packageFile, DemoCityMaker demo) {
        demoCity = demo;
        address = workspace;
        choice = new ChooseWorkspace(home);
        dataFolder = workspace.folder();
        language = lang;
        opened = packageFile;
    }

    /** Runs on the launcher thread: opening and migrating the database and the first-start sample stay off the FX thread. */
    @Override
    public void init() {
        ChooseLanguage languages = new ChooseLanguage(dataFolder);
        Messages.use(language != null ? language : languages.saved());
        Locale.setDefault(Messages.locale());
        try {
            services = open(address, null);
        } catch (RuntimeException e) {
            RequestRefused refused = e instanceof RequestRefused r ? r : WorkspaceTrouble.of(e, dataFolder).orElseThrow(() -> e);
            LoggerFactory.getLogger(DesktopApp.class).debug("the workspace cannot be opened", e);
            String why = Messages.get(refused.messageKey(), refused.args());
            if (WorkspaceAddress.wantsPassword(refused)) {
                signInFirst = refused.messageKey().equals("server.passwordNeeded") ? "" : why;
            } else {
                cannotOpen = why;
            }
        }
    }

    /**
     * The workspace, with the sample indicator set on its first start; on a server signed in with {@code password}
     * (null: the user's .pgpass). Refused when it may not be opened.
     */
    private static Services open(WorkspaceAddress workspace, char[] password) {
        Services opening = workspace.open(Clock.systemUTC(), password);
        if (opening.listIndicatorSets().sets().isEmpty()) {
            opening.importSampleIndicatorSet().run(Progress.NONE);
        }
        return opening;
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor(() -> dataFolder);
        dialogs = new FxDialogService(stage, getHostServices());
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1366, 768));
        stage.getScene().getStylesheets().add(MainWindow.STYLESHEET);
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new Image(DesktopApp.class.getResource("icons/icon-" + size + ".png").toExternalForm()));
        }
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        // A stage that showed a workspace's window before (tests reuse theirs) still follows that window's title.
        stage.titleProperty().unbind();
        if (cannotOpen != null) {
            showCannotOpen();
            return;
        }
        if (signInFirst != null) {
            showSignIn();
            return;
        }
        showWindow();
        stage.show();
        window.welcome(opened);
    }

    /** The server wants this staff member's password: asked here, then the workspace opens off the JavaFX thread. */
    private void showSignIn() {
        String login = address.login().orElse(System.getProperty("user.name"));
        ServerSignInPane[] pane = new ServerSignInPane[1];
        pane[0] = new ServerSignInPane(address.server(), login, signInFirst, password -> {
            char[] kept = password.clone();
            executor.run(progress -> {
                try {
                    return open(address, kept);
                } finally {
                    Arrays.fill(kept, '\0');
                }
            }, p -> { }, signedIn -> {
                services = signedIn;
                showWindow();
                window.welcome(opened);
            }, error -> pane[0].refused(error instanceof RequestRefused refused
                    ? Messages.get(refused.messageKey(), refused.args()) : Messages.get("signIn.server.failed")));
        }, Platform::exit);
        stage.getScene().setRoot(pane[0].root());
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        pane[0].focus();
    }

    private void showWindow() {
        window = new MainWindow(services, executor, dialogs, new ChooseLanguage(dataFolder), choice, this::openWorkspace, demoCity);
        stage.getScene().setRoot(window.root());
        stage.titleProperty().unbind();
        stage.titleProperty().bind(window.titleProperty());
    }

    /**
     * The window when its workspace may not be opened (made by a newer version of the program, …): the sentence saying
     * why, and a button that closes the program. Nothing in the folder is touched.
     */
    private void showCannotOpen() {
        Label why = new Label(cannotOpen);
        why.setId("cannotOpen");
        why.setWrapText(true);
        why.setMaxWidth(720);
        Button close = new Button(Messages.get("app.close"));
        close.setOnAction(e -> Platform.exit());
        HBox buttons = new HBox(12, close);
        buttons.setAlignment(Pos.CENTER);
        // A workspace chosen in 设置 that cannot be opened now (the server is down) must not lock the clerk out.
        WorkspaceAddress local = WorkspaceAddress.embedded(choice.home());
        if (!address.equals(local)) {
            Button openLocal = new Button(Messages.get("app.openLocal", choice.home()));
            openLocal.setId("openLocal");
            openLocal.setOnAction(e -> openWorkspace(local, null));
            buttons.getChildren().add(0, openLocal);
        }
        VBox content = new VBox(18, why, buttons);
        content.setAlignment(Pos.CENTER);
        content.setPadding(new Insets(40));
        stage.getScene().setRoot(content);
        stage.setTitle(Messages.get("app.title"));
        stage.show();
    }

    /**
     * Opens a workspace off the JavaFX thread (on a server signed in with {@code password}, null: the user's .pgpass),
     * then shows its window in place of this one and gives the one shown back, also off the JavaFX thread. Another
     * workspace than the one shown is remembered for the next start; one that does not open leaves everything as it was.
     */
    private void openWorkspace(WorkspaceAddress workspace, char[] password) {
        char[] kept = password == null ? null : password.clone();
        boolean another = !workspace.equals(address);
        executor.run(progress -> {
            try {
                Services opening = open(workspace, kept);
                if (another) {
                    choice.remember(workspace);
                }
                return opening;
            } finally {
                if (kept != null) {
                    Arrays.fill(kept, '\0');
                }
            }
        }, p -> { }, opened -> {
            // The window shown gives its workspace back, so a restore is not refused for a workspace no one sees.
            Services shown = services;
            services = opened;
            if (window != null) {
                window.close();
            }
            address = workspace;
            dataFolder = workspace.folder();
            if (shown != null) {
                // After the jobs the window shown had started; the executor runs one job at a time, in order.
                executor.run(p -> {
                    shown.close();
                    return shown;
                }, closed -> { }, error -> LoggerFactory.getLogger(DesktopApp.class).warn("the workspace left could not be closed", error));
            }
            showWindow();
            window.welcome();
        }, error -> dialogs.showError(Messages.get("settings.openFailed", workspace), error instanceof RequestRefused refused
                ? Messages.get(refused.messageKey(), refused.args()) : String.valueOf(error.getMessage())));
    }

    /** Closing backs the workspace up, at most once a day; a backup that fails must not keep the app from closing. */
    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
        if (services == null) {
            return;
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
