package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.PartnerArea;

/** 包联 of areas (streets and communities), one row per area. */
public final class PartnerAreaRepository {

    private final Connection c;

    PartnerAreaRepository(Connection c) {
        this.c = c;
    }

    /** Every area's 包联, by district, street and community. */
    public List<PartnerArea> all() throws SQLException {
        List<PartnerArea> areas = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT district, street, community, partner_unit, partner_leader FROM partner_area"
                + " ORDER BY district, street, community");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                areas.add(new PartnerArea(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return areas;
    }

    /** Records the area's 包联, replacing what was held for the same area. */
    public void save(PartnerArea area) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO partner_area (district, street, community, partner_unit, partner_leader)"
                + " VALUES (?,?,?,?,?) ON CONFLICT (district, street, community)"
                + " DO UPDATE SET partner_unit = excluded.partner_unit, partner_leader = excluded.partner_leader")) {
            ps.setString(1, area.district());
            ps.setString(2, area.street());
            ps.setString(3, area.community());
            ps.setString(4, area.partnerUnit());
            ps.setString(5, area.partnerLeader());
            ps.executeUpdate();
        }
    }
}
