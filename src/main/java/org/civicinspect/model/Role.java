package org.civicinspect.model;

/** What a person does in an evaluation. */
public enum Role {
    /** 测评员 */
    INSPECTOR,
    /** 内业 */
    OFFICE,
    /** 督查组长 */
    SUPERVISOR
}
