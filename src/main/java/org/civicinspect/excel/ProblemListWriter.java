package org.civicinspect.excel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Progress;

/**
 * 问题清单: a row per problem, grouped by 责任单位 (a heading row each), with the first photo embedded as a small
 * thumbnail, an autofilter and a frozen header. Photos that cannot be read are left out, never fail the list.
 */
public final class ProblemListWriter {

    /** One problem: where, what, who must fix it, and its photos' files. */
    public record Problem(String unit, String district, String street, String site, String siteType, String standardCode,
                          String standardText, String description, List<Path> photos) {
        public Problem {
            photos = List.copyOf(photos);
        }
    }

    private static final String[] HEADER = {"序号", "区县", "街道", "点位", "点位类型", "测评标准", "问题描述", "照片"};
    private static final int[] WIDTHS = {5, 9, 12, 18, 10, 36, 28, 16};
    private static final int THUMB_WIDTH = 160;
    private static final float PHOTO_ROW_POINTS = 66;

    public void write(String title, List<Problem> problems, OutputStream out, Progress progress) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("问题清单");
            ReportStyles styles = new ReportStyles(workbook);
            CellStyle body = styles.body;
            CellStyle header = styles.header;
            CellStyle group = styles.filled(IndexedColors.LIGHT_CORNFLOWER_BLUE);
            group.setFont(styles.bold);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row headerRow = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                headerRow.createCell(c).setCellValue(HEADER[c]);
                headerRow.getCell(c).setCellStyle(header);
            }
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            Map<Path, Integer> pictures = new HashMap<>();
            int r = 2;
            int number = 0;
            String unit = null;
            for (Problem p : problems) {
                if (!p.unit().equals(unit)) {
                    unit = p.unit();
                    Row unitRow = sheet.createRow(r++);
                    long count = problems.stream().filter(x -> x.unit().equals(p.unit())).count();
                    unitRow.createCell(0).setCellValue((p.unit().isEmpty() ? "（未填责任单位）" : p.unit()) + "　共 " + count + " 个问题");
                    for (int c = 0; c < HEADER.length; c++) {
                        if (unitRow.getCell(c) == null) {
                            unitRow.createCell(c);
                        }
                        unitRow.getCell(c).setCellStyle(group);
                    }
                }
                Row row = sheet.createRow(r);
                String[] values = {String.valueOf(++number), p.district(), p.street(), p.site(), p.siteType(),
                    p.standardCode() + " " + p.standardText(), p.description(), ""};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                    row.getCell(c).setCellStyle(body);
                }
                RowHeights.fit(row, values, WIDTHS, 1);
                Integer picture = p.photos().isEmpty() ? null : pictures.computeIfAbsent(p.photos().get(0), f -> thumbnail(workbook, f));
                if (picture != null && picture >= 0) {
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), PHOTO_ROW_POINTS));
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(HEADER.length - 1);
                    anchor.setRow1(r);
                    anchor.setCol2(HEADER.length);
                    anchor.setRow2(r + 1);
                    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
                    drawing.createPicture(anchor, picture);
                }
                r++;
                if (number % 100 == 0) {
                    progress.update(number, problems.size());
                    progress.checkCancelled();
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADER.length - 1));
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            workbook.write(out);
        }
    }

    /** The photo scaled down to a thumbnail JPEG and added to the workbook; -1 when it cannot be read. */
    private static int thumbnail(XSSFWorkbook workbook, Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                return -1;
            }
            int width = Math.min(THUMB_WIDTH, image.getWidth());
            int height = Math.max(1, image.getHeight() * width / image.getWidth());
            BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", bytes);
            return workbook.addPicture(bytes.toByteArray(), Workbook.PICTURE_TYPE_JPEG);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
