package org.civicinspect.service.workspace.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class MakesTheDemoCity {

    Object use(org.civicinspect.demo.CreateDemoCity demo) { return demo; }
}
