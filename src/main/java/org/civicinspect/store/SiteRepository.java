package org.civicinspect.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Site;
import org.civicinspect.model.SiteCandidate;

/** Sites with their administrative areas (district → street → community) and responsible units. */
public final class SiteRepository {

    private static final String SELECT = "SELECT s.id, s.name, t.name, d.name, st.name, cm.name, s.address, ru.name, pu.name,"
            + " s.latitude, s.longitude, s.must_check, s.active, s.partner_leader FROM site s"
            + " JOIN site_type t ON t.id = s.site_type_id"
            + " JOIN admin_area d ON d.id = s.district_id"
            + " LEFT JOIN admin_area st ON st.id = s.street_id"
            + " LEFT JOIN admin_area cm ON cm.id = s.community_id"
            + " LEFT JOIN responsible_unit ru ON ru.id = s.responsible_unit_id"
            + " LEFT JOIN responsible_unit pu ON pu.id = s.partner_unit_id";

    private final Connection c;

    SiteRepository(Connection c) {
        this.c = c;
    }

    public List<Site> list() throws SQLException {
        return query(c, SELECT + " ORDER BY d.name, st.name NULLS FIRST, s.name, t.name");
    }

    public Optional<Site> find(String id) throws SQLException {
        return query(c, SELECT + " WHERE s.id = ?", id).stream().findFirst();
    }

    /** The sites drawn for a round, by id. */
    public Map<String, Site> ofRound(String roundId) throws SQLException {
        Map<String, Site> byId = new HashMap<>();
        for (Site site : query(c, SELECT + " WHERE s.id IN (SELECT site_id FROM round_site WHERE round_id = ?)", roundId)) {
            byId.put(site.id(), site);
        }
        return byId;
    }

    /** The active must-check sites, with what a draw needs to count them against its quotas. */
    public List<SiteCandidate> mustCheckCandidates() throws SQLException {
        List<SiteCandidate> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, t.name, d.name FROM site s JOIN site_type t ON t.id = s.site_type_id"
                + " JOIN admin_area d ON d.id = s.district_id WHERE s.must_check = 1 AND s.active = 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                candidates.add(new SiteCandidate(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return candidates;
    }

