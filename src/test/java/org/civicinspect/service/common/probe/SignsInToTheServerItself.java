package org.civicinspect.service.common.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class SignsInToTheServerItself {

    Object use(com.zaxxer.hikari.HikariConfig config, org.postgresql.PGProperty property) { return config + property.getName(); }
}
