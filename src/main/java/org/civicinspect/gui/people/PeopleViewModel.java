package org.civicinspect.gui.people;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;
import org.civicinspect.service.people.AddPerson;
import org.civicinspect.service.people.ListPeople;

/** 人员: everyone registered, the teams, and the form that adds a person. */
public final class PeopleViewModel {

    private final ListPeople listPeople;
    private final AddPerson addPerson;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<String> teamNames = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.INSPECTOR);
    private final StringProperty team = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** Lists people and teams with {@code listPeople}; the form adds with {@code addPerson}. */
    public PeopleViewModel(ListPeople listPeople, AddPerson addPerson, TaskExecutor executor, DialogService dialogs) {
        this.listPeople = listPeople;
        this.addPerson = addPerson;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    private record Loaded(List<Person> people, List<Team> teams) {
    }

    public void reload() {
        executor.run(p -> new Loaded(listPeople.people(), listPeople.teams()), loaded -> {
            people.setAll(loaded.people());
            teams.setAll(loaded.teams());
            teamNames.setAll(loaded.teams().stream().map(Team::name).toList());
        }, e -> dialogs.showError(Messages.get("job.failed"), String.valueOf(e.getMessage())));
    }

    /** Adds the person in the form; a blank name is refused with a message. */
    public void add() {
        String chosenName = name.get() == null ? "" : name.get().strip();
        if (chosenName.isEmpty()) {
            status.set(Messages.get("cli.people.needsName"));
            return;
        }
        executor.run(p -> addPerson.run(chosenName, phone.get(), role.get(), team.get()), added -> {
            status.set(Messages.get("cli.people.added", added.name(), Messages.get("role." + added.role().name()),
                    added.team() == null ? "—" : added.team()));
            name.set("");
            phone.set("");
            reload();
        }, e -> dialogs.showError(Messages.get("job.failed"), String.valueOf(e.getMessage())));
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<Team> teams() {
        return teams;
    }

    public ObservableList<String> teamNames() {
        return teamNames;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
