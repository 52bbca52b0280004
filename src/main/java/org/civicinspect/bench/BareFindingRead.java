package org.civicinspect.bench;

import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The recompute benchmark's baseline: the answer columns of the rounds' finding rows read with bare JDBC, nothing more. */
public final class BareFindingRead {

    private BareFindingRead() {
    }

    /** Reads the rows of the rounds one round after the other; how many rows were read. */
    public static int readRounds(Workspace workspace, List<String> roundIds) {
        int rows = 0;
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT site_id, standard_code, answer_kind, grade, answer_count FROM finding"
                     + " WHERE round_id = ?")) {
            for (String roundId : roundIds) {
                ps.setString(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int i = 1; i <= 5; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("benchmark read failed", e);
        }
        return rows;
    }
}
