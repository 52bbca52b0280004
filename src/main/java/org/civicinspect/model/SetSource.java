package org.civicinspect.model;

/** Where an indicator set came from: the workbook's file name and the SHA-256 of its bytes. */
public record SetSource(String fileName, String sha256) {
}
