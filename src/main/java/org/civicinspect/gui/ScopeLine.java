package org.civicinspect.gui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReportScope;

/** A round's scope in the user's language, as the screens show it beside their figures (the reports carry it in Chinese). */
public final class ScopeLine {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ScopeLine() {
    }

    /** 统计范围：计入已审核通过点位 5 个（未计入：待审核 3 个、进行中 2 个、已退回 0 个、未开始 1 个）　数据截至 2026-11-30 09:12 */
    public static String of(ReportScope scope) {
        boolean approvedOnly = scope.counted() == ReportScope.Counted.APPROVED;
        String counted = approvedOnly ? Messages.get("scope.approved", scope.count(InspectionStatus.APPROVED))
                : Messages.get("scope.withUnreviewed", scope.count(InspectionStatus.APPROVED), scope.count(InspectionStatus.COMPLETED));
        String left = approvedOnly
                ? Messages.get("scope.leftOut", scope.count(InspectionStatus.COMPLETED), scope.count(InspectionStatus.IN_PROGRESS),
                        scope.count(InspectionStatus.RETURNED), scope.count(InspectionStatus.NOT_STARTED))
                : Messages.get("scope.leftOutUnreviewed", scope.count(InspectionStatus.IN_PROGRESS), scope.count(InspectionStatus.RETURNED),
                        scope.count(InspectionStatus.NOT_STARTED));
        String time = scope.dataTime().map(t -> Messages.get("scope.dataTime", MINUTE.format(t))).orElse(Messages.get("scope.noData"));
        return Messages.get("scope.line", counted, left, time);
    }
}
