package org.civicinspect.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Made-up street photos for the demo city: sky, buildings, a road and a few bright "problem" marks, drawn from a
 * seed so the same seed gives the same pictures. Nothing here shows a real place.
 */
final class DemoPhotos {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private DemoPhotos() {
    }

    /** Draws {@code count} photos as JPEG files in {@code folder}. */
    static List<Path> draw(Path folder, int count, long seed) {
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve("demo-photo-" + i + ".jpg");
                ImageIO.write(picture(random), "jpg", file.toFile());
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static BufferedImage picture(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = 220 + random.nextInt(80);
        g.setPaint(new GradientPaint(0, 0, new Color(120 + random.nextInt(60), 170 + random.nextInt(50), 230), 0, horizon,
                new Color(225, 235, 245)));
        g.fillRect(0, 0, WIDTH, horizon);
        for (int x = -20; x < WIDTH; x += 50 + random.nextInt(60)) {
            int height = 80 + random.nextInt(160);
            int grey = 140 + random.nextInt(90);
            g.setColor(new Color(grey, grey - random.nextInt(30), grey - random.nextInt(40)));
            g.fillRect(x, horizon - height, 40 + random.nextInt(50), height);
            g.setColor(new Color(250, 240, 200));
            for (int wy = horizon - height + 10; wy < horizon - 15; wy += 18) {
                g.fillRect(x + 8, wy, 8, 8);
            }
        }
        g.setColor(new Color(95, 95, 100));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        g.setColor(new Color(235, 235, 235));
        for (int x = 0; x < WIDTH; x += 80) {
            g.fillRect(x, horizon + (HEIGHT - horizon) / 2, 40, 6);
        }
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            g.setColor(new Color(200 + random.nextInt(55), 60 + random.nextInt(120), 30 + random.nextInt(60)));
            int size = 20 + random.nextInt(40);
            g.fillOval(random.nextInt(WIDTH - size), horizon + random.nextInt(HEIGHT - horizon - size), size, size);
        }
        g.setColor(new Color(220, 30, 30));
        g.setStroke(new java.awt.BasicStroke(5));
        int cx = 100 + random.nextInt(WIDTH - 200);
        int cy = horizon + 20 + random.nextInt(Math.max(1, HEIGHT - horizon - 120));
        g.drawOval(cx - 50, cy - 40, 100, 80);
        g.dispose();
        return image;
    }
}
