package org.civicinspect.model;

/** How a question of a questionnaire is answered. */
public enum QuestionKind {
    /** 单选: one option. */
    SINGLE,
    /** 多选: one or more options. */
    MULTIPLE,
    /** 评分: one option of a scale (非常满意 … 非常不满意). */
    RATING,
    /** 是否: 是 or 否 (and any option not read aloud). */
    YES_NO,
    /** 数字: a number the respondent says (age, years lived here). */
    NUMBER,
    /** 简答: a few words, never scored. */
    TEXT
}
