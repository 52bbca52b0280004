package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.civicinspect.store.StoreException;
import org.civicinspect.store.Workspace;

/**
 * The problem list benchmark's baseline: the problems a round raised, with their place, standard and note, read with
 * one bare JDBC query in the list's order and written with bare SXSSF row by row as they are read, as a program with
 * no more than JDBC and SXSSF would write the list. The export cannot write a cell it has not read, so neither does
 * its baseline.
 */
public final class BareProblemRead {

    private static final String SHEET = "问题清单";

    private BareProblemRead() {
    }

    /** Writes the round's problem rows, overdue ones marked so by comparing their deadline with today; how many. */
    public static int write(Workspace workspace, String roundId, LocalDate today, Path out) throws IOException {
        String now = today.toString();
        int[] number = new int[1];
        BareSheetWrite.write(out, rows -> {
            rows.start(SHEET);
            try (Connection c = workspace.connect();
                 PreparedStatement ps = c.prepareStatement("SELECT d.name, st.name, s.name, t.name, p.standard_code, sd.standard_text, f.note,"
                         + " p.deadline, p.status FROM problem p JOIN finding f ON f.id = p.finding_id JOIN site s ON s.id = p.site_id"
                         + " JOIN site_type t ON t.id = s.site_type_id JOIN admin_area d ON d.id = s.district_id"
                         + " LEFT JOIN admin_area st ON st.id = s.street_id LEFT JOIN responsible_unit ru ON ru.id = s.responsible_unit_id"
                         + " JOIN evaluation_round r ON r.id = p.round_id JOIN standard sd ON sd.set_id = r.indicator_set_id AND sd.code = p.standard_code"
                         + " WHERE p.round_id = ? ORDER BY ru.name, d.name, st.name, s.name, p.standard_code")) {
                ps.setString(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String deadline = rs.getString(8);
                        rows.row(new Object[] {++number[0], rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5) + " " + rs.getString(6), rs.getString(7), deadline, deadline.compareTo(now) < 0 ? "OVERDUE" : "",
                            rs.getString(9), ""});
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("benchmark read failed", e);
            }
        });
        return number[0];
    }
}
