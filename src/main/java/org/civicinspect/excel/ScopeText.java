package org.civicinspect.excel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReportScope;

/** A report's scope in words, for its heading and its printed page header. */
public final class ScopeText {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ScopeText() {
    }

    /** The heading line: which inspections count, which do not, and the time of the data. */
    public static String heading(ReportScope scope) {
        StringBuilder text = new StringBuilder("统计范围：");
        text.append(counted(scope));
        List<String> left = new ArrayList<>();
        if (scope.counted() == ReportScope.Counted.APPROVED) {
            left.add("待审核 " + scope.count(InspectionStatus.COMPLETED) + " 个");
        }
        left.add("进行中 " + scope.count(InspectionStatus.IN_PROGRESS) + " 个");
        left.add("已退回 " + scope.count(InspectionStatus.RETURNED) + " 个");
        left.add("未开始 " + scope.count(InspectionStatus.NOT_STARTED) + " 个");
        text.append("（未计入：").append(String.join("、", left)).append("）");
        text.append("　").append(dataTime(scope));
        return text.toString();
    }

    /**
     * Writes the heading line as row {@code r} of a sheet whose columns are {@code widths} characters wide, merged
     * across them and tall enough for its text; returns the next row.
     */
    static int headingRow(Sheet sheet, ReportStyles styles, int r, int[] widths, ReportScope scope) {
        String text = heading(scope);
        Row row = sheet.createRow(r);
        ReportStyles.cell(row, 0, styles.scope).setCellValue(text);
        if (widths.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
        }
        RowHeights.fit(row, new String[] {text}, new int[] {IntStream.of(widths).sum()}, 1);
        return r + 1;
    }

    /**
     * The printed page header, two lines short enough for a portrait page: the round and the time of the data, then how
     * many inspections are counted and how many are not yet (sites not started are left to the heading line).
     */
    public static String pageHeader(ReportScope scope) {
        boolean approvedOnly = scope.counted() == ReportScope.Counted.APPROVED;
        String approved = "已审核通过 " + scope.count(InspectionStatus.APPROVED) + " 个";
        String completed = "待审核 " + scope.count(InspectionStatus.COMPLETED) + " 个";
        String open = "进行中 " + scope.count(InspectionStatus.IN_PROGRESS) + " 个、已退回 " + scope.count(InspectionStatus.RETURNED) + " 个";
        return scope.roundName() + "　" + dataTime(scope) + "\n"
                + (approvedOnly ? "计入" + approved + "；未计入" + completed + "、" + open
                        : "计入" + approved + "、" + completed + "（逐一标注）；未计入" + open);
    }

    private static String counted(ReportScope scope) {
        String approved = "已审核通过点位 " + scope.count(InspectionStatus.APPROVED) + " 个";
        return scope.counted() == ReportScope.Counted.APPROVED ? "计入" + approved
                : "计入" + approved + "及待审核点位 " + scope.count(InspectionStatus.COMPLETED) + " 个（待审核的逐一标注，结果可能变化）";
    }

    private static String dataTime(ReportScope scope) {
        return scope.dataTime().map(t -> "数据截至 " + MINUTE.format(t)).orElse("尚无计入的测评数据");
    }
}
