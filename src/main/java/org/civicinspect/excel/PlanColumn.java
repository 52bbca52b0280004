package org.civicinspect.excel;

import java.util.List;
import java.util.Locale;

/** The columns of a survey plan workbook's sheets, each with the header names it is known by. */
enum PlanColumn {
    INTERVIEWER("访问员", "调查员", "interviewer"),
    DISTRICT("区", "区县", "区域", "district"),
    METHOD("方式", "访问方式", "调查方式", "method"),
    QUESTION("题号", "甄别题", "question"),
    OPTION("选项代码", "选项编号", "option"),
    TARGET("目标数", "目标", "样本量", "配额", "target"),
    SHARE("人口占比", "占比", "人口比例", "share");

    private final List<String> aliases;

    PlanColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static PlanColumn forHeader(String cellText) {
        String key = CellText.headerKey(cellText).toLowerCase(Locale.ROOT);
        for (PlanColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
