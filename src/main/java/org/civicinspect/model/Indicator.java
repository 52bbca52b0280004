package org.civicinspect.model;

import java.util.List;

/** 测评内容: level 2 of an indicator set. */
public record Indicator(String code, String name, List<Standard> standards) {
    public Indicator {
        standards = List.copyOf(standards);
    }
}
