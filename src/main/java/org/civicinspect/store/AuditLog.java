package org.civicinspect.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
import java.util.function.Supplier;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.Sha256;

/**
 * The append-only, hash-chained audit log. Entries are appended inside the transaction of the change they record,
 * so a change and its entry are committed together or not at all. Each hash covers the previous hash and every
 * field of the entry.
 */
public final class AuditLog {

    private final Connection c;
    private final Supplier<String> device;
    private final String login;
    private Head before;
    private Head after;

    /** {@code login} is the database login signed in on a server, written on every entry; null on an embedded workspace. */
    AuditLog(Connection c, Supplier<String> device, String login) {
        this.c = c;
        this.device = device;
        this.login = login;
    }

    public static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "seq, at, actor, action, subject, detail, previous_hash, hash, login";

    /** Where the chain ends: how many entries it holds and the hash of the last ({@link #GENESIS} when empty). */
    public record Head(long entries, String hash) {
    }

    /** The actions the log records. */
    public enum Action {
        ANSWER, CORRECTION, REVIEW, INSPECTION, PHOTO, IMPORT_INDICATORS, IMPORT_SITES, IMPORT_QUESTIONNAIRE, INTERVIEW, SITE, PERSON, ROUND, DRAW, ASSIGN, NEGATIVE_EVENT, MATERIAL_REVIEW, MATERIAL_FILE, EXPORT,
        PACKAGE_OUT, PACKAGE_IN, MERGE, CONFLICT, TRUST, PROBLEM, ANCHOR, RESTORE, ROLE, UNIT, TASKS, NOTICE, DISPATCH, REPLY
    }

    /**
     * Appends an entry after the chain's head. Two writers never take the same place: their transactions take turns
     * ({@link Workspace#write}).
     */
    public AuditEntry append(Instant at, String actor, Action action, String subject, String detail) throws SQLException {
        long seq = 1;
        String previous = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
        }
        String who = actor == null || actor.isBlank() ? "?" : actor;
        String what = detail == null ? "" : detail;
        String on = device.get();
        String hash = hash(previous, seq, at.toString(), who, action.name(), subject, what, on, login);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (seq, at, actor, action, subject, detail, previous_hash, hash, device,"
                + " login) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, at.toString());
            ps.setString(3, who);
            ps.setString(4, action.name());
            ps.setString(5, subject);
            ps.setString(6, what);
            ps.setString(7, previous);
            ps.setString(8, hash);
            ps.setString(9, on);
            ps.setString(10, login);
            ps.executeUpdate();
        }
        if (before == null) {
            before = new Head(seq - 1, previous);
        }
        after = new Head(seq, hash);
        return new AuditEntry(seq, at, who, login, action.name(), subject, what, previous, hash);
    }

    /** The entries about one subject (a finding, a round, a file…), oldest first. */
    public List<AuditEntry> about(String subject) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM audit_entry WHERE subject = ? ORDER BY seq",
                subject);
    }

    /** The entries of one action, oldest first. */
    public List<AuditEntry> ofAction(Action action) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM audit_entry WHERE action = ? ORDER BY seq",
                action.name());
    }

    /** Whether this transaction appended an entry, so that the anchor must follow the new head once it commits. */
    boolean appended() {
        return after != null;
    }

    /** The head this transaction's entries were appended to; null when it appended none. */
    Head appendedTo() {
        return before;
    }

    /** The head after this transaction's entries; null when it appended none. */
    Head appendedHead() {
        return after;
    }

    public Head head() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, GENESIS);
        }
    }

    /** Whether the chain still holds the entry a head names: the same place and the same hash. */
    public boolean reaches(Head head) throws SQLException {
        if (head.entries() == 0) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_entry WHERE seq = ?")) {
            ps.setLong(1, head.entries());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).equals(head.hash());
            }
        }
    }

    /** The last entry about each subject that starts with {@code prefix} ("finding:"), by subject. */
    public Map<String, AuditEntry> lastAboutEach(String prefix) throws SQLException {
        Map<String, AuditEntry> last = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry"
                + " WHERE seq IN (SELECT MAX(seq) FROM audit_entry WHERE substr(subject, 1, ?) = ? GROUP BY subject)")) {
            ps.setInt(1, prefix.length());
            ps.setString(2, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = entry(rs);
                    last.put(e.subject(), e);
                }
            }
        }
        return last;
    }

    public long count() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_entry"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Whether any entry was written on the device (by its key's fingerprint). */
    public boolean writtenOn(String device) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_entry WHERE device = ?")) {
            ps.setString(1, device);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Walks the whole chain; the first entry whose hash, link to the entry before, or place in the sequence does not
     * hold. Empty when the chain is whole.
     */
    public Optional<AuditEntry> firstBrokenLink() throws SQLException {
        String previous = GENESIS;
        long expected = 1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + ", device FROM audit_entry ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditEntry e = entry(rs);
                boolean holds = e.seq() == expected && e.previousHash().equals(previous)
                        && e.hash().equals(hash(e.previousHash(), e.seq(), rs.getString(2), e.actor(), e.action(), e.subject(), e.detail(),
                                rs.getString(10), e.login()));
                if (!holds) {
                    return Optional.of(e);
                }
                previous = e.hash();
                expected++;
            }
        }
        return Optional.empty();
    }

    private static List<AuditEntry> query(Connection c, String sql, String arg) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
        }
        return entries;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(9), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    static String hash(String previous, long seq, String at, String actor, String action, String subject, String detail) {
        return hash(previous, seq, at, actor, action, subject, detail, null);
    }

    static String hash(String previous, long seq, String at, String actor, String action, String subject, String detail, String device) {
        return hash(previous, seq, at, actor, action, subject, detail, device, null);
    }

    /**
     * The device and the server login take part only when known, so that entries written before either was kept still
     * verify. With a login the device always takes its place before it (empty when unknown), so that neither can pass
     * for the other.
     */
    static String hash(String previous, long seq, String at, String actor, String action, String subject, String detail, String device,
                       String login) {
        MessageDigest digest = Sha256.digest();
        List<String> parts = new ArrayList<>(List.of(previous, Long.toString(seq), at, actor, action, subject, detail));
        if (device != null || login != null) {
            parts.add(device == null ? "" : device);
        }
        if (login != null) {
            parts.add(login);
        }
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return Sha256.hex(digest);
    }
}
