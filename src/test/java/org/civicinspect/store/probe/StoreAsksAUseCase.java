package org.civicinspect.store.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class StoreAsksAUseCase {

    Object use(org.civicinspect.service.Services s) { return s.clock(); }
}
