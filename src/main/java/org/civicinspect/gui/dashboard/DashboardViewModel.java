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
import org.civicinspect.service.reports.ShowDashboard;
import org.civicinspect.service.rounds.ShowRound;

/** 首页: the chosen round's dashboard (the newest round at first), computed in the background. */
public final class DashboardViewModel {

    private final ShowRound showRound;
    private final ShowDashboard showDashboard;
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ReadOnlyObjectWrapper<Optional<Dashboard>> dashboard = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** The dashboard of a round chosen among {@code showRound}'s rounds, computed by {@code showDashboard}. */
    public DashboardViewModel(ShowRound showRound, ShowDashboard showDashboard, TaskExecutor executor, DialogService dialogs) {
        this.showRound = showRound;
        this.showDashboard = showDashboard;
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
        choice.reload(job, showRound, () -> load(choice.chosenProperty().get().id()));
    }

    private void load(String roundId) {
        job.quick(p -> showDashboard.run(roundId), dashboard::set);
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
