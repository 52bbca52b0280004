package org.civicinspect.gui.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class ScreenReadsAPackage {

    Object use(java.nio.file.Path keys) { return org.civicinspect.exchange.DeviceKey.loadOrCreate(keys); }
}
