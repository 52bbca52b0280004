package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;

/** Writes sites in our template, which {@link SiteWorkbookReader} reads back unchanged; streams large lists. */
public final class SiteWorkbookWriter {

    static final List<SiteColumn> TEMPLATE_COLUMNS = List.of(SiteColumn.DISTRICT, SiteColumn.STREET, SiteColumn.COMMUNITY,
            SiteColumn.NAME, SiteColumn.TYPE, SiteColumn.ADDRESS, SiteColumn.RESPONSIBLE_UNIT, SiteColumn.PARTNER_UNIT,
            SiteColumn.PARTNER_LEADER, SiteColumn.LONGITUDE, SiteColumn.LATITUDE, SiteColumn.MUST_CHECK, SiteColumn.STATUS);
    private static final int[] WIDTHS = {10, 12, 12, 24, 12, 24, 20, 16, 12, 11, 11, 7, 7};

    public void write(String title, List<Site> sites, OutputStream out, Progress progress) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(SiteWorkbookReader.TEMPLATE_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < TEMPLATE_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TEMPLATE_COLUMNS.get(c).templateName());
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (Site site : sites) {
                Row row = sheet.createRow(r++);
                String[] values = {site.district(), site.street(), site.community(), site.name(), site.siteType(), site.address(),
                    site.responsibleUnit(), site.partnerUnit(), site.partnerLeader(), null, null, site.mustCheck() ? "是" : "", site.active() ? "在用" : "停用"};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
                if (site.longitude() != null) {
                    row.createCell(TEMPLATE_COLUMNS.indexOf(SiteColumn.LONGITUDE)).setCellValue(site.longitude().toPlainString());
                    row.createCell(TEMPLATE_COLUMNS.indexOf(SiteColumn.LATITUDE)).setCellValue(site.latitude().toPlainString());
                }
                if (r % 1000 == 0) {
                    progress.update(r, sites.size());
                    progress.checkCancelled();
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, TEMPLATE_COLUMNS.size() - 1));
            workbook.write(out);
        }
    }
}
