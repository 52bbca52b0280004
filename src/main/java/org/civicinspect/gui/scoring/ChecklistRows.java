package org.civicinspect.gui.scoring;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The rows of the checklist. A sheet read anew replaces them in one change that names only the rows that differ, so
 * the list redraws only those: opening another site of the same type leaves its unanswered lines as they are drawn.
 */
final class ChecklistRows extends ModifiableObservableListBase<ScoringViewModel.Row> {

    private final List<ScoringViewModel.Row> rows = new ArrayList<>();

    /** Shows {@code fresh}: rows of another checklist replace these whole, those of the same length only where they differ. */
    void replaceWith(List<ScoringViewModel.Row> fresh) {
        if (fresh.size() != rows.size()) {
            setAll(fresh);
            return;
        }
        beginChange();
        try {
            for (int i = 0; i < fresh.size(); i++) {
                ScoringViewModel.Row row = fresh.get(i);
                if (!row.equals(rows.get(i))) {
                    nextSet(i, rows.set(i, row));
                }
            }
        } finally {
            endChange();
        }
    }

    @Override
    public ScoringViewModel.Row get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, ScoringViewModel.Row row) {
        rows.add(index, row);
    }

    @Override
    protected ScoringViewModel.Row doSet(int index, ScoringViewModel.Row row) {
        return rows.set(index, row);
    }

    @Override
    protected ScoringViewModel.Row doRemove(int index) {
        return rows.remove(index);
    }
}
