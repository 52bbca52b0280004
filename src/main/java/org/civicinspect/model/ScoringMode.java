package org.civicinspect.model;

/** How a standard turns an answer into points (docs/design.md §4). 不适用 is an answer, not a mode. */
public enum ScoringMode {
    /** 符合/不符合: all points or none. */
    BINARY,
    /** A/B/C/C#: a share of the points set by the indicator set's grade coefficients. */
    GRADED,
    /** 按处扣分: points minus occurrences × deduction, never below zero. */
    DEDUCTION
}
