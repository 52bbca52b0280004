package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused workbook exits 2 and says where and why, one line per problem, with nothing imported. */
class WorkbookImportRefusalTest {

    @TempDir Path temp;

    @Test
    void aRepeatedHeaderExitsTwoNamingBothColumns() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1")
                .row("测评项目", "测评内容", "测评标准", "分值", "适用点位", "分值")
                .row("公共环境", "环境卫生", "路面干净", 2, "公园", 3)
                .save(temp, "twice.xlsx");
        CliSession cli = new CliSession(temp.resolve("ws"));

        assertEquals(2, cli.run("--lang", "en", "indicators", "import", file.toString()));

        List<String> lines = cli.err().lines().toList();
        assertEquals("  Sheet1!F1: columns D \"分值\" and F \"分值\" are the same column: keep one of them", lines.get(lines.size() - 1), cli.err());
        assertEquals(0, cli.run("--lang", "en", "indicators", "list", "--json"));
        assertFalse(cli.out().contains("twice"), cli.out());
    }
}
