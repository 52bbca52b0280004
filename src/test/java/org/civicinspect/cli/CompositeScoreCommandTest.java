package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.scoring.Rounding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 材料审核, 综合得分 and 回头望 as typed at a prompt, on the demo city. */
class CompositeScoreCommandTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private static Path demo;
    private static String office;
    private CliSession cli;

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @BeforeAll
    static void demoCity() throws Exception {
        demo = shared.resolve("demo");
        CliSession maker = new CliSession(demo);
        assertEquals(0, maker.run("demo", "--districts", "2", "--sites", "40", "--rounds", "2", "--inspectors", "4", "--seed", "3"));
        assertEquals(0, maker.run("people", "list", "--json"));
        for (JsonNode person : json(maker.out()).get("people")) {
            if (person.get("role").asText().equals("OFFICE")) {
                office = person.get("name").asText();
            }
        }
    }

    @BeforeEach
    void copyOfTheDemoCity() throws Exception {
        TestWorkspaces.copy(demo, temp.resolve("ws"));
        cli = new CliSession(temp.resolve("ws"));
    }

    private JsonNode materials() throws Exception {
        assertEquals(0, cli.run("materials", "list", "--round", "latest", "--json"));
        return json(cli.out()).get("standards");
    }

    private JsonNode part(JsonNode composite, String name) {
        for (JsonNode part : composite.get("parts")) {
            if (part.get("part").asText().equals(name)) {
                return part;
            }
        }
        throw new AssertionError("no part " + name);
    }

    @Test
    void materialGradesMakeTheMaterialsPartAndAFieldStandardCannotBeReviewed() throws Exception {
        JsonNode before = materials();
        List<String> ungraded = new ArrayList<>();
        before.forEach(s -> {
            if (s.get("grade").isNull()) {
                ungraded.add(s.get("code").asText());
            }
        });
        assertTrue(ungraded.size() >= 2, "the demo city leaves some material standards of its newest round to review");
        String first = ungraded.get(0);
        String second = ungraded.get(1);

        assertEquals(2, cli.run("materials", "review", "--round", "latest", "--standard", "01-01-01", "--grade", "完整", "--by", office));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains("不是材料审核或网上申报"), cli.err());
        assertEquals(2, cli.run("materials", "review", "--round", "latest", "--standard", first, "--grade", "优秀", "--by", office));
        assertTrue(cli.err().contains("应为完整、部分、缺失或退回"), cli.err());
        assertEquals(before, materials(), "nothing refused was recorded");

        assertEquals(0, cli.run("materials", "review", "--round", "latest", "--standard", first, "--grade", "完整", "--by", office));
        assertEquals(0, cli.run("materials", "review", "--round", "latest", "--standard", second, "--grade", "缺失", "--comment", "未见台账",
                "--by", office));
        JsonNode graded = materials();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        int missing = 0;
        for (JsonNode s : graded) {
            if (s.get("code").asText().equals(first)) {
                assertEquals("完整", s.get("grade").asText());
                assertEquals(office, s.get("reviewer").asText());
            }
            if (s.get("code").asText().equals(second)) {
                assertEquals("未见台账", s.get("comment").asText());
            }
            if (!s.get("grade").isNull()) {
                BigDecimal coefficient = Map.of("完整", BigDecimal.ONE, "部分", new BigDecimal("0.5"), "缺失", BigDecimal.ZERO).get(s.get("grade").asText());
                earned = earned.add(s.get("points").decimalValue().multiply(coefficient));
                possible = possible.add(s.get("points").decimalValue());
                missing += s.get("grade").asText().equals("缺失") ? 1 : 0;
            }
        }
        assertEquals(0, cli.run("materials", "list", "--round", "latest"));
        assertTrue(cli.out().contains("未审核"), cli.out());

        assertEquals(0, cli.run("score", "composite", "--round", "latest", "--json"));
        JsonNode composite = json(cli.out());
        JsonNode materialsPart = part(composite, "材料审核");
        // Σ earned / Σ points over the graded standards only: the ungraded ones count nowhere
        assertEquals(0, Rounding.percent(earned.divide(possible, MathContext.DECIMAL64)).compareTo(materialsPart.get("percent").decimalValue()),
                materialsPart.toString());
        assertTrue(materialsPart.get("explanation").asText().contains("缺失 " + missing), materialsPart.toString());
        assertTrue(materialsPart.get("explanation").asText().contains("未审核 " + (ungraded.size() - 2) + " 条不计入"), materialsPart.toString());
        assertEquals("DEFAULT", composite.get("weightsSource").asText());
        assertTrue(part(composite, "实地考察").get("explanation").asText().contains("计入已审核通过点位"));

        assertEquals(0, cli.run("score", "composite", "--round", "latest", "--minors-score", "80"));
        assertTrue(cli.out().contains("未成年人思想道德建设 80.00 < 85，未达标"), cli.out());
        assertTrue(cli.out().contains("综合得分 = "), cli.out());
    }

    @Test
    void weightsNotAddingUpToAHundredAreRefusedInOneSentence() throws Exception {
        assertEquals(2, cli.run("score", "composite", "--round", "latest", "--weights", "40,40,30"));
        assertEquals("权重“40,40,30”合计不是 100：材料、实地、问卷三部分权重须为不小于 0 的数且合计 100", cli.err().strip());
        assertEquals(2, cli.run("score", "weights", "--round", "latest", "50,50,10", "--by", office));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertEquals(2, cli.run("score", "composite", "--round", "latest", "--cycle-weights", "15,25,50"));
        assertTrue(cli.err().contains("合计不是 100"), cli.err());
        assertEquals(2, cli.run("--lang", "en", "score", "composite", "--round", "latest", "--weights", "forty,40,20"));
        assertEquals("The value \"forty,40,20\" of --weights is not a number", cli.err().strip());

        assertEquals(0, cli.run("score", "weights", "--round", "latest", "30,50,20", "--gate", "90", "--by", office));
        assertEquals(0, cli.run("score", "composite", "--round", "latest", "--json"));
        JsonNode composite = json(cli.out());
        assertEquals("SET", composite.get("weightsSource").asText());
        assertEquals(50, part(composite, "实地考察").get("weight").asInt());
        assertEquals(90, composite.get("gate").get("threshold").asInt());

        assertEquals(0, cli.run("score", "composite", "--round", "latest", "--weights", "40,40,20", "--cycle-weights", "15,25,60", "--json"));
        assertFalse(cli.out().contains("E+"), "exact decimals are written plain: " + cli.out());
        assertEquals("40", part(json(cli.out()), "材料审核").get("weight").toString());
        JsonNode cycle = json(cli.out()).get("cycle");
        assertTrue(cycle.get("formula").asText().startsWith("周期预计 = (15 × "), cycle.toString());
        assertTrue(cycle.get("formula").asText().contains("第2年、第3年 尚未测评"), cycle.toString());
    }

    @Test
    void lookbackListsTheStandardsFurthestBelowFullMarksOrderedByTheCompositePointsTheyLose() throws Exception {
        assertEquals(0, cli.run("materials", "list", "--round", "latest", "--json"));
        String material = json(cli.out()).get("standards").get(0).get("code").asText();
        assertEquals(0, cli.run("materials", "review", "--round", "latest", "--standard", material, "--grade", "部分", "--comment", "缺少年度总结",
                "--by", office));
        Path out = temp.resolve("回头望.xlsx");
        assertEquals(0, cli.run("report", "lookback", "--round", "latest", "--include-unreviewed", "--json", out.toString()));
        JsonNode lines = json(cli.out()).get("lines");
        assertTrue(lines.size() > 1, cli.out());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).get("compositeLost").decimalValue().compareTo(lines.get(i).get("compositeLost").decimalValue()) >= 0,
                    "ordered by the composite points lost");
        }
        boolean materialListed = false;
        for (JsonNode line : lines) {
            materialListed |= line.get("code").asText().equals(material) && line.get("missing").asText().equals("材料部分：缺少年度总结");
        }
        assertTrue(materialListed, cli.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheet("回头望").getRow(3);
            assertEquals(List.of("牵头单位", "配合单位"), List.of(header.getCell(11).getStringCellValue(), header.getCell(12).getStringCellValue()));
            assertEquals(lines.size(), workbook.getSheet("回头望").getLastRowNum() - 3);
        }
    }
}
