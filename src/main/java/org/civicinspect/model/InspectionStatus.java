package org.civicinspect.model;

/**
 * 未开始 / 进行中 / 已完成（待审核）/ 已退回 / 已通过. A completed inspection waits for review; a returned one is open
 * to its inspector again; an approved one is locked, and only a correction with a reason changes it.
 */
public enum InspectionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, RETURNED, APPROVED;

    /** Completed or approved: its answers change only through review. */
    public boolean locked() {
        return this == COMPLETED || this == APPROVED;
    }
}
