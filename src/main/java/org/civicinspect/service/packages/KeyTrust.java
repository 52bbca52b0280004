package org.civicinspect.service.packages;

/** How the sender's key stands: known already, the first device of a registered team, confirmed now, or waiting for confirmation. */
public enum KeyTrust { KNOWN, FIRST_OF_TEAM, CONFIRMED, NEEDS_CONFIRMATION }
