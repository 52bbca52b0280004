package org.civicinspect.excel;

import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Site;

/** One printed page of a round's blank checklists: a site, its team, and its type's standards. */
public record BlankChecklist(String roundName, String dates, String team, String teamMembers, Site site, IndicatorTree checklist) {
}
