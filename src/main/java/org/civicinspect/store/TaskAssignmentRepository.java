package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.TaskAssignment;

/** 任务分解 of each indicator-set version: the lead and supporting units of its standards, due dates and notes. */
public final class TaskAssignmentRepository {

    private static final List<String> TABLES = List.of("task_assignment", "task_support");

    private final Connection c;

    TaskAssignmentRepository(Connection c) {
        this.c = c;
    }

    /** The set's breakdown in the order it was given; empty when it has none. */
    public List<TaskAssignment> of(String setId) throws SQLException {
        Map<String, List<String>> supporting = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.standard_code, u.name FROM task_support t"
                + " JOIN responsible_unit u ON u.id = t.unit_id WHERE t.set_id = ? ORDER BY t.sort_order")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    supporting.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<TaskAssignment> tasks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.standard_code, u.name, t.due_date, t.notes FROM task_assignment t"
                + " JOIN responsible_unit u ON u.id = t.lead_unit_id WHERE t.set_id = ? ORDER BY t.sort_order")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String due = rs.getString(3);
                    tasks.add(new TaskAssignment(rs.getString(1), rs.getString(2), supporting.getOrDefault(rs.getString(1), List.of()),
                            due == null ? null : LocalDate.parse(due), rs.getString(4)));
                }
            }
        }
        return tasks;
    }

    /** Replaces the set's breakdown whole with these tasks, whose units must all be registered (an empty list removes it). */
    public void replace(String setId, List<TaskAssignment> tasks) throws SQLException {
        for (String table : List.of("task_support", "task_assignment")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE set_id = ?")) {
                ps.setString(1, setId);
                ps.executeUpdate();
            }
        }
        Map<String, String> unitIds = new UnitRepository(c).registeredIds();
        try (PreparedStatement task = c.prepareStatement("INSERT INTO task_assignment (set_id, standard_code, sort_order, lead_unit_id,"
                + " due_date, notes) VALUES (?,?,?,?,?,?)");
             PreparedStatement support = c.prepareStatement("INSERT INTO task_support (set_id, standard_code, sort_order, unit_id)"
                     + " VALUES (?,?,?,?)")) {
            int order = 0;
            int supportOrder = 0;
            for (TaskAssignment t : tasks) {
                task.setString(1, setId);
                task.setString(2, t.standardCode());
                task.setInt(3, order++);
                task.setString(4, unitId(unitIds, t.lead()));
                task.setString(5, t.due() == null ? null : t.due().toString());
                task.setString(6, t.notes());
                task.addBatch();
                for (String unit : t.supporting()) {
                    support.setString(1, setId);
                    support.setString(2, t.standardCode());
                    support.setInt(3, supportOrder++);
                    support.setString(4, unitId(unitIds, unit));
                    support.addBatch();
                }
            }
            task.executeBatch();
            support.executeBatch();
        }
    }

    /** Counts of the tables this repository writes, for checks that a refused import changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }

    private static String unitId(Map<String, String> ids, String name) throws SQLException {
        String id = ids.get(name);
        if (id == null) {
            throw new SQLException("unit not in the registry: " + name);
        }
        return id;
    }
}
