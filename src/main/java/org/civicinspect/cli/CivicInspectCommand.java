package org.civicinspect.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.common.WorkspaceTrouble;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code civicinspect [--data DIR] [--db URL] [--lang zh|en] COMMAND …}; no command starts the desktop app. */
@Command(name = "civicinspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {IndicatorsCommand.class, SitesCommand.class, PeopleCommand.class, RoundCommand.class, ScoreCommand.class,
            ReportCommand.class, NegativeCommand.class, BackupCommands.Backup.class, BackupCommands.Restore.class,
            VerifyCommand.class, ReviewCommand.class, PackageCommand.class, ConflictsCommand.class, ProblemsCommand.class,
            WorkspaceCommand.class, SurveyCommand.class, UnitsCommand.class, TasksCommand.class, MaterialsCommand.class})
public final class CivicInspectCommand implements Callable<Integer> {

    public static final int BAD_INPUT = 2;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "cli.data")
    Path data;

    @Option(names = "--db", paramLabel = "URL", descriptionKey = "cli.db")
    String db;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.lang")
    String language;

    /** Every command takes it: the registry person the command records as, instead of the one remembered for the workspace. */
    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.by", scope = ScopeType.INHERIT)
    String by;

    @Parameters(arity = "0..1", paramLabel = "PACKAGE", descriptionKey = "cli.openPackage")
    Path opened;

    @Spec
    CommandSpec spec;

    private final DesktopStarter desktop;
    private Services services;

    /**
     * Starts the desktop app on the resolved workspace and language, and the package file it was opened with (or null);
     * {@code home} is the data folder that keeps which workspace the app's settings chose.
     */
    @FunctionalInterface
    public interface DesktopStarter {
        void start(WorkspaceAddress workspace, Path home, String language, Path opened);
    }

    public CivicInspectCommand(DesktopStarter desktop) {
        this.desktop = desktop;
    }

    /** No command starts the desktop app; a task or result package given alone (as a file manager does) opens it there. */
    @Override
    public Integer call() {
        if (opened != null) {
            String name = opened.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!(name.endsWith(".citask") || name.endsWith(".ciresult")) || !java.nio.file.Files.isRegularFile(opened)) {
                new Output(spec).error(Messages.get("cli.notAPackage", opened));
                return BAD_INPUT;
            }
        }
        // The desktop app starts on the workspace last chosen in its settings unless one is named; commands take the named one.
        ChooseWorkspace choice = new ChooseWorkspace(Services.dataFolder(data));
        WorkspaceAddress workspace = choice.atStart(db, System.getenv("CIVICINSPECT_DB"));
        ProgramLog.keepIn(workspace.folder());
        desktop.start(workspace, choice.home(), language, opened);
        return 0;
    }

    /** The folder of an embedded workspace, or what a server workspace keeps on this computer. */
    Path dataFolder() {
        return address().folder();
    }

    WorkspaceAddress address() {
        return WorkspaceAddress.of(db, System.getenv("CIVICINSPECT_DB"), data);
    }

    /**
     * The workspace's use cases, with {@code --by NAME} signed in (refused unless it names one active registry person),
     * else the person remembered for the workspace, if any.
     */
    public Services services() {
        if (services == null) {
            ProgramLog.keepIn(dataFolder());
            Services opened = ServerSignIn.open(address(), Clock.systemUTC());
            if (by != null) {
                opened.signIn().asNamed(by);
            } else {
                opened.signIn().restore();
            }
            services = opened;
        }
        return services;
    }

    /** {@link #services()} for a command that records a person's work: refused while no person is named or remembered. */
    Services recording() {
        Services s = services();
        s.signIn().required();
        return s;
    }

    /**
     * Runs a command line on the console and returns its exit code. {@code extraCommands} are subcommands that sit
     * on top of the product (the demo city, the benchmarks), handed in by the launcher.
     */
    public static int execute(DesktopStarter desktop, java.util.List<Object> extraCommands, String... args) {
        return execute(desktop, extraCommands, consoleWriter(System.out), consoleWriter(System.err), args);
    }

    public static int execute(DesktopStarter desktop, java.util.List<Object> extraCommands, PrintWriter out, PrintWriter err,
                              String... args) {
        Messages.use(languageOf(args));
        CommandLine line = new CommandLine(new CivicInspectCommand(desktop));
        extraCommands.forEach(line::addSubcommand);
        line.setResourceBundle(Messages.bundle());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof RequestRefused refused) {
                cmd.getErr().println(Messages.get(refused.messageKey(), refused.args().toArray()));
                return BAD_INPUT;
            }
            Path folder = ((CivicInspectCommand) line.getCommand()).dataFolder();
            FailureLog.keep(folder, e);
            Optional<RequestRefused> trouble = WorkspaceTrouble.of(e, folder);
            if (trouble.isPresent()) {
                cmd.getErr().println(Messages.get(trouble.get().messageKey(), trouble.get().args().toArray()));
                return BAD_INPUT;
            }
            // A failure of the program itself: one sentence here, the whole trace in the log.
            cmd.getErr().println(Messages.get("cli.failed", folder.resolve("logs").resolve(FailureLog.FILE)));
            return cmd.getCommandSpec().exitCodeOnExecutionException();
        });
        try {
            return line.execute(args);
        } finally {
            line.<CivicInspectCommand>getCommand().close();
        }
    }

    /** A command gives the workspace back when it ends, so that a restore may take it. */
    private void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }

    private static PrintWriter consoleWriter(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
