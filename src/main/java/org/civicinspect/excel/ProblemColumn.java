package org.civicinspect.excel;

import java.util.List;
import java.util.Locale;

/** The columns of a problem workbook (问题来源导入), each with the header names it is known by; the first is our template's. */
public enum ProblemColumn {
    SOURCE("来源", "问题来源", "source"),
    PLACE("点位/地址", "点位", "地址", "点位名称", "问题地点", "地点", "place", "site", "address"),
    DISTRICT("区县", "区", "区域", "所属区县", "district"),
    STREET("街道", "街镇", "乡镇街道", "所属街道", "street"),
    STANDARD("测评标准编号", "标准编号", "测评标准", "standard"),
    DESCRIPTION("问题描述", "描述", "问题内容", "description"),
    UNIT("责任单位", "整改责任单位", "unit"),
    DEADLINE("整改时限", "整改期限", "期限", "时限", "deadline"),
    PHOTOS("照片", "图片", "照片文件", "photos");

    static final List<ProblemColumn> REQUIRED = List.of(SOURCE, PLACE, DESCRIPTION, DEADLINE);

    private final List<String> aliases;

    ProblemColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    public String templateName() {
        return aliases.get(0);
    }

    static ProblemColumn forHeader(String cellText) {
        String key = CellText.headerKey(cellText).toLowerCase(Locale.ROOT);
        for (ProblemColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
