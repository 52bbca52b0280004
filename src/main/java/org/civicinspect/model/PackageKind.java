package org.civicinspect.model;

/**
 * 任务包 (office → team) and 结果包 (team → office), 单位任务包 (office → unit) and 单位回复包 (unit → office), with the
 * file ending each has.
 */
public enum PackageKind {
    TASK(".citask"), RESULT(".ciresult"), UNIT_TASK(".cipkg"), UNIT_REPLY(".cipkg");

    private final String extension;

    PackageKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
