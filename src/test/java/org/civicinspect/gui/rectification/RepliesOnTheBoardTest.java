package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.rectification.VerifyReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 整改督办 screen: 派单 into a folder, a unit's filled 督办单 taken in, and its reply (at a free address, so not to be left
 * for a recheck on site) returned with a reason.
 */
class RepliesOnTheBoardTest {

    @TempDir Path temp;

    @Test
    void dispatchesTakesARepliesWorkbookInAndVerifiesTheChosenProblemsReply() throws Exception {
        Messages.use("zh");
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.CITIZENS, null, "人民路 12 号", "城东区", "东湖街道", null, "占道经营",
                "城东区城管局", LocalDate.of(2026, 12, 10)), List.of(), "王芳");
        TestWorkspaces.signInSupervisor(services, "陈主任");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        RectificationViewModel viewModel = new RectificationViewModel(RectificationView.useCases(services), new CurrentThreadTaskExecutor(), dialogs,
                new WorkspaceEvents());
        viewModel.reload();

        dialogs.nextFolder = temp.resolve("派单");
        viewModel.dispatch();
        Path workbook = temp.resolve("派单").resolve("城东区城管局.xlsx");
        assertTrue(Files.isRegularFile(workbook));
        assertTrue(dialogs.reports.stream().anyMatch(r -> r.contains("已派单：1 个单位，共 1 个问题")), dialogs.reports.toString());

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Row row = book.getSheet("督办单").getRow(4);
            row.getCell(8).setCellValue("李强");
            row.getCell(10).setCellValue("已清理");
            row.getCell(11).setCellValue(LocalDate.of(2026, 11, 26));
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        dialogs.nextOpen = workbook;
        viewModel.takeReplies();
        assertEquals("1 条单位回复等待核查", viewModel.pendingCountProperty().get());
        viewModel.chosen().setAll(viewModel.column(ProblemStatus.FIXING));
        assertEquals("李强", viewModel.pendingReplyProperty().get().claimant());
        assertFalse(viewModel.recheckOffered().get(), "a problem at a free address has no place for a round to recheck");
        viewModel.verify(VerifyReply.Decision.RECHECK, null);
        assertTrue(viewModel.job().statusProperty().get().endsWith("测评轮次无法到实地复查：请确认销号，或退回"), viewModel.job().statusProperty().get());
        assertEquals(1, viewModel.column(ProblemStatus.FIXING).size(), "still waiting for 核查");

        dialogs.nextText = "请附整改后照片";
        viewModel.askReturnReason().ifPresent(reason -> viewModel.verify(VerifyReply.Decision.RETURN, reason));
        assertNull(viewModel.pendingReplyProperty().get(), "nothing waits any more");
        assertEquals("", viewModel.pendingCountProperty().get());
        assertTrue(viewModel.history().stream().anyMatch(e -> e.note().equals("请附整改后照片")));
        assertEquals(1, viewModel.column(ProblemStatus.FIXING).size());
    }
}
