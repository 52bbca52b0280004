package org.civicinspect.model;

/** Why a site is in a round's draw. */
public enum DrawReason {
    /** 必查点: always drawn. */
    MUST_CHECK,
    /** Drawn by lot to fill a quota. */
    LOT,
    /** Added to a drawn round by hand. */
    ADDED
}
