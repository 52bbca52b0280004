package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our site template: a title, the header, one row per site; the reader takes it back unchanged. */
class SiteWorkbookWriterTest {

    @TempDir Path temp;

    private Path write(List<Site> sites, Progress progress) throws Exception {
        return Xlsx.write(temp, "点位.xlsx", out -> new SiteWorkbookWriter().write("XX市测评点位清单", sites, out, progress));
    }

    private static List<Site> many(int count) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sites.add(new Site(null, "点位" + i, "公园", "城东区", "", "", "", "", "", null, null, false, true));
        }
        return sites;
    }

    @Test
    void writesTheTitleTheHeaderAndOneRowPerSite() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(Samples.park(), Samples.market()), Progress.NONE))) {
            assertEquals(List.of("点位清单"), Xlsx.sheetNames(workbook));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("XX市测评点位清单", text(sheet, "A1"));
            assertEquals(List.of("区县", "街道", "社区", "点位名称", "点位类型", "地址", "责任单位", "包联单位", "包联领导", "经度", "纬度", "必查点", "状态"),
                    Xlsx.row(sheet, 2));
            assertEquals(List.of("城东区", "东湖街道", "幸福社区", "幸福公园", "公园", "幸福路1号", "城东区城管局", "东湖街道办", "王副区长", "104.0668", "30.5728",
                    "是", "在用"), Xlsx.row(sheet, 3));
            assertEquals(List.of("城西区", "", "", "东门农贸市场", "农贸市场", "", "", "", "", "", "", "", "停用"), Xlsx.row(sheet, 4));
            assertTrue(Xlsx.blank(sheet, "J4"), "no coordinates, no cell");
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen below the header");
            assertEquals("A2:M4", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void theReaderTakesBackTheSameSites() throws Exception {
        List<Site> sites = List.of(Samples.park(), Samples.market());
        SiteWorkbookContent content = new SiteWorkbookReader(List.of("公园", "农贸市场")).read(WorkbookFiles.read(write(sites, Progress.NONE)), Progress.NONE);
        assertEquals(List.of(), content.errors());
        assertEquals(sites.stream().map(s -> s.withId(null)).toList(), content.sites());
    }

    @Test
    void anEmptyListStillWritesTheHeader() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(), Progress.NONE))) {
            assertEquals("点位名称", text(workbook.getSheetAt(0), "D2"));
            assertEquals(1, workbook.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void aLongListReportsItsProgressAndStopsWhenCancelled() throws Exception {
        List<Long> done = new ArrayList<>();
        Path written = write(many(2500), (d, total) -> {
            done.add(d);
            assertEquals(2500, total);
        });
        assertEquals(2, done.size(), "every thousand rows");
        assertTrue(done.get(0) < done.get(1) && done.get(1) <= 2500, done.toString());
        try (XSSFWorkbook workbook = Xlsx.open(written)) {
            assertEquals("点位2499", text(workbook.getSheetAt(0), "D2502"));
        }

        Progress cancelled = new Progress() {
            @Override
            public void update(long d, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (var out = Files.newOutputStream(temp.resolve("cancelled.xlsx"))) {
            assertThrows(CancellationException.class, () -> new SiteWorkbookWriter().write("t", many(1500), out, cancelled));
        }
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new SiteWorkbookWriter().write("XX市测评点位清单",
                List.of(Samples.park(), Samples.market()), out, Progress.NONE));
    }
}
