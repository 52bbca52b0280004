package org.civicinspect.excel;

import java.util.List;

/** The columns of a site workbook (点位清单), each with the header names cities use for it. */
enum SiteColumn {
    DISTRICT("区县", "区", "县", "县市区", "区县市"),
    STREET("街道", "镇街", "乡镇", "街镇", "镇街道"),
    COMMUNITY("社区", "村", "村社区", "社区村"),
    NAME("点位名称", "名称", "点位"),
    TYPE("点位类型", "类型"),
    ADDRESS("地址", "详细地址", "点位地址"),
    RESPONSIBLE_UNIT("责任单位", "主管单位"),
    PARTNER_UNIT("包联单位", "包保单位"),
    PARTNER_LEADER("包联领导", "包保领导", "联系领导", "包联市领导"),
    LONGITUDE("经度"),
    LATITUDE("纬度"),
    MUST_CHECK("必查点", "必查"),
    STATUS("状态");

    private final List<String> aliases;

    SiteColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static SiteColumn forHeader(String cellText) {
        String key = CellText.headerKey(cellText);
        for (SiteColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
