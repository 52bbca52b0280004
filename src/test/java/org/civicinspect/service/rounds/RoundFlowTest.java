package org.civicinspect.service.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing a round as the office does: create, draw, assign, adjust, print. */
class RoundFlowTest {

    @TempDir Path temp;
    private Services services;
    private IndicatorTree sampleSet;

    @BeforeEach
    void workspaceWithSetSitesAndTeams() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        sampleSet = services.importSampleIndicatorSet().run(Progress.NONE).tree();
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "13800000001", Role.INSPECTOR, "第一组");
        services.addPerson().run("李娜", "", Role.INSPECTOR, "第一组");
        services.addPerson().run("王强", "", Role.INSPECTOR, "第二组");
        services.addPerson().run("赵敏", "", Role.INSPECTOR, "第二组");
        services.addPerson().run("陈主任", "", Role.SUPERVISOR, null);
    }

    private Round create(String name) {
        return services.createRound().run(name, "latest", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), "");
    }

    @Test
    void drawAssignAndPrintBlankChecklists() throws Exception {
        Round round = create("2026年第12期双周督查");
        SamplingPlan plan = new SamplingPlan(List.of(new Quota("主次干道", "城东区", 1), new Quota("公园", null, 1),
                new Quota("小区", null, 1)), 0, 42);
        DrawRoundSample.Result draw = services.drawRoundSample().run(round.name(), plan);
        assertEquals(3, draw.drawn().stream().filter(d -> d.reason() == DrawReason.MUST_CHECK).count());
        assertEquals(6, draw.drawn().size());

        RoundDetails assigned = services.assignTeams().run(round.name(), List.of());
        assertTrue(assigned.drawn().stream().allMatch(d -> d.team() != null));
        assertEquals(List.of("第一组", "第二组"), List.copyOf(assigned.teamLoads().keySet()));
        int total = assigned.drawn().stream().mapToInt(assigned::load).sum();
        assertEquals(total, assigned.teamLoads().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(plan, assigned.plan());

        DrawnSite hospital = assigned.drawn().stream().filter(d -> d.site().name().equals("市第一人民医院")).findFirst().orElseThrow();
        String otherTeam = hospital.team().equals("第一组") ? "第二组" : "第一组";
        RoundDetails moved = services.assignTeams().move(round.name(), "市第一人民医院", otherTeam);
        assertEquals(otherTeam, moved.drawn().stream().filter(d -> d.site().name().equals("市第一人民医院")).findFirst().orElseThrow().team());

        Path out = temp.resolve("blank.xlsx");
        assertEquals(6, services.exportBlankChecklists().run(round.name(), out, Progress.NONE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals(7, workbook.getNumberOfSheets());
            Sheet record = workbook.getSheetAt(0);
            assertEquals("抽签结果", record.getSheetName());
            assertTrue(record.getRow(2).getCell(0).getStringCellValue().contains("随机种子：42"));
            assertEquals(4 + 6, record.getLastRowNum());
            List<String> teamsInOrder = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (sheet == record) {
                    continue;
                }
                assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("2026年第12期双周督查"));
                String team = sheet.getSheetName().contains("第一组") ? "第一组" : "第二组";
                teamsInOrder.add(team);
                assertEquals("结果", sheet.getRow(4).getCell(6).getStringCellValue());
                String siteLine = sheet.getRow(1).getCell(0).getStringCellValue();
                String type = siteLine.replaceAll(".*类型：([^\u3000]+).*", "$1");
                long standards = sampleSet.standards().filter(s -> s.appliesTo(type)).count();
                assertEquals(standards, sheet.getLastRowNum() - 4 - 2, sheet.getSheetName());
                assertTrue(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue().startsWith("测评员签名"));
            }
            assertEquals(teamsInOrder.stream().sorted().toList(), teamsInOrder);
        }
    }

    @Test
    void aRoundWithAnswersIsNeverDrawnAgainSoNoAnswerIsDropped() {
        Round round = create("已开评的轮次");
        SamplingPlan plan = new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 7);
        DrawnSite first = services.drawRoundSample().run(round.name(), plan).drawn().get(0);
        services.assignTeams().run(round.name(), List.of());
        Standard standard = services.openInspection().run(round.id(), first.site().id()).standards().get(0);
        services.recordFinding().run(new RecordFinding.Request(round.id(), first.site().id(), standard.code(),
                Answer.notApplicable(), "", List.of(), "张伟"));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.drawRoundSample().run(round.name(),
                new SamplingPlan(List.of(new Quota("公园", null, 2)), 0, 8)));

        assertEquals("round.hasAnswers", refused.messageKey());
        assertEquals(1, services.openInspection().run(round.id(), first.site().id()).findings().size(), "the answer is kept");
        assertTrue(services.showRound().run(round.name()).drawn().stream().anyMatch(d -> d.site().id().equals(first.site().id())));
    }

    @Test
    void theSameSeedGivesTheSameDrawAndTheDrawIsStoredWithItsPlan() {
        create("甲轮");
        create("乙轮");
        SamplingPlan plan = new SamplingPlan(List.of(new Quota("背街小巷", null, 1), new Quota("交通路口", null, 1)), 0, 7);
        List<DrawnSite> first = services.drawRoundSample().run("甲轮", plan).drawn();
        List<DrawnSite> second = services.drawRoundSample().run("乙轮", plan).drawn();
        assertEquals(first, second);
        assertEquals(plan, services.showRound().run("甲轮").plan());
    }

    @Test
    void threeHundredDrawnSitesAmongFifteenTeamsStayWithinFifteenPercent() {
        Random random = new Random(1);
        List<String> types = sampleSet.siteTypes();
        List<Site> registry = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String district = "区" + (1 + random.nextInt(6));
            registry.add(new Site(UUID.randomUUID().toString(), "生成点位" + i, types.get(random.nextInt(types.size())), district,
                    district + "街道" + random.nextInt(8), "", "", "", "", null, null, false, true));
        }
        services.workspace().write(c -> {
            c.sites().save(registry, List.of(), Instant.parse("2026-11-01T00:00:00Z"));
            return null;
        });
        for (int t = 3; t <= 15; t++) {
            services.addPerson().run("测评员" + t + "甲", "", Role.INSPECTOR, "第" + t + "组");
            services.addPerson().run("测评员" + t + "乙", "", Role.INSPECTOR, "第" + t + "组");
        }
        create("大轮次");
        List<Quota> quotas = types.stream().map(type -> new Quota(type, null, 20)).toList();
        DrawRoundSample.Result draw = services.drawRoundSample().run("大轮次", new SamplingPlan(quotas, 0, 3));
        assertTrue(draw.drawn().size() >= 300, "drew " + draw.drawn().size());
        RoundDetails details = services.assignTeams().run("大轮次", List.of());
        Collection<Integer> loads = details.teamLoads().values();
        assertEquals(15, loads.size());
        int heaviest = loads.stream().max(Integer::compare).orElseThrow();
        int lightest = loads.stream().min(Integer::compare).orElseThrow();
        assertTrue(heaviest <= lightest * 1.15, heaviest + " vs " + lightest);
    }

    @Test
    void badRequestsSayWhy() {
        create("甲轮");
        assertEquals("round.nameTaken", assertThrows(RequestRefused.class, () -> create("甲轮")).messageKey());
        assertEquals("round.notFound", assertThrows(RequestRefused.class, () -> services.showRound().run("无此轮")).messageKey());
        assertEquals("round.unknownQuotaType", assertThrows(RequestRefused.class, () -> services.drawRoundSample()
                .run("甲轮", new SamplingPlan(List.of(new Quota("火星基地", null, 1)), 0, 1))).messageKey());
        assertEquals("round.notDrawn", assertThrows(RequestRefused.class,
                () -> services.assignTeams().run("甲轮", List.of())).messageKey());
        assertEquals("round.endBeforeStart", assertThrows(RequestRefused.class, () -> services.createRound()
                .run("乙轮", "latest", LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1), "")).messageKey());
    }
}
