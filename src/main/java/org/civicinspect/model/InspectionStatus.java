package org.civicinspect.model;

/** 未开始 / 进行中 / 已完成 / 已退回. */
public enum InspectionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, RETURNED
}
