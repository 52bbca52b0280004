package org.civicinspect.gui.tasks;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;

/**
 * A small demo city whose newest round's indicator set has a 任务分解 of six standards, imported from a real 任务分解表:
 * 城管局 leads materials M0, M1 and field standard F0 and supports M2; 交通局 leads M2 and F1 and supports M0; 园林局
 * leads M3 and supports F0. The demo left every third material standard of the newest round not yet reviewed.
 */
record TaskBreakdownCity(Services services, Round round, List<Standard> materials, List<Standard> field) {

    static TaskBreakdownCity make(Path folder) throws Exception {
        Services services = TestWorkspaces.open(folder.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 2, 2, 9), Progress.NONE);
        List<Round> rounds = services.showRound().list();
        Round round = rounds.get(rounds.size() - 1);
        List<Standard> all = services.checklists().tree(round.indicatorSetId()).standards().toList();
        List<Standard> materials = all.stream().filter(Standard::material).limit(4).toList();
        List<Standard> field = all.stream().filter(s -> !s.material()).limit(2).toList();
        for (String unit : List.of("城管局", "交通局", "园林局")) {
            services.saveUnit().run(ResponsibleUnit.named(unit));
        }
        Path file = new WorkbookBuilder().sheet("任务分解")
                .row("标准编号", "测评标准", "牵头部门", "责任单位", "时限", "备注")
                .row(materials.get(0).code(), materials.get(0).text(), "城管局", "交通局", "2026-12-31", "")
                .row(materials.get(1).code(), materials.get(1).text(), "城管局", "", "2026-11-30", "")
                .row(materials.get(2).code(), materials.get(2).text(), "交通局", "城管局", "", "")
                .row(materials.get(3).code(), materials.get(3).text(), "园林局", "", "2026-10-31", "")
                .row(field.get(0).code(), field.get(0).text(), "城管局", "园林局", "", "")
                .row(field.get(1).code(), field.get(1).text(), "交通局", "", "", "")
                .save(folder, "任务分解.xlsx");
        if (!services.importTaskWorkbook().run(round.indicatorSetId(), file).ok()) {
            throw new IllegalStateException("the breakdown did not import");
        }
        return new TaskBreakdownCity(services, round, materials, field);
    }
}
