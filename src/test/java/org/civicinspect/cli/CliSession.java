package org.civicinspect.cli;

import org.civicinspect.Launcher;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs command lines against one data folder as a user at a prompt would, keeping what each printed. */
final class CliSession {

    private final Path data;
    private final List<Path> desktopStarts = new ArrayList<>();
    private String out = "";
    private String err = "";

    CliSession(Path data) {
        this.data = data;
    }

    /**
     * Runs {@code --data DIR ARGS…} and returns the exit code; on the suite's run on PostgreSQL with {@code --db} naming
     * the folder's own database on the test server.
     */
    int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        if (TestServer.inUse()) {
            all.addAll(List.of("--db", ServerWorkspaces.address(data)));
        }
        all.addAll(List.of(args));
        return execute(all);
    }

    /** Runs {@code --data DIR ARGS…} on whichever workspace the arguments name, and returns the exit code. */
    int runAs(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return execute(all);
    }

    private int execute(List<String> all) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int exit = Launcher.execute((workspace, home, lang, opened) -> desktopStarts.add(workspace.folder()), new PrintWriter(outText, true),
                new PrintWriter(errText, true), all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return exit;
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }

    List<Path> desktopStarts() {
        return desktopStarts;
    }
}
