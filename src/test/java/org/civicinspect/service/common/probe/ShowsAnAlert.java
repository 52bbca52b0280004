package org.civicinspect.service.common.probe;

/** A probe that breaks one rule of the architecture on purpose; see ArchitectureRulesCatchProbesTest. */
final class ShowsAnAlert {

    Object use(javafx.scene.control.Alert alert) { return alert; }
}
