package org.civicinspect.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Standard;
import org.civicinspect.store.IndicatorSetRepository;
import org.civicinspect.store.Workspace;

/**
 * The standards a site type checks in a set version. Stored sets never change, so a tree read once is kept
 * for the life of the workspace; scoring an answer then needs no reading of the library.
 */
final class Checklists {

    private final Workspace workspace;
    private final Map<String, IndicatorTree> trees = new ConcurrentHashMap<>();

    Checklists(Workspace workspace) {
        this.workspace = workspace;
    }

    IndicatorTree tree(String setId) {
        return trees.computeIfAbsent(setId, id -> workspace.read(c -> new IndicatorSetRepository().loadTree(c, id)));
    }

    IndicatorTree forSiteType(String setId, String siteType) {
        return tree(setId).filtered(s -> s.appliesTo(siteType));
    }

    List<Standard> standards(String setId, String siteType) {
        return forSiteType(setId, siteType).standards().toList();
    }
}
