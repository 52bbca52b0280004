package org.civicinspect.model;

import java.util.Objects;

/**
 * 责任单位: a unit in the registry (单位名录) that sites name and standards are assigned to, with the people to reach in
 * it. {@code kind} is as offices write it (部门, 街道, 社区, 物业, 其他 …); every field but the name may be empty.
 */
public record ResponsibleUnit(String name, String kind, String leader, String leaderPhone, String liaison, String liaisonPhone,
                              String notes) {

    public ResponsibleUnit {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? "" : kind;
        leader = leader == null ? "" : leader;
        leaderPhone = leaderPhone == null ? "" : leaderPhone;
        liaison = liaison == null ? "" : liaison;
        liaisonPhone = liaisonPhone == null ? "" : liaisonPhone;
        notes = notes == null ? "" : notes;
    }

    /** A unit known by its name alone, as sites name it. */
    public static ResponsibleUnit named(String name) {
        return new ResponsibleUnit(name, "", "", "", "", "", "");
    }
}
