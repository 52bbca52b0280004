package org.civicinspect.gui.probea;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
public final class ScreenA {

    Object use(org.civicinspect.gui.probeb.ScreenB other) { return other; }
}
