package org.civicinspect.service.rounds.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class RoundsAskReports {

    Object use(org.civicinspect.service.reports.ScoreRound s) { return s; }
}
