package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.EscalationNotice;

/** The 督办提醒 the office sent, one row per recipient of each sending. */
public final class EscalationNoticeRepository {

    private final Connection c;

    EscalationNoticeRepository(Connection c) {
        this.c = c;
    }

    public void insertAll(List<EscalationNotice> notices) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO escalation_notice (id, sent_at, sent_by, unit_name, recipient, phone,"
                + " escalation, problems, message) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (EscalationNotice n : notices) {
                ps.setString(1, n.id());
                ps.setString(2, n.sentAt().toString());
                ps.setString(3, n.sentBy());
                ps.setString(4, n.unit());
                ps.setString(5, n.recipient());
                ps.setString(6, n.phone());
                ps.setString(7, n.escalation().name());
                ps.setInt(8, n.problems());
                ps.setString(9, n.message());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every notice sent, newest first. */
    public List<EscalationNotice> all() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, sent_at, sent_by, unit_name, recipient, phone, escalation, problems, message"
                + " FROM escalation_notice ORDER BY sent_at DESC, unit_name, recipient");
             ResultSet rs = ps.executeQuery()) {
            List<EscalationNotice> notices = new ArrayList<>();
            while (rs.next()) {
                notices.add(new EscalationNotice(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Escalation.valueOf(rs.getString(7)), rs.getInt(8), rs.getString(9)));
            }
            return notices;
        }
    }
}
