package org.civicinspect.service.reports;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;

/**
 * A city small enough to score on paper: four standards, six must-check sites, two approved rounds.
 *
 * <pre>
 * HJ-01 路面干净 4 分 按处扣分（每处1分） 主次干道、公园      公共环境
 * HJ-02 设施完好 2 分 符合/不符合          主次干道、公园      公共环境
 * HJ-03 无乱张贴 2 分 符合/不符合          主次干道            公共环境
 * ZX-01 秩序良好 3 分 A/B/C/C#（B = 0.66, C = 0.33）  公园   公共秩序
 *
 * site           type      district street    unit     第1期                         第2期
 * 东湖路         主次干道  城东区   东湖街道  城管局   3处 符合 符合 = 1+2+2 = 5/8   0处 符合 符合 = 8/8
 * 新桥路         主次干道  城东区   新桥街道  城管局   0处 符合 符合 = 8/8           6处 不符合 符合 = 0+0+2 = 2/8
 * 西山路         主次干道  城西区   西山街道  交通局   0处 不符合 符合 = 6/8         0处 不适用 符合 = 6/6
 * 东湖公园       公园      城东区   东湖街道  园林局   0处 符合 2处→C = 4+2+0.99 = 6.99/9   0处 符合 B = 4+2+1.98 = 7.98/9
 * 西山公园       公园      城西区   西山街道  园林局   1处 符合 A = 3+2+3 = 8/9      0处 不符合 A = 4+0+3 = 7/9
 * 北湖公园       公园      城西区   西山街道  园林局   all 不适用                    all 不适用
 * </pre>
 *
 * A failing answer's note is its site and standard (新桥路HJ-01问题); 新桥路's HJ-01 in the second round has a photo.
 * Problems are due 7 days after their round ends: the first round's on 2026-10-16, the second's on 2026-10-30.
 */
public final class HandWorkedCity {

    public static final String FIRST = "第1期";
    public static final String SECOND = "第2期";

    private HandWorkedCity() {
    }

    /** Builds the city in {@code folder} and returns its services (the fixed test clock). */
    public static Services build(Path folder, Path temp) throws Exception {
        Services services = TestWorkspaces.open(folder);
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", "实地考察", 4, "按处扣分（每处1分）", "主次干道、公园")
                .row("HJ-02", "公共环境", "环境卫生", "设施完好", "实地考察", 2, "符合/不符合", "主次干道、公园")
                .row("HJ-03", "公共环境", "环境卫生", "无乱张贴", "实地考察", 2, "符合/不符合", "主次干道")
                .row("ZX-01", "公共秩序", "秩序", "秩序良好", "实地考察", 3, "A/B/C/C#", "公园")
                .save(temp, "体系.xlsx");
        services.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        Path sites = new WorkbookBuilder().sheet("Sheet1")
                .row("区县", "街道", "点位名称", "点位类型", "责任单位", "必查点")
                .row("城东区", "东湖街道", "东湖路", "主次干道", "城管局", "是")
                .row("城东区", "新桥街道", "新桥路", "主次干道", "城管局", "是")
                .row("城西区", "西山街道", "西山路", "主次干道", "交通局", "是")
                .row("城东区", "东湖街道", "东湖公园", "公园", "园林局", "是")
                .row("城西区", "西山街道", "西山公园", "公园", "园林局", "是")
                .row("城西区", "西山街道", "北湖公园", "公园", "园林局", "是")
                .save(temp, "点位.xlsx");
        services.importSiteWorkbook().run(sites, Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        Path png = temp.resolve("新桥路.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String photo = services.addPhoto().run(png);
        Answer na = Answer.notApplicable();
        round(services, FIRST, LocalDate.of(2026, 10, 5), Map.of(
                "东湖路", Map.of("HJ-01", Answer.occurrences(3), "HJ-02", Answer.met(), "HJ-03", Answer.met()),
                "新桥路", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", Answer.met(), "HJ-03", Answer.met()),
                "西山路", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", Answer.notMet(), "HJ-03", Answer.met()),
                "东湖公园", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", Answer.met(), "ZX-01", Answer.violations(2)),
                "西山公园", Map.of("HJ-01", Answer.occurrences(1), "HJ-02", Answer.met(), "ZX-01", Answer.grade(Grade.A)),
                "北湖公园", Map.of("HJ-01", na, "HJ-02", na, "ZX-01", na)), "");
        round(services, SECOND, LocalDate.of(2026, 10, 19), Map.of(
                "东湖路", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", Answer.met(), "HJ-03", Answer.met()),
                "新桥路", Map.of("HJ-01", Answer.occurrences(6), "HJ-02", Answer.notMet(), "HJ-03", Answer.met()),
                "西山路", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", na, "HJ-03", Answer.met()),
                "东湖公园", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", Answer.met(), "ZX-01", Answer.grade(Grade.B)),
                "西山公园", Map.of("HJ-01", Answer.occurrences(0), "HJ-02", Answer.notMet(), "ZX-01", Answer.grade(Grade.A)),
                "北湖公园", Map.of("HJ-01", na, "HJ-02", na, "ZX-01", na)), photo);
        return services;
    }

    /** A round of every must-check site, answered, completed and approved; {@code photo} (if any) goes with 新桥路's HJ-01. */
    private static void round(Services services, String name, LocalDate start, Map<String, Map<String, Answer>> answers, String photo) {
        Round round = services.createRound().run(name, "latest", start, start.plusDays(4), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        List<DrawnSite> drawn = services.assignTeams().run(round.id(), List.of()).drawn();
        for (DrawnSite site : drawn) {
            answers.get(site.site().name()).forEach((code, answer) -> services.recordFinding().run(new RecordFinding.Request(round.id(),
                    site.site().id(), code, answer, answer.failing() ? site.site().name() + code + "问题" : "",
                    !photo.isEmpty() && site.site().name().equals("新桥路") && code.equals("HJ-01") ? List.of(photo) : List.of(), "张伟")));
            services.completeInspection().run(round.id(), site.site().id());
            TestWorkspaces.signInSupervisor(services, "陈主任");
            services.reviewInspection().approve(round.id(), site.site().id());
        }
    }
}
