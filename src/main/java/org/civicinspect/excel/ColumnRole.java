package org.civicinspect.excel;

import java.util.List;

/** The columns an indicator workbook may have, each with the header names cities use for it. */
enum ColumnRole {
    CATEGORY_CODE("测评项目编码", "项目编码", "一级指标编码"),
    CATEGORY("测评项目", "一级指标", "项目"),
    INDICATOR_CODE("测评内容编码", "内容编码", "指标编码", "二级指标编码"),
    INDICATOR("测评内容", "二级指标", "指标名称", "指标"),
    STANDARD_CODE("标准编码", "编码", "代码", "序号", "编号", "三级指标编码"),
    STANDARD("测评标准", "三级指标", "具体标准", "标准内容", "考察内容", "考察内容和要求"),
    METHOD("测评方法", "考察方式", "测评方式"),
    POINTS("分值", "标准分", "分数"),
    SCORING("计分方式", "评分方式"),
    SITE_TYPES("适用点位", "点位类型", "考察点位", "测评点位"),
    NEGATIVE_LIST("负面清单"),
    OBSERVATION_RULE("观察规则", "判定说明", "备注");

    private final List<String> aliases;

    ColumnRole(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The name our template writes. */
    String templateName() {
        return aliases.get(0);
    }

    static ColumnRole forHeader(String cellText) {
        String key = CellText.headerKey(cellText);
        for (ColumnRole role : values()) {
            if (role.aliases.contains(key)) {
                return role;
            }
        }
        return null;
    }
}
