package org.civicinspect.gui.dashboard;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.RoundChoice;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.model.Round;
import org.civicinspect.service.reports.Dashboard;
import org.civicinspect.service.Services;

/** 首页: the chosen round's dashboard (the newest round at first), computed in the background. */
public final class DashboardViewModel {

    private final Services services;
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ReadOnlyObjectWrapper<Optional<Dashboard>> dashboard = new ReadOnlyObjectWrapper<>(Optional.empty());

    public DashboardViewModel(Services services, TaskExecutor executor, DialogService dialogs) {
        this.services = services;
        this.job = new JobState(executor, dialogs);
        choice.chosenProperty().addListener((o, a, r) -> {
            if (r == null) {
                dashboard.set(Optional.empty());
            } else {
                load(r.id());
            }
        });
    }

    public void reload() {
        choice.reload(job, services, () -> load(choice.chosenProperty().get().id()));
    }

    private void load(String roundId) {
        job.quick(p -> services.showDashboard().run(roundId), dashboard::set);
    }

    public JobState job() {
        return job;
    }

    public ObservableList<Round> rounds() {
        return choice.rounds();
    }

    public ObjectProperty<Round> roundProperty() {
        return choice.chosenProperty();
    }

    public ReadOnlyObjectProperty<Optional<Dashboard>> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }
}
