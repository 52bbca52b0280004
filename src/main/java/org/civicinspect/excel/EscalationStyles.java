package org.civicinspect.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;

/**
 * 督办等级 and 整改状态 as the workbooks print them: the colour's name in its cell, 黄 lightly filled, 红 lightly filled
 * and bold so it still reads in black-and-white print.
 */
final class EscalationStyles {

    private final Map<Escalation, CellStyle> styles = new EnumMap<>(Escalation.class);

    EscalationStyles(ReportStyles report) {
        styles.put(Escalation.NONE, report.body);
        styles.put(Escalation.WHITE, report.body);
        styles.put(Escalation.YELLOW, report.filled(IndexedColors.LIGHT_YELLOW));
        CellStyle red = report.filled(IndexedColors.ROSE);
        red.setFont(report.bold);
        styles.put(Escalation.RED, red);
    }

    CellStyle of(Escalation escalation) {
        return styles.get(escalation);
    }

    static String name(Escalation escalation) {
        return switch (escalation) {
            case NONE -> "";
            case WHITE -> "白";
            case YELLOW -> "黄";
            case RED -> "红";
        };
    }

    static String name(ProblemStatus status) {
        return switch (status) {
            case TO_FIX -> "待整改";
            case FIXING -> "整改中";
            case TO_RECHECK -> "待复查";
            case CLOSED -> "已销号";
        };
    }
}
