package org.civicinspect.service.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Standard;
import org.civicinspect.store.Workspace;

/**
 * The standards a site type checks in a set version. Stored sets never change, so a tree read once is kept
 * for the life of the workspace; scoring an answer then needs no reading of the library.
 */
public final class Checklists {

    private final Workspace workspace;
    private final Map<String, IndicatorTree> trees = new ConcurrentHashMap<>();
    private final Map<String, IndicatorTree> checklists = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Standard>> byCode = new ConcurrentHashMap<>();

    public Checklists(Workspace workspace) {
        this.workspace = workspace;
    }

    public IndicatorTree tree(String setId) {
        return trees.computeIfAbsent(setId, id -> workspace.read(tx -> tx.indicatorSets().loadTree(id)));
    }

    public IndicatorTree forSiteType(String setId, String siteType) {
        return checklists.computeIfAbsent(setId + "\u0000" + siteType, k -> tree(setId).filtered(s -> s.appliesTo(siteType)));
    }

    /** The standard with this code on the site type's checklist, if it is on it. */
    public Optional<Standard> standard(String setId, String siteType, String code) {
        return Optional.ofNullable(byCode.computeIfAbsent(setId + "\u0000" + siteType, k -> {
            Map<String, Standard> codes = new HashMap<>();
            forSiteType(setId, siteType).standards().forEach(s -> codes.put(s.code(), s));
            return codes;
        }).get(code));
    }

    public List<Standard> standards(String setId, String siteType) {
        return forSiteType(setId, siteType).standards().toList();
    }
}
