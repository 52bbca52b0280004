package org.civicinspect.excel;

import java.util.List;

/** The columns of a 任务分解表, each with the header names offices use for it. */
enum TaskColumn {
    CODE("测评标准编号", "标准编号", "编号", "标准编码", "测评标准编码"),
    TEXT("测评标准", "标准内容", "具体标准"),
    LEAD("牵头单位", "牵头部门"),
    SUPPORTING("配合单位", "责任单位", "配合部门"),
    DUE("完成时限", "时限", "完成时间"),
    NOTES("备注", "说明");

    private final List<String> aliases;

    TaskColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static TaskColumn forHeader(String cellText) {
        String key = CellText.headerKey(cellText);
        for (TaskColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
