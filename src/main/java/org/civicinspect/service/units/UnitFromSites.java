package org.civicinspect.service.units;

/** A unit that sites name (as 责任单位 or 包联单位) but the registry does not hold yet, with how many sites name it. */
public record UnitFromSites(String name, int sites) {
}
