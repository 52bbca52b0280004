package org.civicinspect.model;

/** The kinds of answer an inspector gives to one standard. */
public enum AnswerKind {
    /** 符合 */
    MET,
    /** 不符合 */
    NOT_MET,
    /** A/B/C/C#, entered directly or derived from the number of violations. */
    GRADE,
    /** 按处扣分: the number of occurrences found. */
    OCCURRENCES,
    /** 不适用: left out of both numerator and denominator. */
    NOT_APPLICABLE
}
