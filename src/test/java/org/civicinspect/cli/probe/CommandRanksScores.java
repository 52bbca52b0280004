package org.civicinspect.cli.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class CommandRanksScores {

    Object use() { return org.civicinspect.scoring.Ranking.rank(java.util.Map.of()); }
}
