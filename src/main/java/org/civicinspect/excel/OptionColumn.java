package org.civicinspect.excel;

import java.util.List;

/** The columns of a questionnaire workbook's option sheet, each with the header names it is known by. */
enum OptionColumn {
    QUESTION("题号", "题目编号", "问题编号", "questioncode", "question"),
    CODE("选项代码", "选项编号", "选项编码", "optioncode", "code"),
    TEXT("选项", "选项内容", "选项文字", "option", "optiontext"),
    POSITIVE("计为正向", "正向", "正向选项", "positive"),
    NOT_READ_ALOUD("不读出", "不读", "notreadaloud"),
    INVALIDATES("作废", "无效", "问卷作废", "invalidates");

    private final List<String> aliases;

    OptionColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String templateName() {
        return aliases.get(0);
    }

    static OptionColumn forHeader(String cellText) {
        String key = QuestionColumn.key(cellText);
        for (OptionColumn column : values()) {
            if (column.aliases.contains(key)) {
                return column;
            }
        }
        return null;
    }
}
