package org.civicinspect.bench;

import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.civicinspect.model.Finding;

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

    /** The merge benchmark's baseline: the rows inserted in one batch and one transaction with bare JDBC, nothing more. */
    public static void batch(Workspace workspace, List<Finding> rows) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding (id, round_id, site_id, standard_code, answer_kind, grade,"
                    + " answer_count, note, answered_by, answered_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (Finding f : rows) {
                    ps.setString(1, f.id());
                    ps.setString(2, f.roundId());
                    ps.setString(3, f.siteId());
                    ps.setString(4, f.standardCode());
                    ps.setString(5, f.answer().kind().name());
                    ps.setString(6, f.answer().grade() == null ? null : f.answer().grade().name());
                    ps.setObject(7, f.answer().count());
                    ps.setString(8, f.note());
                    ps.setString(9, f.answeredBy());
                    ps.setString(10, f.answeredAt().toString());
                    ps.setInt(11, f.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("benchmark write failed", e);
        }
    }
}
