package org.civicinspect.bench;

import org.civicinspect.store.Workspace;
import java.sql.ResultSet;
import java.sql.Statement;

/** The draw benchmark's baseline: a bare JDBC read of every site row, nothing more. */
public final class BareSiteRead {

    private BareSiteRead() {
    }

    /** Returns the number of rows read, so that the work cannot be optimised away. */
    public static int readAll(Workspace workspace) {
        return workspace.read(c -> {
            int rows = 0;
            try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM site")) {
                while (rs.next()) {
                    rows += rs.getString(2).isEmpty() ? 0 : 1;
                }
            }
            return rows;
        });
    }
}
