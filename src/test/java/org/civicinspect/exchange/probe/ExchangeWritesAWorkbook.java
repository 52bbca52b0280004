package org.civicinspect.exchange.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class ExchangeWritesAWorkbook {

    Object use(org.civicinspect.excel.ProblemListWriter writer) { return writer; }
}
