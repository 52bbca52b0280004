package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Days to fix the problems of particular standards, where they differ from the default. */
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
}
