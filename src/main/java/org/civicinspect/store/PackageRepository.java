package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The device keys this workspace trusts, and every package it made or took in. */
public final class PackageRepository {

    private final Connection c;

    PackageRepository(Connection c) {
        this.c = c;
    }

    /**
     * A trusted key: an office's (on a field laptop or in a unit's workspace), a team device's or a unit's (at the office;
     * {@code teamId} is then the team's or the unit's id).
     */
    public record TrustedKey(String fingerprint, String publicKey, String role, String teamId, Instant trustedAt, String trustedBy) {
    }

    /** A package made here ({@code OUT}) or taken in ({@code IN}). */
    public record Exchanged(String packageId, String direction, String kind, String fingerprint, String roundId, String teamId,
                            long sequence, String sha256, Instant at, String summary) {
    }

    public List<TrustedKey> trusted(String role) throws SQLException {
        List<TrustedKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, public_key, role, team_id, trusted_at, trusted_by FROM trusted_key"
                + " WHERE role = ? ORDER BY trusted_at")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new TrustedKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5)),
                            rs.getString(6)));
                }
            }
        }
        return keys;
    }

    public void trust(TrustedKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trusted_key (fingerprint, public_key, role, team_id, trusted_at,"
                + " trusted_by) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, key.fingerprint());
            ps.setString(2, key.publicKey());
            ps.setString(3, key.role());
            ps.setString(4, key.teamId());
            ps.setString(5, key.trustedAt().toString());
            ps.setString(6, key.trustedBy());
            ps.executeUpdate();
        }
    }

    /** Fills in the public key of a key trusted by its fingerprint alone (a task package issued for it), once a package brings it. */
    public void learnPublicKey(String fingerprint, String publicKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE trusted_key SET public_key = ? WHERE fingerprint = ? AND public_key = ''")) {
            ps.setString(1, publicKey);
            ps.setString(2, fingerprint);
            ps.executeUpdate();
        }
    }

    public void record(Exchanged p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exchanged_package (package_id, direction, kind, fingerprint, round_id,"
                + " team_id, sequence, sha256, at, summary) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, p.packageId());
            ps.setString(2, p.direction());
            ps.setString(3, p.kind());
            ps.setString(4, p.fingerprint());
            ps.setString(5, p.roundId());
            ps.setString(6, p.teamId());
            ps.setLong(7, p.sequence());
            ps.setString(8, p.sha256());
            ps.setString(9, p.at().toString());
            ps.setString(10, p.summary());
            ps.executeUpdate();
        }
    }

    public Optional<Exchanged> find(String packageId) throws SQLException {
        return query(c, "package_id = ?", packageId).stream().findFirst();
    }

    /** The newest package taken in from this sender for this round, by the sender's sequence. */
    public Optional<Exchanged> newestReceived(String fingerprint, String roundId) throws SQLException {
        return query(c, "direction = 'IN' AND fingerprint = ? AND round_id = ? ORDER BY sequence DESC LIMIT 1", fingerprint, roundId).stream()
                .findFirst();
    }

    /** The newest task package taken in, which names this laptop's round and team. */
    public Optional<Exchanged> newestTask() throws SQLException {
        return query(c, "direction = 'IN' AND kind = 'TASK' ORDER BY " + Chronological.by("at") + " DESC LIMIT 1").stream().findFirst();
    }

    /** The newest package of this kind taken in (a unit's workspace: the unit task package that names its unit and round). */
    public Optional<Exchanged> newestReceivedOfKind(String kind) throws SQLException {
        return query(c, "direction = 'IN' AND kind = ? ORDER BY " + Chronological.by("at") + " DESC, sequence DESC LIMIT 1", kind).stream()
                .findFirst();
    }

    public Optional<Exchanged> newestTask(String roundId) throws SQLException {
        return query(c, "direction = 'IN' AND kind = 'TASK' AND round_id = ? ORDER BY " + Chronological.by("at") + " DESC LIMIT 1", roundId)
                .stream().findFirst();
    }

    /** The result packages made here for a round, oldest first. */
    public List<Exchanged> resultsSent(String roundId) throws SQLException {
        return query(c, "direction = 'OUT' AND kind = 'RESULT' AND round_id = ? ORDER BY " + Chronological.by("at"), roundId);
    }

    /** The task packages made here for a team in a round, oldest first. */
    public List<Exchanged> tasksSent(String roundId, String teamId) throws SQLException {
        return query(c, "direction = 'OUT' AND kind = 'TASK' AND round_id = ? AND team_id = ? ORDER BY " + Chronological.by("at"), roundId, teamId);
    }

    /** The next number for a package made here: one more than any made before. */
    public long nextSequence() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(sequence), 0) + 1 FROM exchanged_package WHERE direction = 'OUT'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 1;
        }
    }

    private static List<Exchanged> query(Connection c, String where, String... args) throws SQLException {
        List<Exchanged> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT package_id, direction, kind, fingerprint, round_id, team_id, sequence, sha256, at,"
                + " summary FROM exchanged_package WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Exchanged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getLong(7), rs.getString(8), Instant.parse(rs.getString(9)), rs.getString(10)));
                }
            }
        }
        return found;
    }
}
