package org.civicinspect.service.common.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class CallsAStoredProcedure {

    Object use(java.sql.CallableStatement call) { return call; }
}
