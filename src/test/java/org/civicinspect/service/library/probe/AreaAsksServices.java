package org.civicinspect.service.library.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class AreaAsksServices {

    Object use(org.civicinspect.service.Services s) { return s.clock(); }
}
