package org.civicinspect.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.model.TaskAssignment;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.materials.AddMaterialFile;
import org.civicinspect.service.materials.ListRoundMaterials;
import org.civicinspect.store.AuditLog;

/**
 * The demo city's 任务分解 and materials: city departments and the units its sites name, registered with made-up
 * contacts; every standard of the set led by a department (by the standard's 测评项目) with one or two supporting it;
 * and for the newest round a few material files, drawn here (PDFs with PDFBox, PNG charts), filed by the standards'
 * leading units. Its own random numbers, so the rest of the city is the same with or without it.
 */
final class DemoTasks {

    /** The departments that lead and support standards. */
    static final List<String> DEPARTMENTS = List.of("市委宣传部", "市文明办", "市城管局", "市住建局", "市市场监管局", "市交通运输局", "市教育局",
            "市卫健委", "市民政局", "市生态环境局");
    /** 包联单位 of the sites, by district and street. */
    static final List<String> PARTNER_UNITS = List.of("市发改委", "市财政局", "市自然资源局", "市商务局", "市文旅局", "市水务局", "市司法局");
    /** 包联领导 of the sites, by district. */
    static final List<String> PARTNER_LEADERS = List.of("陈副市长", "周副市长", "吴副市长", "郑副市长");
    /** How many of the newest round's material standards have files. */
    private static final int FILED = 8;

    private final Services services;
    private final Random random;

    DemoTasks(Services services, long seed) {
        this.services = services;
        this.random = new Random(seed * 31 + 7);
    }

    /** The 包联单位 of a site in the district and street with these indexes. */
    static String partnerUnit(int district, int street) {
        return PARTNER_UNITS.get((district * 3 + street) % PARTNER_UNITS.size());
    }

    static String partnerLeader(int district) {
        return PARTNER_LEADERS.get(district % PARTNER_LEADERS.size());
    }

    /** Registers the departments and the units the sites name, each with a 主要负责人, a 联络员 and their phones. */
    void registerUnits(Collection<String> namedOnSites) {
        List<String> units = new ArrayList<>(DEPARTMENTS);
        namedOnSites.stream().filter(u -> !u.isEmpty() && !units.contains(u)).sorted().forEach(units::add);
        for (String unit : units) {
            String kind = unit.endsWith("办事处") ? "街道" : unit.endsWith("公司") || unit.endsWith("集团") ? "企业" : "部门";
            services.saveUnit().run(new ResponsibleUnit(unit, kind, CreateDemoCity.name(random), phone(), CreateDemoCity.name(random), phone(),
                    "演示数据"));
        }
    }

    private String phone() {
        return "139" + String.format("%08d", random.nextInt(100_000_000));
    }

    /**
     * The set's 任务分解: each 测评项目's standards led by one department and supported by one or two others; two in
     * three standards with a due date after the newest round.
     */
    List<TaskAssignment> assignTasks(String setId, LocalDate after) {
        Map<String, Integer> leadOfCategory = new LinkedHashMap<>();
        List<TaskAssignment> tasks = new ArrayList<>();
        List<Standard> standards = services.checklists().tree(setId).standards().toList();
        for (int i = 0; i < standards.size(); i++) {
            Standard standard = standards.get(i);
            int lead = leadOfCategory.computeIfAbsent(category(standard.code()), c -> leadOfCategory.size() % DEPARTMENTS.size());
            List<String> supporting = new ArrayList<>();
            for (int n = 1 + random.nextInt(2); supporting.size() < n; ) {
                String other = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                if (!other.equals(DEPARTMENTS.get(lead)) && !supporting.contains(other)) {
                    supporting.add(other);
                }
            }
            LocalDate due = i % 3 == 2 ? null : after.plusMonths(1 + i % 3).withDayOfMonth(1).minusDays(1);
            tasks.add(new TaskAssignment(standard.code(), DEPARTMENTS.get(lead), supporting, due, ""));
        }
        services.workspace().write(tx -> {
            tx.taskAssignments().replace(setId, tasks);
            tx.audit().append(Audit.now(services.clock()), "演示数据", AuditLog.Action.TASKS, "set:" + setId, "demo standards=" + tasks.size());
            return null;
        });
        return tasks;
    }

