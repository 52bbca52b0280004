package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.Team;

/** People (测评员, 内业, 督查组长) and the teams they form. */
public final class PeopleRepository {

    private final Connection c;

    PeopleRepository(Connection c) {
        this.c = c;
    }

    public void add(Person person) throws SQLException {
        String teamId = person.team() == null || person.team().isEmpty() ? null : teamId(person.team());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, name, phone, role, team_id) VALUES (?,?,?,?,?)")) {
            ps.setString(1, person.id());
            ps.setString(2, person.name());
            ps.setString(3, person.phone().isEmpty() ? null : person.phone());
            ps.setString(4, person.role().name());
            ps.setString(5, teamId);
            ps.executeUpdate();
        }
    }

    /** Adds the team (by id, as another workspace made it) and those of its members not known here yet. */
    public void put(Team team) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO team (id, name) VALUES (?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name")) {
            ps.setString(1, team.id());
            ps.setString(2, team.name());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, name, phone, role, team_id) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            for (Person person : team.members()) {
                ps.setString(1, person.id());
                ps.setString(2, person.name());
                ps.setString(3, person.phone() == null || person.phone().isEmpty() ? null : person.phone());
                ps.setString(4, person.role().name());
                ps.setString(5, team.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The team's id, creating the team when it does not exist yet. */
    public String teamId(String name) throws SQLException {
        Optional<String> existing = findTeamId(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO team (id, name) VALUES (?,?)")) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.executeUpdate();
        }
        return id;
    }

    public Optional<String> findTeamId(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM team WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Everyone registered, active or not. */
    public List<Person> people() throws SQLException {
        List<Person> people = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.name, p.phone, p.role, t.name, p.active FROM person p"
                + " LEFT JOIN team t ON t.id = p.team_id ORDER BY t.name, p.name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                people.add(new Person(rs.getString(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getInt(6) != 0));
            }
        }
        return people;
    }

    public Optional<Person> find(String id) throws SQLException {
        return people().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Changes the person's name, phone, role and team (creating the team when it is new). */
    public void update(Person person) throws SQLException {
        String teamId = person.team() == null || person.team().isEmpty() ? null : teamId(person.team());
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET name = ?, phone = ?, role = ?, team_id = ?, active = ? WHERE id = ?")) {
            ps.setString(1, person.name());
            ps.setString(2, person.phone().isEmpty() ? null : person.phone());
            ps.setString(3, person.role().name());
            ps.setString(4, teamId);
            ps.setInt(5, person.active() ? 1 : 0);
            ps.setString(6, person.id());
            ps.executeUpdate();
        }
    }

    public void delete(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Whether anything recorded names this person: an answer (made here or received from a laptop) or an entry of the
     * audit log they made. Every change writes its audit entry, so this covers reviews, problem steps and packages too.
     */
    public boolean namedByRecords(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM finding WHERE answered_by = ?)"
                + " OR EXISTS (SELECT 1 FROM finding_candidate WHERE answered_by = ?) OR EXISTS (SELECT 1 FROM audit_entry WHERE actor = ?)")) {
            ps.setString(1, name);
            ps.setString(2, name);
            ps.setString(3, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Every team with its active members, in name order; teams without members too. */
    public List<Team> teams() throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM team ORDER BY name"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(2), rs.getString(1));
            }
        }
        Map<String, List<Person>> members = new LinkedHashMap<>();
        for (Person person : people()) {
            if (person.team() != null && person.active()) {
                members.computeIfAbsent(person.team(), k -> new ArrayList<>()).add(person);
            }
        }
        List<Team> teams = new ArrayList<>();
        names.forEach((name, id) -> teams.add(new Team(id, name, members.getOrDefault(name, List.of()))));
        teams.sort(java.util.Comparator.comparing(Team::name, NaturalOrder.INSTANCE));
        return teams;
    }
}
