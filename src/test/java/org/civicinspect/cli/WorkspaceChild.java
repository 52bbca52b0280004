package org.civicinspect.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.civicinspect.Launcher;
import org.civicinspect.service.Services;

/**
 * A second program on the same data folder, for tests that need a real other process:
 * {@code write DIR STOP} adds people one command at a time (printing each name and its exit code) until the file STOP
 * exists, a moment apart; {@code hold DIR} opens the workspace, prints "OPEN" and keeps it until its input closes.
 */
public final class WorkspaceChild {

    private WorkspaceChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        if (args[0].equals("write")) {
            Path stop = Path.of(args[2]);
            for (int i = 0; !Files.exists(stop); i++) {
                String name = "写入" + i;
                int exit = Launcher.execute((workspace, home, lang, opened) -> { }, new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()), "--data", data.toString(), "people", "add", "--name", name);
                System.out.println(name + " " + exit);
                System.out.flush();
                // A moment between commands, as between a user's, in which a restore can take the workspace.
                Thread.sleep(40);
            }
        } else {
            Services services = Services.open(data, Clock.systemUTC());
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test closes our input
            }
            services.listPeople();
        }
        System.exit(0);
    }
}
