package org.civicinspect.service.units;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.LoadIndicatorSet;
import org.civicinspect.store.Tx;

/** The indicator-set version a 任务分解 belongs to, found as users name it, and its standards' texts by code. */
final class TaskSets {

    private TaskSets() {
    }

    static IndicatorSet named(Tx tx, String reference) throws SQLException {
        return LoadIndicatorSet.resolve(tx.indicatorSets().list(), reference.strip())
                .orElseThrow(() -> new RequestRefused("cli.indicators.noSuchSet", reference));
    }

    /** The set's standards, text by code, in the set's order. */
    static Map<String, String> standardTexts(Tx tx, IndicatorSet set) throws SQLException {
        Map<String, String> texts = new LinkedHashMap<>();
        tx.indicatorSets().loadTree(set.id()).standards().forEach(s -> texts.put(s.code(), s.text()));
        return texts;
    }
}
