package org.civicinspect.service.packages;

/** How the sender's key stands: trusted already (confirmed before, or the key a task package was issued for), confirmed now, or waiting for confirmation. */
public enum KeyTrust { KNOWN, CONFIRMED, NEEDS_CONFIRMATION }
