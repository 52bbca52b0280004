package org.civicinspect.service.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.survey.ImportPaperInterviews;

/**
 * A survey small enough to score on paper: the sample questionnaire (assets/sample-questionnaire.xlsx) pinned by round
 * 第1期, whose one field site 东湖路 is approved, and eight paper interviews in two districts typed in from CSV. Round
 * 第2期 has no questionnaire and no interview. The indicator set has three standards of method 问卷调查:
 * 09-01-01 (4 分, served by Q1), 09-01-02 (3 分, served by Q11) and 09-01-09 (2 分, served by no question).
 *
 * <pre>
 * 访问  区县   方式 用时   S1 S2 Q1 Q2 Q4 Q5 Q7 Q9 Q11   结论
 * A01  城东区 入户 12分  2  1  1  1  1  1  1  1  2     有效
 * A02  城东区 电话  3分  2  1  2  9  2     1  3  1     有效，需复核（短于 5分）；Q2 = 9 不清楚
 * A03  城东区 街访 10分  1  1  1                       甄别不符（S1 选 未满 18 周岁）
 * A04  城东区 入户 15分  2  1  1        9              回答不明确（Q7 选 说不清）
 * B01  城西区 入户 20分  2  1  1  2  1     2  2  4     有效（Q5 问及，未答）
 * B02  城西区 街访 10分  2  1  1                       中途放弃
 * B03  城西区 街访  8分  2  1  9  1  2  3  1  5  1     有效；Q1 = 9 不清楚；Q5 的回答不计入（Q4 = 2，跳题条件未满足）
 * B04  城西区 电话  6分  2  1  1  1  1     1  1  3     有效
 * </pre>
 *
 * The plan ({@link #plan}), once imported, sets targets that the interviews meet in some places and miss in others,
 * leaves the telephone interviews outside it, and plans a district, 城南区, and an interviewer, 赵敏, with no interview:
 *
 * <pre>
 * 样本配额   城东区 入户 2, 街访 2; 城西区 入户 2, 街访 1; 城南区 入户 3 (no 电话 anywhere)
 * 样本结构   全市 S2=1 8; 城西区 S1=2 4; 城南区 S2=1 2
 * 访问员分配 王芳 城东区 入户 2, 街访 2; 李强 城西区 入户 2, 街访 1; 赵敏 城南区 入户 3
 * </pre>
 *
 * Positive: 是否题 option 1; Q9, Q11 options 1 (非常满意) and 2 (比较满意); Q7 option 1 (支持). Valid: 城东 A01 A02, 城西 B01
 * B03 B04, the city all five. Q3, Q6, Q8, Q10 nobody answered: no rate, left out of their index.
 */
final class HandWorkedSurvey {

    static final String ROUND = "第1期";
    static final String WITHOUT_SURVEY = "第2期";
    static final String HEADER = "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1,Q2,Q4,Q5,Q7,Q9,Q11";
    static final List<String> LINES = List.of(
            "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1,1,1,1,1,1,2",
            "A02,王芳,城东区,电话,2026-11-20 10:00,2026-11-20 10:03,否,2,1,2,9,2,,1,3,1",
            "A03,王芳,城东区,街访,2026-11-20 11:00,2026-11-20 11:10,否,1,1,1,,,,,,",
            "A04,王芳,城东区,入户,2026-11-20 12:00,2026-11-20 12:15,否,2,1,1,,,,9,,",
            "B01,李强,城西区,入户,2026-11-20 09:00,2026-11-20 09:20,否,2,1,1,2,1,,2,2,4",
            "B02,李强,城西区,街访,2026-11-20 09:30,2026-11-20 09:40,是,2,1,1,,,,,,",
            "B03,李强,城西区,街访,2026-11-20 10:00,2026-11-20 10:08,否,2,1,9,1,2,3,1,5,1",
            "B04,李强,城西区,电话,2026-11-20 10:30,2026-11-20 10:36,否,2,1,1,1,1,,1,1,3");

    private HandWorkedSurvey() {
    }

