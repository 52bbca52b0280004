package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.model.ResponsibleUnit;

/**
 * The responsible-unit registry (单位名录). Sites create a unit by naming it (see {@link SiteRepository}); such a unit is
 * known from sites until an office registers it, with its contacts.
 */
public final class UnitRepository {

    private final Connection c;

    UnitRepository(Connection c) {
        this.c = c;
    }

    /** The registered units, by name. */
    public List<ResponsibleUnit> registered() throws SQLException {
        List<ResponsibleUnit> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, kind, leader, leader_phone, liaison, liaison_phone, notes"
                + " FROM responsible_unit WHERE registered = 1 ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new ResponsibleUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
        }
        return units;
    }

    /** The units that sites name (as 责任单位 or 包联单位) but the registry does not hold, by name, each with its count of sites. */
    public Map<String, Integer> knownFromSites() throws SQLException {
        Map<String, Integer> units = new LinkedHashMap<>();
        // Two plain scans of the sites rather than one join on either column, which would visit every site per unit.
        try (PreparedStatement ps = c.prepareStatement("SELECT u.name, COUNT(DISTINCT named.site_id) FROM"
                + " (SELECT id AS site_id, responsible_unit_id AS unit_id FROM site"
                + " UNION ALL SELECT id, partner_unit_id FROM site) named"
                + " JOIN responsible_unit u ON u.id = named.unit_id WHERE u.registered = 0 GROUP BY u.name ORDER BY u.name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.put(rs.getString(1), rs.getInt(2));
            }
        }
        return units;
    }

    /** Registers the unit under its name, or replaces what the registry held for that name (a unit named on sites too). */
    public void save(ResponsibleUnit unit) throws SQLException {
        save(UUID.randomUUID().toString(), unit);
    }

    /**
     * Registers the unit under the id another workspace knows it by (a unit's own workspace takes the office's id from
     * its task package), unless the registry holds that name already.
     */
    public void save(String id, ResponsibleUnit unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO responsible_unit"
                + " (id, name, kind, leader, leader_phone, liaison, liaison_phone, notes, registered) VALUES (?,?,?,?,?,?,?,?,1)"
                + " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, leader = excluded.leader, leader_phone = excluded.leader_phone,"
                + " liaison = excluded.liaison, liaison_phone = excluded.liaison_phone, notes = excluded.notes, registered = 1")) {
            ps.setString(1, id);
            ps.setString(2, unit.name());
            ps.setString(3, unit.kind());
            ps.setString(4, unit.leader());
            ps.setString(5, unit.leaderPhone());
            ps.setString(6, unit.liaison());
            ps.setString(7, unit.liaisonPhone());
            ps.setString(8, unit.notes());
            ps.executeUpdate();
        }
    }

    /** The name of the registered unit of this id. */
    public java.util.Optional<String> registeredName(String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM responsible_unit WHERE id = ? AND registered = 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The ids of the registered units, by name. */
    Map<String, String> registeredIds() throws SQLException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, id FROM responsible_unit WHERE registered = 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getString(2));
            }
        }
        return ids;
    }
}
