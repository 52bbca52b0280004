package org.civicinspect.model;

/** 准备中 → 测评中 → 审核中 → 已完成. */
public enum RoundStatus {
    PREPARING, INSPECTING, REVIEWING, DONE
}
