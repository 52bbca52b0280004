package org.civicinspect.model.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class ModelReadsTheWorkspace {

    Object use(org.civicinspect.store.Workspace w) { return w.folder(); }
}
