package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/** One query asked for each of some sites of a round: prepared once, its first two parameters the round and the site. */
final class RowsOfSites {

    /** What is done with each row the query gives for a site. */
    @FunctionalInterface
    interface RowOfSite {
        void take(String siteId, ResultSet row) throws SQLException;
    }

    private RowsOfSites() {
    }

    static void each(Connection c, String sql, String roundId, Collection<String> siteIds, RowOfSite take) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String siteId : siteIds) {
                ps.setString(1, roundId);
                ps.setString(2, siteId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        take.take(siteId, rs);
                    }
                }
            }
        }
    }
}
