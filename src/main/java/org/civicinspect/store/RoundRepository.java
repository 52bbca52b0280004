package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Round;
import org.civicinspect.model.RoundStatus;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;

/** Rounds, their sampling plan and the sites drawn for them with their teams. */
public final class RoundRepository {

    private static final String COLUMNS = "id, name, start_date, end_date, indicator_set_id, status, notes";

    private final Connection c;

    RoundRepository(Connection c) {
        this.c = c;
    }

    public void insert(Round round, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluation_round (" + COLUMNS + ", created_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, round.id());
            ps.setString(2, round.name());
            ps.setString(3, round.start().toString());
            ps.setString(4, round.end().toString());
            ps.setString(5, round.indicatorSetId());
            ps.setString(6, round.status().name());
            ps.setString(7, round.notes());
            ps.setString(8, now.toString());
            ps.executeUpdate();
        }
    }

    public List<Round> list() throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM evaluation_round ORDER BY start_date, created_at");
    }

    public Optional<Round> find(String id) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM evaluation_round WHERE id = ?", id).stream().findFirst();
    }

    /** {@code latest} (the round that starts last), an id, an unambiguous start of an id, or a name. */
    public Optional<Round> findByReference(String reference) throws SQLException {
        List<Round> all = list();
        String ref = reference.strip();
        if (ref.equalsIgnoreCase("latest")) {
            return all.stream().max(java.util.Comparator.comparing(Round::start));
        }
        for (Round round : all) {
            if (round.id().equals(ref) || round.name().equals(ref)) {
                return Optional.of(round);
            }
        }
        List<Round> prefixed = all.stream().filter(r -> ref.length() >= 4 && r.id().startsWith(ref)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    public Optional<Round> findByName(String name) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM evaluation_round WHERE name = ?", name).stream().findFirst();
    }

    /** Replaces the round's plan and draw; assignments are cleared with the old draw. */
    public void saveDraw(String roundId, SamplingPlan plan, List<DrawnSite> drawn, Instant now) throws SQLException {
        execute(c, "DELETE FROM round_site WHERE round_id = ?", roundId);
        execute(c, "DELETE FROM round_quota WHERE round_id = ?", roundId);
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluation_round SET draw_seed = ?, exclude_recent = ?, drawn_at = ? WHERE id = ?")) {
            ps.setLong(1, plan.seed());
            ps.setInt(2, plan.excludeRecentRounds());
            ps.setString(3, now.toString());
            ps.setString(4, roundId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_quota (round_id, sort_order, site_type, district, quota) VALUES (?,?,?,?,?)")) {
            int order = 0;
            for (Quota quota : plan.quotas()) {
                ps.setString(1, roundId);
                ps.setInt(2, order++);
                ps.setString(3, quota.siteType());
                if (quota.cityWide()) {
                    ps.setNull(4, Types.VARCHAR);
                } else {
                    ps.setString(4, quota.district());
                }
                ps.setInt(5, quota.count());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_site (round_id, site_id, reason, team_id, sort_order) VALUES (?,?,?,NULL,?)")) {
            int order = 0;
            for (DrawnSite site : drawn) {
                ps.setString(1, roundId);
                ps.setString(2, site.site().id());
                ps.setString(3, site.reason().name());
                ps.setInt(4, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<SamplingPlan> plan(String roundId) throws SQLException {
        Long seed = null;
        int exclude = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT draw_seed, exclude_recent FROM evaluation_round WHERE id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seed = rs.getObject(1) == null ? null : rs.getLong(1);
                    exclude = rs.getInt(2);
                }
            }
        }
        if (seed == null) {
            return Optional.empty();
        }
        List<Quota> quotas = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_type, district, quota FROM round_quota WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    quotas.add(new Quota(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        }
        return Optional.of(new SamplingPlan(quotas, exclude, seed));
    }

    /** The round's drawn sites in draw order, each with its team's name. */
    public List<DrawnSite> drawn(String roundId, Map<String, Site> sitesById) throws SQLException {
        List<DrawnSite> drawn = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.site_id, r.reason, t.name FROM round_site r LEFT JOIN team t ON t.id = r.team_id"
                + " WHERE r.round_id = ? ORDER BY r.sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drawn.add(new DrawnSite(sitesById.get(rs.getString(1)), DrawReason.valueOf(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        return drawn;
    }

    /** Which of these sites are drawn for the round, each with the name of its team (null while it has none). */
    public Map<String, String> teamsOfDrawn(String roundId, Collection<String> siteIds) throws SQLException {
        Map<String, String> teams = new HashMap<>();
        RowsOfSites.each(c, "SELECT t.name FROM round_site r LEFT JOIN team t ON t.id = r.team_id WHERE r.round_id = ? AND r.site_id = ?",
                roundId, siteIds, (siteId, rs) -> teams.put(siteId, rs.getString(1)));
        return teams;
    }

    /** The ids of the sites drawn for the round, in the draw's order. */
    public List<String> drawnSiteIds(String roundId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id FROM round_site WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    public void setStatus(String roundId, RoundStatus status) throws SQLException {
        execute(c, "UPDATE evaluation_round SET status = ? WHERE id = ?", status.name(), roundId);
    }

    /** Adds the site to the round's draw with its team, or moves it to that team and place if it is drawn already. */
    public void putDrawn(String roundId, String siteId, DrawReason reason, String teamId, int order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_site (round_id, site_id, reason, team_id, sort_order) VALUES (?,?,?,?,?)"
                + " ON CONFLICT (round_id, site_id) DO UPDATE SET reason = excluded.reason, team_id = excluded.team_id,"
                + " sort_order = excluded.sort_order")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            ps.setString(3, reason.name());
            ps.setString(4, teamId);
            ps.setInt(5, order);
            ps.executeUpdate();
        }
    }

    /** Where a site added to the draw goes: after every drawn one. */
    public int nextDrawOrder(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sort_order) + 1, 0) FROM round_site WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Takes the site out of the round's draw. */
    public void removeDrawn(String roundId, String siteId) throws SQLException {
        execute(c, "DELETE FROM round_site WHERE round_id = ? AND site_id = ?", roundId, siteId);
    }

    /** Sets each listed site's team (by team id; null unassigns). */
    public void assign(String roundId, Map<String, String> teamIdBySiteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE round_site SET team_id = ? WHERE round_id = ? AND site_id = ?")) {
            for (Map.Entry<String, String> e : teamIdBySiteId.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setString(2, roundId);
                ps.setString(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Site ids drawn in the {@code count} rounds that started before this one. */
    public List<String> sitesOfEarlierRounds(Round round, int count) throws SQLException {
        List<String> roundIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM evaluation_round WHERE id <> ? AND start_date <= ?"
                + " ORDER BY start_date DESC, created_at DESC")) {
            ps.setString(1, round.id());
            ps.setString(2, round.start().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && roundIds.size() < count) {
                    roundIds.add(rs.getString(1));
                }
            }
        }
        List<String> siteIds = new ArrayList<>();
        for (String id : roundIds) {
            try (PreparedStatement ps = c.prepareStatement("SELECT site_id FROM round_site WHERE round_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        siteIds.add(rs.getString(1));
                    }
                }
            }
        }
        return siteIds;
    }

    private static void execute(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static List<Round> query(Connection c, String sql, Object... args) throws SQLException {
        List<Round> rounds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rounds.add(new Round(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)),
                            rs.getString(5), RoundStatus.valueOf(rs.getString(6)), rs.getString(7)));
                }
            }
        }
        return rounds;
    }
}