    /** Imports the survey plan above for round 第1期. */
    static void plan(Services services, Path temp) throws Exception {
        Path plan = new WorkbookBuilder()
                .sheet("样本配额").row("区", "方式", "目标数")
                .row("城东区", "入户", 2).row("城东区", "街访", 2).row("城西区", "入户", 2).row("城西区", "街访", 1).row("城南区", "入户", 3)
                .sheet("样本结构").row("区", "题号", "选项代码", "目标数")
                .row("全市", "S2", "1", 8).row("城西区", "S1", "2", 4).row("城南区", "S2", "1", 2)
                .sheet("访问员分配").row("访问员", "区", "方式", "目标数")
                .row("王芳", "城东区", "入户", 2).row("王芳", "城东区", "街访", 2).row("李强", "城西区", "入户", 2).row("李强", "城西区", "街访", 1)
                .row("赵敏", "城南区", "入户", 3)
                .save(temp, "样本计划.xlsx");
        var imported = services.importSurveyPlan().run(ROUND, plan);
        if (!imported.ok()) {
            throw new IllegalStateException(imported.errors().stream().map(Messages::describe).toList().toString());
        }
    }

    static Services build(Path folder, Path temp) throws Exception {
        return build(folder, temp, false);
    }

    /**
     * As {@link #build(Path, Path)}; with {@code materials} the set also has two material standards, ZZ-01 组织机构健全
     * (材料审核, 2 分) and ZZ-02 工作台账完整 (网上申报, 2 分), which change no survey or field figure.
     */
    static Services build(Path folder, Path temp, boolean materials) throws Exception {
        Services services = TestWorkspaces.open(folder);
        WorkbookBuilder set = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", "实地考察", 4, "按处扣分（每处1分）", "主次干道")
                .row("09-01-01", "群众评价", "知晓", "市民知晓创建工作", "问卷调查", 4, "符合/不符合", "")
                .row("09-01-02", "群众评价", "满意", "市民对创建工作满意", "问卷调查", 3, "符合/不符合", "")
                .row("09-01-09", "群众评价", "其他", "市民评价其他事项", "问卷调查", 2, "符合/不符合", "");
        if (materials) {
            set.row("ZZ-01", "组织领导", "机构", "组织机构健全", "材料审核", 2, "符合/不符合", "")
                    .row("ZZ-02", "组织领导", "台账", "工作台账完整", "网上申报", 2, "符合/不符合", "");
        }
        Path indicators = set.save(temp, "体系.xlsx");
        var imported = services.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        if (!imported.errors().isEmpty()) {
            throw new IllegalStateException(imported.errors().stream().map(Messages::describe).toList().toString());
        }
        Path sites = new WorkbookBuilder().sheet("Sheet1")
                .row("区县", "街道", "点位名称", "点位类型", "责任单位", "必查点")
                .row("城东区", "东湖街道", "东湖路", "主次干道", "城管局", "是")
                .save(temp, "点位.xlsx");
        services.importSiteWorkbook().run(sites, Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        for (String interviewer : List.of("王芳", "李强", "赵敏")) {
            services.addPerson().run(interviewer, "", Role.INSPECTOR, null);
        }
        Round round = services.createRound().run(ROUND, "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        for (DrawnSite site : services.assignTeams().run(round.id(), List.of()).drawn()) {
            services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), "HJ-01", Answer.occurrences(1), "路面有垃圾",
                    List.of(), "张伟"));
            services.completeInspection().run(round.id(), site.site().id());
            TestWorkspaces.signInSupervisor(services, "陈主任");
            services.reviewInspection().approve(round.id(), site.site().id());
        }
        String questionnaire = services.importQuestionnaire().run(Path.of("assets", "sample-questionnaire.xlsx"), null, Progress.NONE)
                .questionnaire().id();
        services.pinQuestionnaire().run(ROUND, questionnaire);
        Path paper = Files.writeString(temp.resolve("纸质问卷.csv"), HEADER + "\n" + String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        ImportPaperInterviews.Result typedIn = services.importPaperInterviews().run(ROUND, paper);
        if (!typedIn.ok()) {
            throw new IllegalStateException(typedIn.errors().stream().map(Messages::describe).toList().toString());
        }
        services.createRound().run(WITHOUT_SURVEY, "latest", LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 6), "");
        return services;
    }
}
