package org.civicinspect.excel.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class ExcelOpensTheWorkspace {

    Object use(org.civicinspect.store.Workspace w) { return w.folder(); }
}
