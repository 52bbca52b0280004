package org.civicinspect.gui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.model.Round;
import org.civicinspect.service.rounds.ShowRound;

/** A screen's chosen round among the workspace's rounds: the newest one until the user picks another. */
public final class RoundChoice {

    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> chosen = new SimpleObjectProperty<>();

    /**
     * Reads the rounds again. The chosen round stays when it still exists ({@code whenKept} then runs, for screens that
     * show fresh figures of it); otherwise the newest round is chosen, or none when there are no rounds.
     */
    public void reload(JobState job, ShowRound showRound, Runnable whenKept) {
        job.quick(p -> showRound.list(), list -> {
            rounds.setAll(list);
            if (list.isEmpty()) {
                chosen.set(null);
            } else if (chosen.get() == null || !list.contains(chosen.get())) {
                chosen.set(list.get(list.size() - 1));
            } else {
                whenKept.run();
            }
        });
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> chosenProperty() {
        return chosen;
    }
}
