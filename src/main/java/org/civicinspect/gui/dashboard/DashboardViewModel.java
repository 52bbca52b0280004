package org.civicinspect.gui.dashboard;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.model.Round;
import org.civicinspect.service.Dashboard;
import org.civicinspect.service.Services;

/** 首页: the chosen round's dashboard (the newest round at first), computed in the background. */
public final class DashboardViewModel {

    private final Services services;
    private final JobState job;
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<Dashboard>> dashboard = new ReadOnlyObjectWrapper<>(Optional.empty());

    public DashboardViewModel(Services services, TaskExecutor executor, DialogService dialogs) {
        this.services = services;
        this.job = new JobState(executor, dialogs);
        round.addListener((o, a, r) -> {
            if (r != null) {
                load(r.id());
            }
        });
    }

    public void reload() {
        job.quick(p -> services.showRound().list(), list -> {
            rounds.setAll(list);
            if (list.isEmpty()) {
                dashboard.set(Optional.empty());
            } else if (round.get() == null || !list.contains(round.get())) {
                round.set(list.get(list.size() - 1));
            } else {
                load(round.get().id());
            }
        });
    }

    private void load(String roundId) {
        job.quick(p -> services.showDashboard().run(roundId), dashboard::set);
    }

    public JobState job() {
        return job;
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ReadOnlyObjectProperty<Optional<Dashboard>> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }
}
