package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.civicinspect.gui.dashboard.DashboardView;
import org.civicinspect.gui.indicators.IndicatorsView;
import org.civicinspect.gui.people.PeopleView;
import org.civicinspect.gui.reports.ReportsView;
import org.civicinspect.gui.rectification.RectificationView;
import org.civicinspect.gui.rectification.UnitProblemsView;
import org.civicinspect.gui.tasks.TasksView;
import org.civicinspect.gui.review.ReviewView;
import org.civicinspect.gui.rounds.RoundsView;
import org.civicinspect.gui.scoring.ScoringView;
import org.civicinspect.gui.settings.SettingsView;
import org.civicinspect.gui.survey.InterviewView;
import org.civicinspect.gui.sites.SitesView;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.Services;
import org.kordamp.ikonli.javafx.FontIcon;

/** The shell: navigation on the left, the chosen area in the middle, the workspace in the header. */
public final class MainWindow {

    public static final String STYLESHEET = MainWindow.class.getResource("app.css").toExternalForm();

    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ChooseLanguage languages;
    private final ChooseWorkspace workspaces;
    private final WorkspaceOpener opener;
    private final DemoCityMaker demoCity;
    private final BorderPane root = new BorderPane();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final Map<Area, Node> views = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private Area current = Area.DASHBOARD;
    private ScoringView scoringView;
    private ReviewView reviewView;
    private final Button personButton = new Button();
    private boolean askingWho;
    /** Read off the JavaFX thread as the window starts, from the workspace itself. */
    private boolean unitWorkspace;
    private boolean whoDeclined;
    private WorkspaceEvents events;
    private final OthersChangesWatch othersChanges;

    public MainWindow(Services services, TaskExecutor executor, DialogService dialogs, ChooseLanguage languages, DemoCityMaker demoCity) {
        this(services, executor, dialogs, languages, new ChooseWorkspace(services.dataFolder()), (workspace, password) -> { }, demoCity);
    }

