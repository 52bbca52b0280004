package org.civicinspect.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;

/** The draw benchmark's baseline: a bare JDBC read of every site row, nothing more. */
public final class BareSiteRead {

    private BareSiteRead() {
    }

    /** Returns the number of rows read, so that the work cannot be optimised away. */
    public static int readAll(Workspace workspace) {
        try (Connection c = workspace.connect(); Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM site")) {
            int rows = 0;
            while (rs.next()) {
                rows += rs.getString(2).isEmpty() ? 0 : 1;
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("benchmark read failed", e);
        }
    }
}
