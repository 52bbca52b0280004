package org.civicinspect.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;

/** The round list's baseline: a bare JDBC read of every round row, nothing more. */
public final class BareRoundRead {

    private BareRoundRead() {
    }

    /** Returns the number of rows read, so that the work cannot be optimised away. */
    public static int readAll(Workspace workspace) {
        try (Connection c = workspace.connect(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM evaluation_round ORDER BY start_date")) {
            int rows = 0;
            while (rs.next()) {
                rows += rs.getString(1).isEmpty() ? 0 : 1;
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("benchmark read failed", e);
        }
    }
}
