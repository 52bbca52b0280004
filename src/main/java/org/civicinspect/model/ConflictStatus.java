package org.civicinspect.model;

/** 待裁决 or 已裁决. */
public enum ConflictStatus {
    OPEN, RESOLVED
}