    /**
     * The window of a workspace; {@code workspaces} keeps which one the app starts on, {@code opener} opens another
     * workspace (or this one again after a restore); {@code demoCity}, when not null, makes the demo city the welcome
     * offers on an empty workspace.
     */
    public MainWindow(Services services, TaskExecutor executor, DialogService dialogs, ChooseLanguage languages, ChooseWorkspace workspaces,
                      WorkspaceOpener opener, DemoCityMaker demoCity) {
        this.services = services;
        this.workspaces = workspaces;
        this.opener = opener;
        this.demoCity = demoCity;
        this.executor = executor;
        this.dialogs = dialogs;
        this.languages = languages;
        root.getStyleClass().add("main-window");
        personButton.setId("signedInButton");
        personButton.setOnAction(e -> askWho(() -> events.changed(this)));
        // Someone may have been signed in by a screen (the first person added to a new workspace).
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> showPerson());
        build();
        othersChanges = new OthersChangesWatch(root, executor, services.noticeOthersChanges(), () -> events.changed(OthersChangesWatch.class));
    }

    public Parent root() {
        return root;
    }

    /** Stops looking for others' changes: the window is closing, or another workspace takes its place. */
    public void close() {
        othersChanges.stop();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * After a screen wrote something. A field laptop knows its team only once a task package brought it: that is when
     * the inspector can say who they are. A workspace that a unit task package has just made a unit's shows the unit's
     * 整改督办 from then on.
     */
    private void workspaceChanged() {
        if (services.signedIn().person().isEmpty() && !whoDeclined) {
            signInThen(() -> { }, false);
        }
        new JobState(executor, dialogs).quick(p -> services.showUnitOfWorkspace().run().isPresent(), unit -> {
            if (unit != unitWorkspace) {
                unitWorkspace = unit;
                views.remove(Area.RECTIFICATION);
            }
        });
    }

    /** Builds every visible text anew, e.g. after the language changed. */
    private void build() {
        views.clear();
        events = new WorkspaceEvents();
        events.listen(this, this::workspaceChanged);
        title.set(Messages.get("app.title"));
        root.setTop(header());
        root.setLeft(navigation());
        show(current);
    }

    private Node header() {
        Label name = new Label(Messages.get("app.title"));
        name.getStyleClass().add("app-name");
        Label folder = new Label(Messages.get("app.workspace", services.place()));
        folder.getStyleClass().add("workspace-path");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton language = new MenuButton(Messages.get("app.language"), new FontIcon("mdi2t-translate"));
        language.setId("languageMenu");
        ToggleGroup group = new ToggleGroup();
        for (String code : new String[] {"zh", "en"}) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("language." + code));
            item.setToggleGroup(group);
            item.setSelected(Messages.locale().getLanguage().equals(code));
            item.setOnAction(e -> switchLanguage(code));
            language.getItems().add(item);
        }
        showPerson();
        HBox header = new HBox(16, name, folder, spacer, personButton, language);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        header.getStyleClass().add("app-header");
        return header;
    }

    private Node navigation() {
        VBox nav = new VBox(2);
        nav.getStyleClass().add("navigation");
        ToggleGroup group = new ToggleGroup();
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(Messages.get(area.titleKey()), new FontIcon(area.icon()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setOnAction(e -> {
                show(area);
                if (services.signedIn().person().isEmpty() && !whoDeclined && area != Area.PEOPLE) {
                    signInThen(() -> { }, false);
                }
            });
            buttons.put(area, button);
            nav.getChildren().add(button);
        }
        nav.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int step = e.getCode() == javafx.scene.input.KeyCode.UP ? -1 : e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : 0;
            if (step != 0) {
                Area next = Area.values()[Math.max(0, Math.min(Area.values().length - 1, current.ordinal() + step))];
                show(next);
                buttons.get(next).requestFocus();
                e.consume();
            }
        });
        return nav;
    }

    /** Shows an area and marks its button, whether the user or the program chose it. */
    private void show(Area area) {
        current = area;
        buttons.get(area).setSelected(true);
        root.setCenter(views.computeIfAbsent(area, this::createView));
    }

    private Node createView(Area area) {
        return switch (area) {
            case DASHBOARD -> new DashboardView(services, executor, dialogs, events, this::importTask).root();
            case INDICATORS -> new IndicatorsView(services, executor, dialogs).root();
            case SITES -> new SitesView(services, executor, dialogs).root();
            case PEOPLE -> new PeopleView(services, executor, dialogs).root();
            case ROUNDS -> new RoundsView(services, executor, dialogs, events).root();
            case SCORING -> {
                scoringView = new ScoringView(services, executor, dialogs, events);
                yield scoringView.root();
            }
            case SURVEY -> new InterviewView(services, executor, dialogs, events).root();
            case REVIEW -> {
                reviewView = new ReviewView(services, executor, dialogs, events);
                yield reviewView.root();
            }
            case TASKS -> new TasksView(services, executor, dialogs, events).root();
            case RECTIFICATION -> unitWorkspace
                    ? new UnitProblemsView(services, executor, dialogs, events).root()
                    : new RectificationView(services, executor, dialogs, events).root();
            case REPORTS -> new ReportsView(services, executor, dialogs).root();
            case SETTINGS -> new SettingsView(services, executor, dialogs, workspaces, opener, this::switchLanguage).root();
        };
    }

    /**
     * What the start needs to know: whether the role was ever chosen, whether the demo may be offered, and whether this
     * is a responsible unit's workspace (its 整改督办 page is the unit's own).
     */
    private record Start(boolean firstRun, boolean offerDemo, String server, boolean unitWorkspace) {
    }

    /**
     * The first start of a workspace: a welcome asks its role and, when the workspace is empty, offers the demo
     * city. Making it shows its progress in place of the screens, then the home screen opens on it. Closing the
     * welcome without an answer asks again next time.
     */
    public void welcome() {
        welcome(null);
    }

    /**
     * The welcome on a workspace's first start; then, when the program was opened with a package, its import. A
     * package means real work is arriving, so the demo city is not offered with it.
     */
    public void welcome(Path openedPackage) {
        Runnable then = () -> {
            if (openedPackage != null) {
                openPackage(openedPackage);
            }
        };
        JobState job = new JobState(executor, dialogs);
        job.quick(p -> new Start(services.changePreferences().current().role() == null, demoCity != null && services.offerDemoCity().shouldOffer(),
                services.onServer() ? services.place() : null, services.showUnitOfWorkspace().run().isPresent()), start -> {
            unitWorkspace = start.unitWorkspace();
            if (!start.firstRun()) {
                signInThen(then, true);
                return;
            }
            boolean offerDemo = start.offerDemo() && openedPackage == null;
            java.util.Optional<FirstRun> answer = dialogs.welcome(offerDemo, start.server());
            if (answer.isEmpty()) {
                signInThen(then, true);
                return;
            }
            job.quick(p -> {
                Preferences now = services.changePreferences().current();
                services.changePreferences().save(new Preferences(answer.get().role(), now.listSize(), now.warnDays(), now.keepBackups()));
                if (offerDemo && !answer.get().demo()) {
                    services.offerDemoCity().decline();
                }
                return answer.get();
            }, chosen -> {
                events.changed(this);
                if (chosen.demo()) {
                    makeDemoCity();
                } else if (chosen.role() == WorkspaceRole.FIELD && openedPackage == null) {
                    importTask();
                } else {
                    signInThen(then, true);
                }
            });
        });
    }

    /** Whom this workspace may be worked by, and whether someone is remembered for it. */
    private record Who(Optional<Person> signedIn, List<Person> candidates, boolean registryEmpty, WorkspaceRole role) {
    }

    /**
     * Who is working, before {@code then}: the person remembered for the workspace, else the one picked from those who
     * work here (a laptop's team, the office's staff). A new office with nobody registered is first asked to add
     * oneself (when {@code starting}); a laptop without a task package has nobody to offer yet and asks once one has
     * brought its team, on the next change of page.
     */
    private void signInThen(Runnable then, boolean starting) {
        if (askingWho) {
            then.run();
            return;
        }
        askingWho = true;
        new JobState(executor, dialogs).quick(p -> {
            WorkspaceRole role = services.changePreferences().current().role();
            Optional<Person> signedIn = services.signedIn().person().or(() -> services.signIn().restore());
            return new Who(signedIn, services.signIn().candidates(role), services.listPeople().people().isEmpty(), role);
        }, who -> {
            askingWho = false;
            if (who.signedIn().isPresent()) {
                showPerson();
                then.run();
            } else if (who.registryEmpty() && who.role() != WorkspaceRole.FIELD && starting) {
                dialogs.showInformation(Messages.get("signIn.title"), Messages.get("signIn.addYourself"));
                show(Area.PEOPLE);
                then.run();
            } else {
                choose(who.candidates(), then);
            }
        });
    }

    /** Asks again who is working (from the header), whoever is signed in now. */
    private void askWho(Runnable then) {
        new JobState(executor, dialogs).quick(p -> services.signIn().candidates(services.changePreferences().current().role()),
                candidates -> {
                    if (candidates.isEmpty()) {
                        dialogs.showInformation(Messages.get("signIn.title"), Messages.get("signIn.nobodyToOffer"));
                        show(Area.PEOPLE);
                    } else {
                        choose(candidates, then);
                    }
                });
    }

    private void choose(List<Person> candidates, Runnable then) {
        if (candidates.isEmpty()) {
            then.run();
            return;
        }
        List<String> labels = candidates.stream().map(MainWindow::label).toList();
        int chosen = dialogs.chooseOne(Messages.get("signIn.title"), Messages.get("signIn.message"), labels).map(labels::indexOf).orElse(-1);
        if (chosen < 0) {
            whoDeclined = true;
            showPerson();
            then.run();
            return;
        }
        Person person = candidates.get(chosen);
        new JobState(executor, dialogs).quick(p -> services.signIn().choose(person.id()), signed -> {
            showPerson();
            then.run();
        });
    }

    /** A person as offered for picking: the name, with the team (or, without one, the role) to tell namesakes apart. */
    private static String label(Person person) {
        return Messages.get("signIn.person", person.name(), person.team() != null ? person.team() : Messages.get("role." + person.role().name()));
    }

    private void showPerson() {
        Optional<Person> person = services.signedIn().person();
        personButton.setText(person.map(p -> Messages.get("signIn.working", p.name())).orElse(Messages.get("signIn.nobody")));
        personButton.getStyleClass().remove("nobody-signed-in");
        if (person.isEmpty()) {
            personButton.getStyleClass().add("nobody-signed-in");
        }
    }

    /**
     * Makes the demo city in place of the screens, naming each stage and the time left as measured so far on this
     * computer. Cancel puts the workspace back as it was (the demo city is all or none).
     */
    private void makeDemoCity() {
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(420);
        Label heading = new Label(Messages.get("firstStart.building"));
        heading.getStyleClass().add("planned-title");
        Label stage = new Label();
        stage.setId("demo-stage");
        Label timeLeft = new Label(Messages.get("firstStart.measuring"));
        timeLeft.setId("demo-time-left");
        Button cancel = new Button(Messages.get("job.cancel"));
        cancel.setId("demo-cancel");
        VBox building = new VBox(14, heading, stage, bar, timeLeft, cancel, new Label(Messages.get("firstStart.madeUp")));
        building.setAlignment(Pos.CENTER);
        building.setId("building-demo");
        root.setCenter(building);
        root.getLeft().setDisable(true);
        // The speed is measured from the end of the first step: setting up is much quicker than scoring a round.
        double[] measuredFrom = {-1, 0};
        TaskExecutor.Handle making = executor.run(
                progress -> demoCity.make(services, progress, name -> Platform.runLater(() -> stage.setText(name))), fraction -> {
            bar.setProgress(fraction);
            if (measuredFrom[0] < 0 && fraction > 0) {
                measuredFrom[0] = fraction;
                measuredFrom[1] = System.nanoTime();
            }
            timeLeft.setText(timeLeft(System.nanoTime() - (long) measuredFrom[1], fraction - measuredFrom[0], 1 - fraction));
        }, made -> {
            showScreensAgain();
            dialogs.showInformation(Messages.get("firstStart.title"), Messages.get("cli.demo.done", made.sites(), made.people(),
                    made.rounds(), made.findings()));
        }, error -> {
            if (error instanceof CancellationException) {
                // The job goes on until the restore is done; the next job on the same background thread runs after it.
                executor.run(p -> null, restored -> {
                    showScreensAgain();
                    dialogs.showInformation(Messages.get("firstStart.title"), Messages.get("firstStart.cancelled"));
                }, this::demoFailed);
            } else {
                demoFailed(error);
            }
        });
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            stage.setText(Messages.get("firstStart.cancelling"));
            making.cancel();
        });
    }

    /** The time left for the {@code left} share of the work, at the speed of the {@code done} share measured so far. */
    static String timeLeft(long elapsedNanos, double done, double left) {
        if (done <= 0 || left <= 0) {
            return Messages.get("firstStart.measuring");
        }
        long seconds = Math.round(elapsedNanos / 1e9 * left / done);
        return Messages.get("firstStart.timeLeft", seconds < 60 ? 0 : (seconds + 30) / 60);
    }

    private void demoFailed(Throwable error) {
        showScreensAgain();
        dialogs.showError(Messages.get("job.failed"), String.valueOf(error.getMessage()));
    }

    private void showScreensAgain() {
        root.getLeft().setDisable(false);
        views.clear();
        events = new WorkspaceEvents();
        events.listen(this, this::workspaceChanged);
        show(Area.DASHBOARD);
    }

    /** 导入任务包, the first thing a field laptop does: the package chosen is taken in on 现场评分. */
    private void importTask() {
        List<Path> files = dialogs.choosePackagesToOpen("package.chooseToOpen");
        show(Area.SCORING);
        if (!files.isEmpty()) {
            scoringView.importPackages(files);
        }
    }

    /**
     * The app was opened with a task or result package (from the file manager): a task package goes to 现场评分, a
     * result package to 审核与合并, and either starts its import there: checked, previewed, then taken in on
     * confirmation.
     */
    public void openPackage(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(org.civicinspect.model.PackageKind.TASK.extension())) {
            show(Area.SCORING);
            scoringView.importPackages(java.util.List.of(file));
        } else {
            show(Area.REVIEW);
            reviewView.importPackages(java.util.List.of(file));
        }
    }

    private void switchLanguage(String code) {
        languages.choose(code);
        Messages.use(code);
        java.util.Locale.setDefault(Messages.locale());
        build();
    }
}
