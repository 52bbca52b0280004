package org.civicinspect.excel;

import java.util.List;

/** The columns of a 包联 areas workbook (片区包联), each with the header names offices use for it (as
 * on the site workbook). */
enum PartnerAreaColumn {
    DISTRICT("区县", "区", "县", "县市区", "区县市"),
    STREET("街道", "镇街", "乡镇", "街镇", "镇街道"),
    COMMUNITY("社区", "村", "村社区", "社区村"),
    PARTNER_UNIT("包联单位", "包保单位"),
    PARTNER_LEADER("包联领导", "包保领导", "联系领导", "包联市领导");

    private final List<String> aliases;

    PartnerAreaColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static PartnerAreaColumn forHeader(String cellText) {
        String key = CellText.headerKey(cellText);
        for (PartnerAreaColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
