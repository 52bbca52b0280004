package org.civicinspect.model;

/**
 * What a workspace is for: the office that plans, merges and reports, an inspector's field laptop, or a unit (责任单位)
 * that files its materials itself; a unit's workspace is made by taking in the office's unit task package.
 */
public enum WorkspaceRole {
    OFFICE, FIELD, UNIT
}
