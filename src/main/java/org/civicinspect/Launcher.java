package org.civicinspect;

import java.io.PrintWriter;
import java.util.List;
import org.civicinspect.bench.BenchCommand;
import org.civicinspect.bench.ChecklistOpenBenchmark;
import org.civicinspect.cli.CivicInspectCommand;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.demo.DemoCommand;
import org.civicinspect.gui.DemoCityMaker;
import org.civicinspect.gui.DesktopApp;
import org.civicinspect.service.WorkspaceAddress;

/**
 * The jar's main class and the one place that wires the demo city and the benchmarks in: the product never
 * depends on them. It does not extend {@code Application}, so the desktop app starts from a plain class path;
 * with a command it runs the command line and never touches JavaFX.
 */
public final class Launcher {

    private static final DemoCityMaker DEMO_CITY = (services, progress, stage) -> {
        CreateDemoCity.Made made = new CreateDemoCity(services).run(CreateDemoCity.Size.STANDARD, progress, stage);
        return new DemoCityMaker.Made(made.sites(), made.people(), made.rounds(), made.findings());
    };

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(CivicInspectCommand.execute(Launcher::startDesktop, extraCommands(), args));
    }

    /** The command line as the jar runs it, writing to the given streams (for tests). */
    public static int execute(CivicInspectCommand.DesktopStarter desktop, PrintWriter out, PrintWriter err, String... args) {
        return CivicInspectCommand.execute(desktop, extraCommands(), out, err, args);
    }

    private static List<Object> extraCommands() {
        return List.of(new DemoCommand(), new BenchCommand(ChecklistOpenBenchmark::run));
    }

    private static void startDesktop(WorkspaceAddress workspace, java.nio.file.Path home, String language, java.nio.file.Path opened) {
        DesktopApp.launch(workspace, home, language, opened, DEMO_CITY);
    }

    /** Makes the demo city the desktop app offers on an empty workspace. */
    public static DemoCityMaker demoCity() {
        return DEMO_CITY;
    }
}
