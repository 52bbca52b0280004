package org.civicinspect.service.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people registry: who may be picked, who may be removed, and who is remembered as working here. */
class PeopleRegistryTest {

    @TempDir Path temp;

    @Test
    void aPersonWithRecordsIsDeactivatedNotDeletedAndStaysOnTheRecords() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        Person chen = services.addPerson().run("陈主任", "", Role.SUPERVISOR, null);
        Person typo = services.addPerson().run("陈主忍", "", Role.SUPERVISOR, null);
        services.signIn().choose(chen.id());
        services.addPerson().run("张三", "", Role.INSPECTOR, "第1组");

        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.deletePerson().run(chen.id()));
        assertEquals("person.deleteSelf", refused.messageKey());
        services.deletePerson().run(typo.id());
        assertEquals(List.of("陈主任", "张三"), services.listPeople().people().stream().map(Person::name).toList(), "no records, so deleted");

        Person zhang = services.listPeople().people().get(1);
        services.signIn().choose(zhang.id());
        assertEquals("person.hasRecords", assertThrows(RequestRefused.class, () -> services.deletePerson().run(chen.id())).messageKey(),
                "陈主任 added 张三, so the log names him");
        services.deactivatePerson().run(chen.id());
        assertFalse(services.listPeople().people().get(0).active());
        assertEquals(List.of(zhang), services.signIn().candidates(WorkspaceRole.OFFICE), "a deactivated person is no longer offered");
        assertEquals("person.deactivated", assertThrows(RequestRefused.class, () -> services.signIn().asNamed("陈主任")).messageKey());
        assertTrue(services.workspace().read(tx -> tx.audit().about("person:" + zhang.id())).stream()
                .anyMatch(e -> e.actor().equals("陈主任")), "his name stays on what he did");

        services.deactivatePerson().reactivate(chen.id());
        assertEquals("陈主任", services.signIn().asNamed("陈主任").name());
    }

    @Test
    void anEditKeepsThePersonAndTheirTeamsSortNaturally() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.signIn().choose(services.addPerson().run("王内业", "", Role.OFFICE, null).id());
        Person p = services.addPerson().run("李四", "", Role.INSPECTOR, "第10组");
        services.addPerson().run("王五", "", Role.INSPECTOR, "第2组");
        services.editPerson().run(p.id(), "李四（二）", "139", Role.INSPECTOR, "第2组");
        assertEquals(List.of(new Person(p.id(), "李四（二）", "139", Role.INSPECTOR, "第2组")),
                services.listPeople().people().stream().filter(x -> x.id().equals(p.id())).toList());
        assertEquals(List.of("第2组", "第10组"), services.listPeople().teams().stream().map(t -> t.name()).toList());
    }

    @Test
    void theChosenPersonIsRememberedForTheWorkspaceAndTheFieldOffersItsTeams() {
        Path folder = temp.resolve("ws");
        Services services = TestWorkspaces.open(folder);
        services.addPerson().run("王内业", "", Role.OFFICE, null);
        Person zhang = services.addPerson().run("张三", "", Role.INSPECTOR, "第1组");
        assertEquals(List.of("王内业"), services.signIn().candidates(WorkspaceRole.OFFICE).stream().map(Person::name).toList(),
                "the office picks from its staff");
        assertEquals(List.of("张三"), services.signIn().candidates(WorkspaceRole.FIELD).stream().map(Person::name).toList(),
                "a laptop from the teams its packages brought");
        services.signIn().remember("张三");

        Services reopened = TestWorkspaces.open(folder);
        assertTrue(reopened.signedIn().person().isEmpty());
        assertEquals(zhang, reopened.signIn().restore().orElseThrow());
        assertEquals("张三", reopened.signedIn().name());
    }
}
