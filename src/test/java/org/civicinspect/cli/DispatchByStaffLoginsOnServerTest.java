package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.i18n.Messages;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 派单, replies and 核查 on the office's server with each staff member's own login: the 内业 login dispatches, takes a
 * unit's workbook in, returns a reply and dispatches again; closing a problem on a reply is the 督查组长 login's.
 */
class DispatchByStaffLoginsOnServerTest {

    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";
    private static final String OFFICE = "ci_dispatch_office_" + ProcessHandle.current().pid();
    private static final String SUPERVISOR = "ci_dispatch_supervisor_" + ProcessHandle.current().pid();

    @TempDir Path temp;

    @Test
    void theOfficeLoginDispatchesAndReturnsAndTheSupervisorLoginCloses() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        Path officeFolder = temp.resolve("office");
        CliSession administrator = new CliSession(officeFolder);
        String address = ServerWorkspaces.address(officeFolder);
        String database = ServerWorkspaces.databaseOf(officeFolder);
        TestServer.staffLogin(database, OFFICE, "pw");
        TestServer.staffLogin(database, SUPERVISOR, "pw");
        String kept = System.getProperty(PASSWORD_FILE);
        Path passwords = Files.writeString(temp.resolve("staff.pgpass"),
                Files.readString(Path.of(kept)) + "*:*:*:" + OFFICE + ":pw\n*:*:*:" + SUPERVISOR + ":pw\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PASSWORD_FILE, passwords.toString());
        try {
            assertEquals(0, administrator.run("people", "add", "--name", "陈主任", "--role", "督查组长"), administrator.err());
            assertEquals(0, administrator.run("people", "add", "--name", "王芳", "--role", "内业"), administrator.err());
            assertEquals(0, administrator.run("people", "grant", OFFICE, "--role", "内业"), administrator.err());
            assertEquals(0, administrator.run("people", "grant", SUPERVISOR, "--role", "督查组长"), administrator.err());
            CliSession desk = new CliSession(temp.resolve("desk"));
            String office = address.replace("civicinspect_test@", OFFICE + "@");
            String supervisor = address.replace("civicinspect_test@", SUPERVISOR + "@");

            does(desk, office, "王芳", "problems", "raise", "--source", "群众反映", "--address", "人民路 12 号", "--district", "城东区",
                    "--unit", "城东区城管局", "--deadline", "2026-12-20", "--description", "占道经营");
            Path first = temp.resolve("派单1");
            does(desk, office, "王芳", "problems", "dispatch", "--out", first.toString());
            String id = fill(first.resolve("城东区城管局.xlsx"), "已清理");
            does(desk, office, "王芳", "problems", "replies", first.resolve("城东区城管局.xlsx").toString());
            does(desk, office, "王芳", "problems", "verify-reply", id, "--return", "--reason", "请补拍照片");

            Path second = temp.resolve("派单2");
            does(desk, office, "王芳", "problems", "dispatch", "--out", second.toString());
            fill(second.resolve("城东区城管局.xlsx"), "已清理并补拍");
            does(desk, office, "王芳", "problems", "replies", second.resolve("城东区城管局.xlsx").toString());
            assertEquals(2, run(desk, office, "王芳", "problems", "verify-reply", id, "--confirm"), "closing is the supervisor's");
            assertEquals(Messages.get("workspace.roleNeeded", OFFICE, Messages.get("role.server.SUPERVISOR")), desk.err().strip());
            does(desk, supervisor, "陈主任", "problems", "verify-reply", id, "--confirm");
            does(desk, office, "王芳", "problems", "list", "--status", "已销号");
            assertEquals(true, desk.out().contains(id), desk.out());
        } finally {
            System.setProperty(PASSWORD_FILE, kept);
            TestServer.dropLogin(OFFICE);
            TestServer.dropLogin(SUPERVISOR);
        }
    }

    private static void does(CliSession cli, String address, String person, String... args) {
        assertEquals(0, run(cli, address, person, args), String.join(" ", args) + ": " + cli.err());
    }

    private static int run(CliSession cli, String address, String person, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", address, "--by", person));
        all.addAll(List.of(args));
        return cli.runAs(all.toArray(String[]::new));
    }

    /** Fills the first problem's reply as the unit would; returns the problem's number. */
    private static String fill(Path workbook, String measures) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row row = book.getSheet("督办单").getRow(4);
            row.getCell(8).setCellValue("李强");
            row.getCell(10).setCellValue(measures);
            row.getCell(11).setCellValue(LocalDate.now().minusDays(1));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
            return row.getCell(0).getStringCellValue();
        }
    }
}
