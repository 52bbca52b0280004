package org.civicinspect.gui.probeb;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
public final class ScreenB {

    Object use(org.civicinspect.gui.probea.ScreenA other) { return other; }
}
