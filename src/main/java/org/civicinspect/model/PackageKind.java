package org.civicinspect.model;

/** 任务包 (office → team) and 结果包 (team → office), with the file ending each has. */
public enum PackageKind {
    TASK(".citask"), RESULT(".ciresult");

    private final String extension;

    PackageKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
