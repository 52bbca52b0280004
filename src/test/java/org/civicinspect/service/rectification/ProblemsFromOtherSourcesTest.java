package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems from media, citizens, leaders' visits and unannounced checks: raised by hand or from a workbook, then
 * followed, coloured and counted in 整改率 as an inspection's problems are. Today is 2026-11-27.
 */
class ProblemsFromOtherSourcesTest {

    private static final String MARKET = "东湖农贸市场";
    private static final String MARKET_UNIT = "城东区市场监管局";
    private static final String STREETS_UNIT = "城东区城管局";

    @TempDir Path temp;
    private Services services;
    private String standard;

    @BeforeEach
    void aCityWithSitesAndALibrary() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        standard = services.workspace().read(tx -> tx.indicatorSets().standardTexts()).keySet().stream().sorted().findFirst().orElseThrow();
    }

    private Problem raise(ProblemSource source, String site, String address, String unit, LocalDate deadline) {
        return services.raiseProblem().run(new RaiseProblem.Request(source, site, address, address == null ? null : "城东区",
                address == null ? null : "东湖街道", null, "占道经营，垃圾堆放", unit, deadline), List.of(), "王芳");
    }

    @Test
    void aProblemRaisedByHandIsListedWithItsSourceAndColour() {
        raise(ProblemSource.MEDIA, null, "人民路 12 号", STREETS_UNIT, LocalDate.of(2026, 11, 29));
        raise(ProblemSource.CITIZENS, MARKET, null, null, LocalDate.of(2026, 12, 31));

        ListProblems.Result all = services.listProblems().run(null, ListProblems.Filter.ALL);

        assertEquals(2, all.problems().size());
        ListProblems.Listed media = all.problems().get(0);
        assertEquals("人民路 12 号", media.place().name());
        assertEquals("城东区", media.place().district());
        assertEquals(STREETS_UNIT, media.place().unit());
        assertEquals(Escalation.YELLOW, media.escalation(), "two days left, at most three: 黄");
        assertNull(media.problem().roundId());
        assertEquals("王芳", media.problem().origin().raisedBy());
        ListProblems.Listed citizens = all.problems().get(1);
        assertEquals(MARKET, citizens.place().name());
        assertEquals(MARKET_UNIT, citizens.place().unit(), "the site's unit when none is given");
        assertEquals(Escalation.WHITE, citizens.escalation());
        List<ListProblems.Listed> fromMedia = services.listProblems().run(null,
                new ListProblems.Filter(null, null, null, null, false, ProblemSource.MEDIA)).problems();
        assertEquals(List.of(media.problem().id()), fromMedia.stream().map(l -> l.problem().id()).toList());
        ShowProblemHistory.Entry raised = services.showProblemHistory().run(media.problem().id()).get(0);
        assertEquals("占道经营，垃圾堆放", raised.note());
        assertEquals(Messages.get("problem.step.RAISED_BY_HAND", Messages.get("problem.source.MEDIA")) + " → " + Messages.get("problem.status.TO_FIX"),
                raised.what());
    }

    @Test
    void problemsFromOtherSourcesCountInTheRoundsRectificationRate() {
        Problem fixed = raise(ProblemSource.MEDIA, null, "人民路 12 号", STREETS_UNIT, LocalDate.of(2026, 11, 29));
        raise(ProblemSource.UNANNOUNCED, null, "建设路 8 号", STREETS_UNIT, LocalDate.of(2026, 11, 29));
        raise(ProblemSource.LEADERS, null, "解放路 3 号", STREETS_UNIT, LocalDate.of(2026, 12, 20));
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.updateProblem().move(List.of(fixed.id()), ProblemStatus.FIXING, "已通知", List.of(), null);
        services.updateProblem().move(List.of(fixed.id()), ProblemStatus.TO_RECHECK, "已清理", List.of(), null);
        services.updateProblem().move(List.of(fixed.id()), ProblemStatus.CLOSED, "现场核实已整改", List.of(), null);
        Round round = services.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), "");

        ShowRectificationStanding.Standing standing = services.showRectificationStanding().of(round.id(), 5);

        // Due by 12-05: the two of 11-29 (the one of 12-20 is not); fixed one; the other 6 days overdue, 黄 (red after 7).
        ShowRectificationStanding.UnitStanding unit = standing.units().get(0);
        assertEquals(STREETS_UNIT, unit.unit());
        assertEquals(2, unit.due());
        assertEquals(1, unit.fixed());
        assertEquals(1, unit.overdue());
        assertEquals(6, unit.overdueDays());
        assertEquals(0, unit.red());
        assertEquals(0, new BigDecimal("0.5").compareTo(unit.rate()));
        assertEquals(1, standing.yellow(), "6 days overdue, red only after 7");
        assertEquals(1, standing.white(), "due 12-20: 15 days left at the round's end");
    }

    @Test
    void theRoundsProblemListNamesEachProblemsSourceAndCanBeCutByIt() throws Exception {
        Round round = services.createRound().run("第一期", "latest", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30), "");
        raise(ProblemSource.MEDIA, null, "人民路 12 号", STREETS_UNIT, LocalDate.of(2026, 12, 10));
        raise(ProblemSource.CITIZENS, MARKET, null, null, LocalDate.of(2026, 12, 11));
        Messages.use("zh");

        var media = services.exportProblemList().problems(round.id(), ReportScope.Counted.WITH_UNREVIEWED, ProblemSource.MEDIA);
        var all = services.exportProblemList().problems(round.id(), ReportScope.Counted.WITH_UNREVIEWED, null);

        assertEquals(List.of("人民路 12 号|城东区城管局|媒体曝光|占道经营，垃圾堆放"), media.stream()
                .map(p -> p.site() + "|" + p.unit() + "|" + p.source() + "|" + p.description()).toList());
        assertEquals(List.of(STREETS_UNIT, MARKET_UNIT), all.stream().map(p -> p.unit()).toList(), "by unit, in natural order");
        assertTrue(services.exportProblemList().problems(round.id(), ReportScope.Counted.WITH_UNREVIEWED, ProblemSource.INSPECTION).isEmpty());
        Path out = temp.resolve("problems.xlsx");
        assertEquals(2, services.exportProblemList().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, null, out, Progress.NONE));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.toFile())) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("来源", sheet.getRow(2).getCell(12).getStringCellValue());
            assertEquals("媒体曝光", sheet.getRow(4).getCell(12).getStringCellValue());
        }
    }

    @Test
    void aRoundNeitherRechecksNorFindsAgainAProblemFromAnotherSourceRaisedAfterItStarted() {
        Round round = services.createRound().run("第一期", "latest", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 29), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        DrawnSite market = services.assignTeams().run(round.id(), List.of()).drawn().stream()
                .filter(d -> d.site().name().equals(MARKET)).findFirst().orElseThrow();
        List<Standard> checklist = services.openInspection().run(round.id(), market.site().id()).standards();
        Problem byHand = services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.LEADERS, MARKET, null, null, null,
                checklist.get(0).code(), "领导督查：市场外环境脏乱", null, LocalDate.of(2026, 11, 30)), List.of(), "王芳");
        assertTrue(services.workspace().read(tx -> tx.rechecks().ofInspection(round.id(), market.site().id())).isEmpty(),
                "raised today (11-27), after the round started: nothing to recheck on the laptop");

        for (Standard s : checklist) {
            services.recordFinding().run(new RecordFinding.Request(round.id(), market.site().id(), s.code(),
                    s == checklist.get(0) ? ShowRectificationStandingTest.failing(s) : ShowRectificationStandingTest.passing(s), "仍脏乱",
                    List.of(), "张伟"));
        }
        services.completeInspection().run(round.id(), market.site().id());
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().approve(round.id(), market.site().id());

        List<Problem> problems = services.listProblems().run(null, ListProblems.Filter.ALL).problems().stream().map(ListProblems.Listed::problem).toList();
        Problem found = problems.stream().filter(p -> p.source() == ProblemSource.INSPECTION).findFirst().orElseThrow();
        assertEquals(checklist.get(0).code(), found.standardCode());
        assertNull(found.recurredFrom());
        Problem still = problems.stream().filter(p -> p.id().equals(byHand.id())).findFirst().orElseThrow();
        assertEquals(ProblemStatus.TO_FIX, still.status());
        assertEquals(1, services.showProblemHistory().run(byHand.id()).size(), "no recheck step");
        assertEquals(List.of(found.id()), services.listProblems().run(round.id(), ListProblems.Filter.ALL).problems().stream()
                .map(l -> l.problem().id()).toList(), "the round lists what it found");
    }

    @Test
    void aProblemNeedsAPlaceADescriptionAUnitAndASourceOtherThanAnInspection() {
        assertEquals("problem.raise.inspectionSource", assertThrows(RequestRefused.class,
                () -> raise(ProblemSource.INSPECTION, MARKET, null, null, LocalDate.of(2026, 12, 1))).messageKey());
        assertEquals("problem.raise.unknownSite", assertThrows(RequestRefused.class,
                () -> raise(ProblemSource.MEDIA, "没有的点位", null, null, LocalDate.of(2026, 12, 1))).messageKey());
        assertEquals("problem.raise.noUnit", assertThrows(RequestRefused.class,
                () -> raise(ProblemSource.MEDIA, null, "人民路 12 号", null, LocalDate.of(2026, 12, 1))).messageKey());
        assertTrue(services.listProblems().run(null, ListProblems.Filter.ALL).problems().isEmpty());
    }

    @Test
    void aWorkbookOfProblemsIsRaisedWithItsPhotos() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "jpg", photos.resolve("街边.jpg").toFile());
        Path book = new WorkbookBuilder().sheet("问题")
                .row("问题来源", "点位", "区县", "街道", "标准编号", "问题描述", "责任单位", "整改期限", "照片")
                .row("媒体曝光", MARKET, "", "", standard, "市场外占道经营", "", "2026-12-20", "街边.jpg")
                .row("群众反映", "建设路 8 号", "城西区", "西湖街道", "", "路灯不亮", "城西区城管局", "2026年12月21日", "")
                .save(temp, "problems.xlsx");

        ImportProblemWorkbook.Result result = services.importProblemWorkbook().run(book, photos);

        assertTrue(result.ok(), () -> result.errors().toString());
        List<ListProblems.Listed> listed = services.listProblems().run(null, ListProblems.Filter.ALL).problems();
        assertEquals(List.of(MARKET, "建设路 8 号"), listed.stream().map(l -> l.place().name()).toList());
        assertEquals(List.of(ProblemSource.MEDIA, ProblemSource.CITIZENS), listed.stream().map(l -> l.problem().source()).toList());
        assertEquals(standard, listed.get(0).problem().standardCode());
        assertEquals(LocalDate.of(2026, 12, 21), listed.get(1).problem().deadline());
        assertEquals("城西区", listed.get(1).place().district());
        assertEquals(1, services.showProblemHistory().run(listed.get(0).problem().id()).get(0).step().photos().size());
    }

    @Test
    void aHostileWorkbookIsRefusedWholeWithEveryFaultAtItsCell() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path book = new WorkbookBuilder().sheet("问题")
                .row("来源", "点位/地址", "区县", "街道", "测评标准编号", "问题描述", "责任单位", "整改时限", "照片")
                .row("报纸", MARKET, "", "", "", "摊位外溢", "", "2026-12-20", "")
                .row("暗访", "人民路 12 号", "", "", "X-99", "", STREETS_UNIT, "下周", "不在.jpg")
                .save(temp, "hostile.xlsx");
        Messages.use("zh");

        ImportProblemWorkbook.Result result = services.importProblemWorkbook().run(book, photos);

        assertEquals(List.of(
                "问题!A2: “报纸”不是问题来源：应为媒体曝光、群众反映、领导督查、暗访或其他",
                "问题!H3: 整改时限“下周”不是日期（应写成 2026-06-30）",
                "问题!C3: 地址“人民路 12 号”须写明所在区县",
                "问题!E3: 测评标准库中没有编号为“X-99”的标准",
                "问题!F3: 须写明问题描述",
                "问题!I3: 照片文件夹 " + photos + " 中没有照片“不在.jpg”"),
                result.errors().stream().map(Messages::describe).toList());
        assertTrue(services.listProblems().run(null, ListProblems.Filter.ALL).problems().isEmpty(), "nothing is raised");
    }
}
