package org.civicinspect.scoring.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class ScoringAsksAUseCase {

    Object use(org.civicinspect.service.Services s) { return s.clock(); }
}
