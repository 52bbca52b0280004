package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicinspect.cli.CivicInspectCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code bench} refuses about servers before it signs in to any. */
class BenchOnServerCommandTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    private int bench(String... args) {
        String[] line = new String[args.length + 5];
        line[0] = "--lang";
        line[1] = "en";
        line[2] = "--data";
        line[3] = temp.toString();
        line[4] = "bench";
        System.arraycopy(args, 0, line, 5, args.length);
        return CivicInspectCommand.execute((w, h, l, p) -> { }, List.of(new BenchCommand(runs -> Optional.empty())), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), line);
    }

    @Test
    void theServersOwnGroupsAskForAServer() {
        assertEquals(2, bench("--only", "staff,load"));
        assertTrue(err.toString().contains("The groups staff, load run on a PostgreSQL server"), err.toString());
    }

    @Test
    void theLoadIsRefusedForAServerOtherThanThisComputerWithoutSigningIn() {
        assertEquals(2, bench("--db", "postgresql://office.example.org:5432/civic", "--only", "load"));
        assertTrue(err.toString().contains("only against a server on this computer (localhost, 127.0.0.1 or ::1), not office.example.org"),
                err.toString());
    }

    @Test
    void aFolderIsNoServer() {
        assertEquals(2, bench("--db", temp.resolve("ws").toString(), "--only", "merge"));
        assertTrue(err.toString().contains("--db names no PostgreSQL server"), err.toString());
    }
}
