package org.civicinspect.model;

/** What a workspace is for: the office that plans, merges and reports, or an inspector's field laptop. */
public enum WorkspaceRole {
    OFFICE, FIELD
}
