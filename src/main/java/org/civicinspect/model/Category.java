package org.civicinspect.model;

import java.util.List;

/** 测评项目: level 1 of an indicator set. */
public record Category(String code, String name, List<Indicator> indicators) {
    public Category {
        indicators = List.copyOf(indicators);
    }
}
