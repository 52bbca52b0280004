package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of rectification: days to fix the problems of particular standards where they differ from the default
 * ({@code deadline_rule}), and the workspace's other rules by name ({@code rectification_rule}).
 */
public final class DeadlineRuleRepository {

    private final Connection c;

    DeadlineRuleRepository(Connection c) {
        this.c = c;
    }

    public Map<String, Integer> all() throws SQLException {
        Map<String, Integer> days = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, days FROM deadline_rule"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                days.put(rs.getString(1), rs.getInt(2));
            }
        }
        return days;
    }

    /** Sets the standard's days, or (with null) goes back to the default for it. */
    public void set(String standardCode, Integer days, Instant at, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(days == null ? "DELETE FROM deadline_rule WHERE standard_code = ?"
                : "INSERT INTO deadline_rule (standard_code, days, set_at, set_by) VALUES (?,?,?,?)"
                        + " ON CONFLICT (standard_code) DO UPDATE SET days = excluded.days, set_at = excluded.set_at, set_by = excluded.set_by")) {
            ps.setString(1, standardCode);
            if (days != null) {
                ps.setInt(2, days);
                ps.setString(3, at.toString());
                ps.setString(4, by);
            }
            ps.executeUpdate();
        }
    }

    /** The rules by name; empty until the workspace's rules were first written. */
    public Map<String, String> rules() throws SQLException {
        Map<String, String> rules = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, value FROM rectification_rule"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rules.put(rs.getString(1), rs.getString(2));
            }
        }
        return rules;
    }

    /** Sets a rule; with {@code replace} false, a rule already set keeps its value. */
    public void setRule(String name, String value, boolean replace, Instant at, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rectification_rule (name, value, set_at, set_by) VALUES (?,?,?,?)"
                + (replace ? " ON CONFLICT (name) DO UPDATE SET value = excluded.value, set_at = excluded.set_at, set_by = excluded.set_by"
                        : " ON CONFLICT (name) DO NOTHING"))) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.setString(3, at.toString());
            ps.setString(4, by);
            ps.executeUpdate();
        }
    }
}
