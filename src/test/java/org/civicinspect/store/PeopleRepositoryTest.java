package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** People and the teams they form, made here or brought by another workspace's package. */
class PeopleRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void add(Person... people) {
        fx.write(tx -> {
            for (Person p : people) {
                tx.people().add(p);
            }
            return null;
        });
    }

    private void put(Team team) {
        fx.write(tx -> {
            tx.people().put(team);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfAPerson() {
        Person person = new Person("p1", "欧阳娜娜", "138 0013 8000", Role.SUPERVISOR, "第一组");
        add(person);
        assertEquals(List.of(person), fx.read(tx -> tx.people().people()));
    }

    @Test
    void aPersonWithoutPhoneOrTeamReadsBackSo() {
        Person person = new Person("p1", "张伟", null, Role.OFFICE, null);
        add(person);
        assertEquals(List.of(new Person("p1", "张伟", "", Role.OFFICE, null)), fx.read(tx -> tx.people().people()));
        assertEquals(List.of(java.util.Arrays.asList(null, null)), fx.rows("SELECT phone, team_id FROM person"), "stored as NULL, not as ''");
        assertEquals(List.of(), fx.read(tx -> tx.people().teams()), "an empty team name makes no team");
    }

    @Test
    void addingToATeamByNameCreatesTheTeamOnce() {
        add(new Person("p1", "张伟", "", Role.INSPECTOR, "第一组"), new Person("p2", "李娜", "", Role.INSPECTOR, "第一组"));
        assertEquals(1, fx.count("team"));
        String id = fx.read(tx -> tx.people().findTeamId("第一组")).orElseThrow();
        assertEquals(id, fx.write(tx -> tx.people().teamId("第一组")));
    }

    @Test
    void findsNoTeamOfAnUnknownName() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.people().findTeamId("第九组")));
    }

    @Test
    void aPersonIsNamedByRecordsOnceTheAuditLogNamesThem() {
        assertEquals(false, fx.read(tx -> tx.people().namedByRecords("欧阳娜娜")));
        fx.write(tx -> tx.audit().append(StoreFixture.NOW, "欧阳娜娜", AuditLog.Action.REVIEW, "inspection:r/s", "approved"));
        assertEquals(true, fx.read(tx -> tx.people().namedByRecords("欧阳娜娜")));
    }

    @Test
    void aPersonIsAddedOnce() {
        add(new Person("p1", "张伟", "", Role.INSPECTOR, null));
        fx.assertRefused("UNIQUE", tx -> {
            tx.people().add(new Person("p1", "张伟", "", Role.INSPECTOR, null));
            return null;
        });
    }

    @Test
    void teamsComeInNaturalOrderWithTheirMembersAndEmptyTeamsToo() {
        add(new Person("p1", "王强", "", Role.INSPECTOR, "第10组"), new Person("p2", "李娜", "", Role.INSPECTOR, "第2组"),
                new Person("p3", "张伟", "", Role.INSPECTOR, "第2组"), new Person("p4", "赵敏", "", Role.OFFICE, null));
        fx.write(tx -> tx.people().teamId("第1组"));
        List<Team> teams = fx.read(tx -> tx.people().teams());
        assertEquals(List.of("第1组", "第2组", "第10组"), teams.stream().map(Team::name).toList());
        assertEquals(List.of(), teams.get(0).members());
        assertEquals(java.util.Set.of("李娜", "张伟"), teams.get(1).members().stream().map(Person::name).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of("王强"), teams.get(2).members().stream().map(Person::name).toList());
    }

    @Test
    void puttingATeamAddsItByItsOwnIdWithItsMembers() {
        Team team = new Team("team-from-office", "第三组", List.of(new Person("p1", "张伟", "139", Role.INSPECTOR, "第三组"),
                new Person("p2", "李娜", null, Role.INSPECTOR, "第三组")));
        put(team);
        assertEquals(List.of(new Team("team-from-office", "第三组", List.of(new Person("p1", "张伟", "139", Role.INSPECTOR, "第三组"),
                new Person("p2", "李娜", "", Role.INSPECTOR, "第三组")))), fx.read(tx -> tx.people().teams()));
    }

    @Test
    void puttingTheSameTeamTwiceRenamesItAndKeepsThePeopleItAlreadyHad() {
        put(new Team("t", "第三组", List.of(new Person("p1", "张伟", "139", Role.INSPECTOR, null))));
        put(new Team("t", "第三组（调整）", List.of(new Person("p1", "张伟伟", "", Role.SUPERVISOR, null),
                new Person("p2", "李娜", "", Role.INSPECTOR, null))));
        assertEquals(1, fx.count("team"));
        assertEquals(List.of(new Person("p1", "张伟", "139", Role.INSPECTOR, "第三组（调整）"), new Person("p2", "李娜", "", Role.INSPECTOR, "第三组（调整）")),
                fx.read(tx -> tx.people().people()), "the first registration of a person is kept");
    }
}
