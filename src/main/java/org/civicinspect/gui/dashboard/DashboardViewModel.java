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
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.reports.Dashboard;
import org.civicinspect.service.reports.ShowDashboard;
import org.civicinspect.service.rounds.ShowRound;
import org.civicinspect.service.workspace.ChangePreferences;

/** 首页: the chosen round's dashboard (the newest round at first), computed in the background. */
public final class DashboardViewModel {

    private final ShowRound showRound;
    private final ShowDashboard showDashboard;
    private final ChangePreferences preferences;
    private final javafx.beans.property.BooleanProperty field = new javafx.beans.property.SimpleBooleanProperty(false);
    private final JobState job;
    private final RoundChoice choice = new RoundChoice();
    private final ReadOnlyObjectWrapper<Optional<Dashboard>> dashboard = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** The dashboard of a round chosen among {@code showRound}'s rounds, computed by {@code showDashboard}. */
    public DashboardViewModel(ShowRound showRound, ShowDashboard showDashboard, ChangePreferences preferences, TaskExecutor executor,
                              DialogService dialogs) {
        this.showRound = showRound;
        this.preferences = preferences;
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
        job.quick(p -> preferences.current().role() == WorkspaceRole.FIELD, field::set);
        choice.reload(job, showRound, () -> load(choice.chosenProperty().get().id()));
    }

    private void load(String roundId) {
        job.quick(p -> showDashboard.run(roundId), dashboard::set);
    }

    /** A field laptop's home page leads to its first step, taking in the office's task package. */
    public javafx.beans.property.ReadOnlyBooleanProperty fieldProperty() {
        return field;
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
