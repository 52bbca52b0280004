package org.civicinspect.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.NegativeEvent;

/** The negative-list events of rounds. */
public final class NegativeEventRepository {

    private final Connection c;

    NegativeEventRepository(Connection c) {
        this.c = c;
    }

    public void insert(NegativeEvent event, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO negative_event (id, round_id, event_date, standard_code, description,"
                + " deduction, recorded_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, event.id());
            ps.setString(2, event.roundId());
            ps.setString(3, event.date().toString());
            ps.setString(4, event.standardCode());
            ps.setString(5, event.description());
            ps.setString(6, event.deduction().toPlainString());
            ps.setString(7, now.toString());
            ps.executeUpdate();
        }
    }

    /** Whether an event was there to delete. */
    public boolean delete(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM negative_event WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public List<NegativeEvent> ofRound(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, round_id, event_date, standard_code, description, deduction"
                + " FROM negative_event WHERE round_id = ? ORDER BY event_date, recorded_at, id")) {
            ps.setString(1, roundId);
            List<NegativeEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new NegativeEvent(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getString(4),
                            rs.getString(5), new BigDecimal(rs.getString(6))));
                }
            }
            return events;
        }
    }
}