    /**
     * The ids of the active sites a quota covers, by their district's name and then their own (unique for sites of one
     * type in a district). A draw asks this for each quota it fills: reading only these sites, by index, costs a
     * fraction of reading every site of a 20,000-site registry.
     */
    public List<String> activeIdsCoveredBy(Quota quota) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id FROM site s JOIN admin_area d ON d.id = s.district_id WHERE s.active = 1"
                + " AND s.site_type_id = (SELECT id FROM site_type WHERE name = ?)"
                + (quota.cityWide() ? "" : " AND d.name = ?") + " ORDER BY d.name, s.name")) {
            ps.setString(1, quota.siteType());
            if (!quota.cityWide()) {
                ps.setString(2, quota.district());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** The listed sites, read in chunks; ids that do not exist are left out. */
    public Map<String, Site> byIds(List<String> ids) throws SQLException {
        Map<String, Site> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (Site site : query(c, SELECT + " WHERE s.id IN (" + marks + ")", chunk.toArray())) {
                found.put(site.id(), site);
            }
        }
        return found;
    }

    public Map<String, Site> byId() throws SQLException {
        Map<String, Site> byId = new HashMap<>();
        for (Site site : list()) {
            byId.put(site.id(), site);
        }
        return byId;
    }

    /** Inserts new sites (which carry their new ids) and updates changed ones, in the caller's transaction. */
    public void save(List<Site> added, List<Site> updated, Instant now) throws SQLException {
        References refs = new References(c);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO site (id, name, site_type_id, district_id, street_id,"
                + " community_id, address, responsible_unit_id, partner_unit_id, latitude, longitude, must_check, active, updated_at,"
                + " partner_leader) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement update = c.prepareStatement("UPDATE site SET name = ?, site_type_id = ?, district_id = ?, street_id = ?,"
                     + " community_id = ?, address = ?, responsible_unit_id = ?, partner_unit_id = ?, latitude = ?, longitude = ?,"
                     + " must_check = ?, active = ?, updated_at = ?, partner_leader = ? WHERE id = ?")) {
            for (Site site : added) {
                insert.setString(1, site.id());
                bindData(insert, 2, site, refs, now);
                insert.addBatch();
            }
            insert.executeBatch();
            for (Site site : updated) {
                int next = bindData(update, 1, site, refs, now);
                update.setString(next, site.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static int bindData(PreparedStatement ps, int first, Site site, References refs, Instant now) throws SQLException {
        String district = refs.area(null, "DISTRICT", site.district());
        String street = site.street().isEmpty() ? null : refs.area(district, "STREET", site.street());
        String community = site.community().isEmpty() ? null : refs.area(street != null ? street : district, "COMMUNITY", site.community());
        int i = first;
        ps.setString(i++, site.name());
        ps.setString(i++, refs.siteType(site.siteType()));
        ps.setString(i++, district);
        ps.setString(i++, street);
        ps.setString(i++, community);
        ps.setString(i++, site.address());
        ps.setString(i++, refs.unit(site.responsibleUnit()));
        ps.setString(i++, refs.unit(site.partnerUnit()));
        ps.setString(i++, site.latitude() == null ? null : site.latitude().toPlainString());
        ps.setString(i++, site.longitude() == null ? null : site.longitude().toPlainString());
        ps.setInt(i++, site.mustCheck() ? 1 : 0);
        ps.setInt(i++, site.active() ? 1 : 0);
        ps.setString(i++, now.toString());
        ps.setString(i++, site.partnerLeader());
        return i;
    }

    /** Counts of the tables this repository writes, for checks that a failed import changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("site", "admin_area", "responsible_unit")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }

    private static List<Site> query(Connection c, String sql, Object... args) throws SQLException {
        List<Site> sites = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String lat = rs.getString(10);
                    String lon = rs.getString(11);
                    sites.add(new Site(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(14),
                            lat == null ? null : new BigDecimal(lat), lon == null ? null : new BigDecimal(lon),
                            rs.getInt(12) != 0, rs.getInt(13) != 0));
                }
            }
        }
        return sites;
    }

    /** Finds or creates the rows that sites point at, remembering them for the rest of the transaction. */
    private static final class References {
        private final Connection c;
        private final Map<String, String> areas = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();
        private final Map<String, String> types = new HashMap<>();

        References(Connection c) throws SQLException {
            this.c = c;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id, name FROM admin_area"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.put(rs.getString(2) + "/" + rs.getString(3), rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM responsible_unit"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(2), rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM site_type"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(2), rs.getString(1));
                }
            }
        }

        String area(String parentId, String level, String name) throws SQLException {
            String key = parentId + "/" + name;
            String id = areas.get(key);
            if (id == null) {
                id = UUID.randomUUID().toString();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_area (id, parent_id, level, name) VALUES (?,?,?,?)")) {
                    ps.setString(1, id);
                    ps.setString(2, parentId);
                    ps.setString(3, level);
                    ps.setString(4, name);
                    ps.executeUpdate();
                }
                areas.put(key, id);
            }
            return id;
        }

        String unit(String name) throws SQLException {
            if (name.isEmpty()) {
                return null;
            }
            String id = units.get(name);
            if (id == null) {
                id = UUID.randomUUID().toString();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO responsible_unit (id, name) VALUES (?,?)")) {
                    ps.setString(1, id);
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
                units.put(name, id);
            }
            return id;
        }

        String siteType(String name) throws SQLException {
            String id = types.get(name);
            if (id == null) {
                throw new SQLException("unknown site type " + name);
            }
            return id;
        }
    }
}
