package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.service.Services;
import org.civicinspect.service.reports.ScoreComposite;
import org.civicinspect.store.Workspace;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V38 on a workspace made before it, whose reviews kept the name of a fixed grade (COMPLETE, PARTIAL, MISSING,
 * RETURNED): each becomes its label and the coefficient it always counted with, and the composite is what it was.
 */
class MaterialGradesMigrationTest {

    @TempDir Path temp;

    @Test
    void reviewsOfAWorkspaceBeforeV38KeepTheirGradesAndScores() throws Exception {
        TestWorkspaces.assumeEmbedded("the workspace before V38 is made as an SQLite file");
        Path now = temp.resolve("now");
        Services current = new Services(Workspace.open(now), TestWorkspaces.CLOCK);
        Round june = aRoundWithFourReviews(current);
        current.workspace().close();

        Path old = Files.createDirectories(temp.resolve("old"));
        Path oldFile = old.resolve(Workspace.DATABASE_FILE);
        Flyway.configure().dataSource("jdbc:sqlite:" + oldFile, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("37").load().migrate();
        copyAsOfV37(now.resolve(Workspace.DATABASE_FILE), oldFile);
        assertEquals(List.of("M1 COMPLETE", "M2 PARTIAL", "M3 MISSING", "M4 RETURNED"), grades(oldFile), "as V27 kept them");

        Services upgraded = new Services(Workspace.open(old), TestWorkspaces.CLOCK);

        assertEquals(List.of("M1 完整 1", "M2 部分 0.5", "M3 缺失 0", "M4 退回 0"), upgraded.listRoundMaterials().run(june.name()).lines().stream()
                .flatMap(l -> l.review().stream()).map(r -> r.standardCode() + " " + r.grade().label() + " " + r.grade().coefficientText()).toList());
        CompositeScore.Part part = upgraded.scoreComposite().run(ScoreComposite.Request.of(june.name())).score().part(CompositeScore.MATERIALS);
        assertEquals(new BigDecimal("15.00"), part.points().setScale(2, RoundingMode.HALF_UP), "(5 + 2.5 + 0 + 0) / 20 × 40");
        assertEquals("测评方法为 材料审核/网上申报 的测评标准 4 条：完整 1、部分 1、缺失 1、退回 1（系数 1 / 0.5 / 0 / 0），未审核 0 条不计入", part.source());
        assertEquals("完整=1 部分=0.5 缺失=0", upgraded.showMaterialGradeScale().run(june.name()).scale().text());
    }

    private static Round aRoundWithFourReviews(Services services) throws Exception {
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("M1", "制度建设", "工作机制", "有创建工作方案", "材料审核", 5, "符合/不符合", "")
                .row("M2", "制度建设", "宣传", "网上申报宣传情况", "网上申报", 5, "符合/不符合", "")
                .row("M3", "制度建设", "统计", "有创建统计台账", "材料审核", 5, "符合/不符合", "")
                .row("M4", "制度建设", "督查", "有督查记录", "材料审核", 5, "符合/不符合", "")
                .save(services.workspace().folder().getParent(), "体系.xlsx");
        services.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        Round june = services.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
        services.recordMaterialReview().run(june.name(), "M1", "完整", "");
        services.recordMaterialReview().run(june.name(), "M2", "部分", "缺三月台账");
        services.recordMaterialReview().run(june.name(), "M3", "缺失", "");
        services.recordMaterialReview().run(june.name(), "M4", "退回", "须加盖公章");
        return june;
    }

    private static List<String> grades(Path database) throws Exception {
        List<String> grades = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT standard_code, grade FROM material_review ORDER BY standard_code")) {
            while (rs.next()) {
                grades.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return grades;
    }

    /** Copies the rows of {@code from} into the V37 database {@code to}, in V37's tables and columns, grades by their V27 names. */
    private static void copyAsOfV37(Path from, Path to) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to); Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + from + "' AS now");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                String list = String.join(", ", columns);
                s.executeUpdate("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM now." + table);
            }
            s.executeUpdate("UPDATE main.material_review SET grade = CASE grade WHEN '完整' THEN 'COMPLETE' WHEN '部分' THEN 'PARTIAL'"
                    + " WHEN '缺失' THEN 'MISSING' WHEN '退回' THEN 'RETURNED' END");
        }
    }
}