    /** The 测评项目 of a standard: the first part of its code (01 of 01-02-03). */
    private static String category(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    /**
     * Files for the first material standards of the round, by the units that lead them: a PDF 工作方案 or a PNG
     * 统计图表 in turn (the first standard has both), dated in the month before the round.
     */
    void fileMaterials(Round round, List<TaskAssignment> tasks) {
        Map<String, String> leads = new LinkedHashMap<>();
        tasks.forEach(t -> leads.put(t.standardCode(), t.lead()));
        List<Standard> material = services.listRoundMaterials().run(round.id()).lines().stream().map(ListRoundMaterials.Line::standard)
                .filter(s -> leads.containsKey(s.code())).limit(FILED).toList();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("civicinspect-demo-materials");
            for (int i = 0; i < material.size(); i++) {
                Standard s = material.get(i);
                LocalDate date = round.start().minusDays(8 + i);
                if (i % 2 == 0) {
                    Path pdf = pdf(folder.resolve(s.code() + "-工作方案.pdf"), s.code(), 2 + i % 3);
                    file(round, s, leads.get(s.code()), "规范文件", "工作方案", date, pdf);
                }
                if (i % 2 == 1 || i == 0) {
                    Path png = chart(folder.resolve(s.code() + "-统计图表.png"));
                    file(round, s, leads.get(s.code()), "统计表格", "完成情况统计图", date, png);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            CreateDemoCity.deleteQuietly(folder);
        }
    }

    private void file(Round round, Standard standard, String unit, String type, String what, LocalDate date, Path file) {
        String text = standard.text().length() > 24 ? standard.text().substring(0, 24) + "…" : standard.text();
        services.addMaterialFile().run(new AddMaterialFile.Filing(round.id(), List.of(standard.code()), unit, type,
                text + "（" + what + "，演示）", date.toString(), file));
    }

    /** An A4 document of {@code pages} pages: a header band, a title, and grey lines where its text would be. */
    private Path pdf(Path file, String code, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float width = page.getMediaBox().getWidth();
                float top = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(new Color(178, 34, 34));
                    content.addRect(50, top - 90, width - 100, 6);
                    content.fill();
                    content.beginText();
                    content.setFont(bold, 18);
                    content.setNonStrokingColor(Color.BLACK);
                    content.newLineAtOffset(60, top - 75);
                    content.showText("Demo material " + code + "  (" + (p + 1) + "/" + pages + ")");
                    content.endText();
                    content.setNonStrokingColor(new Color(150, 150, 150));
                    for (int line = 0; line < 30; line++) {
                        float length = (width - 120) * (line % 7 == 6 ? 0.45f : 0.7f + random.nextFloat() * 0.3f);
                        content.addRect(60, top - 130 - line * 20, length, 7);
                    }
                    content.fill();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A bar chart of twelve months' figures, as an office's 统计图表 might show them. */
    private Path chart(Path file) throws IOException {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 800, 500);
            g.setColor(new Color(200, 200, 200));
            for (int y = 60; y <= 440; y += 76) {
                g.drawLine(60, y, 770, y);
            }
            g.setColor(new Color(40, 40, 40));
            g.drawLine(60, 440, 770, 440);
            g.drawLine(60, 40, 60, 440);
            Function<Integer, Color> colour = m -> m % 3 == 0 ? new Color(178, 34, 34) : new Color(46, 117, 182);
            for (int m = 0; m < 12; m++) {
                int height = 80 + random.nextInt(300);
                g.setColor(colour.apply(m));
                g.fillRect(80 + m * 57, 440 - height, 36, height);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
