package org.civicinspect.service.library;

import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;

/** A set version together with its tree. */
public record LoadedIndicatorSet(IndicatorSet set, IndicatorTree tree) {
}
