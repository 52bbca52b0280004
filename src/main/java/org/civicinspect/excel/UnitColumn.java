package org.civicinspect.excel;

import java.util.List;

/** The columns of a unit directory workbook (单位名录), each with the header names offices use for it. */
enum UnitColumn {
    NAME("单位名称", "单位", "责任单位", "名称"),
    KIND("单位类型", "类型", "单位类别", "类别"),
    LEADER("主要负责人", "负责人"),
    LEADER_PHONE("主要负责人电话", "负责人电话", "主要负责人联系电话", "负责人联系电话"),
    LIAISON("联络员", "联系人"),
    LIAISON_PHONE("联络员电话", "联系人电话", "联络员联系电话", "联系电话"),
    NOTES("备注", "说明");

    private final List<String> aliases;

    UnitColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static UnitColumn forHeader(String cellText) {
        String key = CellText.headerKey(cellText);
        for (UnitColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
