package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The answer-latency benchmark's baseline: one finding row upserted and committed with bare JDBC, nothing more. */
public final class BareFindingWrite {

    private BareFindingWrite() {
    }

    public static void write(Workspace workspace, String id, String roundId, String siteId, String code, int version) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding (id, round_id, site_id, standard_code, answer_kind, grade,"
                    + " answer_count, note, answered_by, answered_at, version) VALUES (?,?,?,?,'MET',NULL,NULL,'','bench','2026-01-01T00:00:00Z',?)"
                    + " ON CONFLICT (id) DO UPDATE SET version = excluded.version")) {
                ps.setString(1, id);
                ps.setString(2, roundId);
                ps.setString(3, siteId);
                ps.setString(4, code);
                ps.setInt(5, version);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("benchmark write failed", e);
        }
    }
}
