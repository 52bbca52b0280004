package org.civicinspect.excel;

import java.util.List;
import java.util.Locale;

/** The columns of a questionnaire workbook's question sheet, each with the header names it is known by. */
enum QuestionColumn {
    CODE("题号", "题目编号", "问题编号", "code", "questioncode"),
    TEXT("题目", "问题", "题干", "question", "text"),
    KIND("题型", "题目类型", "kind", "type"),
    SCREENING("甄别题", "甄别", "screening"),
    ASKED_WHEN("跳题条件", "跳题", "前置条件", "询问条件", "askedwhen", "skiprule"),
    INDEX("指数", "测评指数", "所属指数", "index"),
    WEIGHT("权重", "weight"),
    STANDARDS("对应测评标准", "测评标准", "标准编码", "standards", "standardcodes");

    private final List<String> aliases;

    QuestionColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static QuestionColumn forHeader(String cellText) {
        String key = key(cellText);
        for (QuestionColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }

    /** Headers compare as the indicator workbook's do, and English ones without regard to case. */
    static String key(String cellText) {
        return CellText.headerKey(cellText).toLowerCase(Locale.ROOT);
    }
}
