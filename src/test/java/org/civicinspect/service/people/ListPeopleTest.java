package org.civicinspect.service.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teams and people listed as people count them: 第2组 before 第10组. */
class ListPeopleTest {

    @TempDir Path temp;

    @Test
    void teamsAndTheirPeopleComeInNaturalOrder() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.addPerson().run("赵十", "", Role.INSPECTOR, "第10组");
        services.addPerson().run("钱二", "", Role.INSPECTOR, "第2组");
        services.addPerson().run("孙一", "", Role.INSPECTOR, "第1组");
        services.addPerson().run("李主任", "", Role.SUPERVISOR, null);

        assertEquals(List.of("第1组", "第2组", "第10组"), services.listPeople().teams().stream().map(Team::name).toList());
        assertEquals(List.of("李主任", "孙一", "钱二", "赵十"), services.listPeople().people().stream().map(Person::name).toList(),
                "people without a team first, then by team");
    }
}
