package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;

/**
 * An office that sent task packages to two teams, one site moved to the second team after the first had its
 * package, and each team's result package: the first team found a problem (with a photo) where the second found none.
 * Built from the command line, for tests of the screens.
 */
public record TwoTeamsScored(Path office, Path results1, Path results2, String sharedSite) {

    /** The office before any laptop answered: its key, each team's task package, and the site both teams have. */
    record Tasks(Path office, String officeKey, Path task1, Path task2, String sharedSite) {
    }

    /**
     * An office whose round has two teams, one site moved to the second team after the first had its task package.
     * Each task package is issued for the key of its laptop (in {@code field1} and {@code field2}), so the office
     * trusts their result packages.
     */
    static Tasks sendTasks(Path temp) throws Exception {
        Path officeFolder = temp.resolve("office");
        CliSession office = new CliSession(officeFolder);
        assertEquals(0, office.run("indicators", "import", "--sample"));
        assertEquals(0, office.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, office.run("people", "add", "--name", "张三", "--team", "第一组"));
        assertEquals(0, office.run("people", "add", "--name", "李四", "--team", "第二组"));
        assertEquals(0, office.run("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, office.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--quota", "公园=1", "--seed", "42"));
        assertEquals(0, office.run("round", "assign", "latest"));
        assertEquals(0, office.run("package", "key"));
        String officeKey = office.out().strip();
        String shared = TestWorkspaces.open(officeFolder).showRound().run("latest").drawn().stream()
                .filter(d -> "第一组".equals(d.team())).findFirst().orElseThrow().site().name();
        Path task1 = temp.resolve("t1.citask");
        Path task2 = temp.resolve("t2.citask");
        assertEquals(0, office.run("package", "task", "latest", "第一组", task1.toString(), "--for-key", laptopKey(temp.resolve("field1"))));
        assertEquals(0, office.run("round", "assign", "latest", "--move", shared + "=第二组"));
        assertEquals(0, office.run("package", "task", "latest", "第二组", task2.toString(), "--for-key", laptopKey(temp.resolve("field2"))));
        return new Tasks(officeFolder, officeKey, task1, task2, shared);
    }

    /** The key fingerprint of the laptop whose data folder this is (made now if it has none), as its user reads it off. */
    static String laptopKey(Path folder) {
        CliSession laptop = new CliSession(folder);
        assertEquals(0, laptop.run("package", "key"), laptop.err());
        return laptop.out().strip();
    }

    public static TwoTeamsScored build(Path temp) throws Exception {
        Tasks tasks = sendTasks(temp);
        Path[] results = new Path[2];
        String[][] laptops = {{"field1", tasks.task1().toString(), "不符合"}, {"field2", tasks.task2().toString(), "符合"}};
        for (int i = 0; i < 2; i++) {
            Path folder = temp.resolve(laptops[i][0]);
            CliSession cli = new CliSession(folder);
            assertEquals(0, cli.run("package", "import", laptops[i][1], "--trust", tasks.officeKey()));
            PackageRoundTripTest.scoreEverything(cli, folder, tasks.sharedSite(), laptops[i][2]);
            results[i] = temp.resolve(laptops[i][0] + ".ciresult");
            assertEquals(0, cli.run("package", "results", results[i].toString()));
        }
        return new TwoTeamsScored(tasks.office(), results[0], results[1], tasks.sharedSite());
    }
}
