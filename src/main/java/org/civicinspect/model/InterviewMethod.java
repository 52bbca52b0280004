package org.civicinspect.model;

/** How a respondent was interviewed. */
public enum InterviewMethod {
    /** 入户 */
    HOME,
    /** 街访 */
    STREET,
    /** 电话 */
    PHONE
}
