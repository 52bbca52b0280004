package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civicinspect.model.Progress;

/**
 * Copies one workspace whole into another that is empty, across engines (SQLite ↔ PostgreSQL): every table's rows as
 * they are, in the order their foreign keys need, in one transaction on the target, and every photo's bytes through
 * the photo stores, each checked against its SHA-256. The audit log is copied entry by entry, so its hash chain is the
 * source's and still verifies. The source is only read.
 */
public final class WorkspaceCopy {

    /** Flyway's own table (the target has its own, at the same version) and the photos' bytes (copied by hash). */
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "photo_content");
    private static final int BATCH = 500;

    /** A table's rows on either side. */
    public record TableCount(String table, long source, long target) {
        public boolean same() {
            return source == target;
        }
    }

    /** What the copy holds against its source: rows per table, and the photos missing or different on the target (by hash). */
    public record Comparison(List<TableCount> tables, long photos, List<String> photosDiffering) {
        public boolean same() {
            return photosDiffering.isEmpty() && tables.stream().allMatch(TableCount::same);
        }
    }

    /** A photo the source records that it does not hold, or whose bytes do not have its SHA-256: it is not copied. */
    public static final class PhotoDamaged extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String sha256;

        PhotoDamaged(String sha256) {
            super("the photo " + sha256 + " does not have the bytes of its hash");
            this.sha256 = sha256;
        }

        public String sha256() {
            return sha256;
        }
    }

    private WorkspaceCopy() {
    }

    /**
     * Whether the folder holds a workspace with any row (a workspace whose tables are all empty, as a failed or
     * cancelled copy leaves, may be copied into again). Read before the workspace is opened, changing nothing.
     */
    public static boolean holdsData(Path folder) {
        Path database = folder.resolve(Workspace.DATABASE_FILE);
        if (!Files.exists(database)) {
            return false;
        }
        try (Connection c = SqliteDialect.open(database)) {
            return holdsRows(c, tableNames(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
        } catch (SQLException e) {
            throw new StoreException("cannot read the tables of " + database, e);
        }
    }

    /**
     * Whether the server's database holds anything: a table that is not a workspace's (no Flyway history beside it), or
     * any row of a workspace (one whose tables are all empty, as a failed or cancelled copy leaves, may be copied into
     * again). Read before the workspace is opened there, so that a database in use is left as it is. Refused as
     * opening is when the server does not let the login in ({@link ServerSignInException}).
     */
    public static boolean holdsData(ServerLogin login) {
        try (var pool = login.signIn(); Connection c = pool.getConnection()) {
            List<String> tables = tableNames(c, "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_%'");
            if (tables.isEmpty()) {
                return false;
            }
            return !tables.contains(c.getSchema() + ".flyway_schema_history") || holdsRows(c, tables);
        } catch (SQLException e) {
            throw new StoreException("cannot read the tables of " + login.address(), e);
        }
    }

    private static List<String> tableNames(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Whether any of the tables but Flyway's history holds a row. */
    private static boolean holdsRows(Connection c, List<String> tables) throws SQLException {
        for (String table : tables) {
            if (table.endsWith("flyway_schema_history")) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + ")"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The schema version Flyway recorded last, e.g. "17". */
    public static String schemaVersion(Workspace workspace) {
        return workspace.read(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT version FROM flyway_schema_history WHERE success = " + (workspace.onServer() ? "TRUE" : "1")
                            + " AND version IS NOT NULL ORDER BY installed_rank DESC");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    /**
     * Copies everything of {@code source} into {@code target}, which must be empty and at the same schema version,
     * then anchors the target's audit log (the source's) at its head with {@code seal} where its folder has no anchor. All or nothing: a failure or
     * a cancel leaves the target's tables empty and removes the photo files it had placed.
     */
    public static void copy(Workspace source, Workspace target, AuditAnchor.Seal seal, Progress progress) {
        source.settleAnchor();
        target.settleAnchor();
        List<String> tables = source.read(tx -> tablesInOrder(tx.connection()));
        List<String> hashes = source.read(tx -> tx.photos().hashes());
        Map<String, Long> rows = counts(source, tables);
        long total = rows.values().stream().mapToLong(Long::longValue).sum() + hashes.size();
        long[] done = {0};
        Map<String, Path> staged = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        boolean committed = false;
        try {
            for (String sha : hashes) {
                progress.checkCancelled();
                Path temp = target.photoStore().stage(sha, out -> {
                    MessageDigest digest = sha256();
                    try (InputStream in = Files.newInputStream(source.photoStore().file(sha))) {
                        in.transferTo(new DigestOutputStream(out, digest));
                    } catch (NoSuchFileException e) {
                        throw new PhotoDamaged(sha);
                    }
                    if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
                        throw new PhotoDamaged(sha);
                    }
                });
                if (temp != null) {
                    staged.put(sha, temp);
                }
                progress.update(++done[0], total);
            }
            placed.addAll(target.photoStore().settle(staged));
            target.write(tx -> {
                tx.expectLargeWrite();
                Connection to = tx.connection();
                Set<String> identities = target.onServer() ? identityColumns(to) : Set.of();
                for (String table : tables) {
                    source.read(from -> {
                        copyTable(from.connection(), to, table, identities, target.onServer(), () -> {
                            progress.checkCancelled();
                            progress.update(++done[0], total);
                        });
                        return null;
                    });
                }
                resetIdentities(to, identities);
                target.photoStore().keepStaged(tx, staged);
                return null;
            });
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            target.photoStore().discard(staged);
            if (!committed) {
                for (Path file : placed) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // A photo file no row names is only unused space.
                    }
                }
            }
        }
        // A server's copy may keep its local part in the source's folder, whose anchor names this same chain: left as it is.
        if (AuditAnchor.read(target.folder()).isEmpty()) {
            AuditLog.Head head = target.read(tx -> tx.audit().head());
            AuditAnchor.write(target.folder(), AuditAnchor.seal(head, seal));
        }
    }

    /** Rows per table on both sides, and every photo of the source held on the target with the bytes of its hash. */
    public static Comparison compare(Workspace source, Workspace target) {
        List<String> tables = source.read(tx -> tablesInOrder(tx.connection()));
        Map<String, Long> from = counts(source, tables);
        Map<String, Long> to = counts(target, tables);
        List<TableCount> counts = tables.stream().map(t -> new TableCount(t, from.get(t), to.get(t))).toList();
        List<String> hashes = source.read(tx -> tx.photos().hashes());
        PhotoStore.Damage damage = target.read(tx -> {
            try {
                return target.photoStore().check(tx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Set<String> onTarget = new HashSet<>(target.read(tx -> tx.photos().hashes()));
        TreeSet<String> differing = new TreeSet<>();
        for (String sha : hashes) {
            if (!onTarget.contains(sha) || damage.missing().contains(sha)
                    || damage.damaged().stream().anyMatch(d -> d.endsWith(sha))) {
                differing.add(sha);
            }
        }
        return new Comparison(counts, hashes.size(), List.copyOf(differing));
    }

    private static Map<String, Long> counts(Workspace workspace, List<String> tables) {
        return workspace.read(tx -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    /** The workspace's tables, each after those its foreign keys name (a table naming itself is ordered row by row). */
    static List<String> tablesInOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String schema = rs.getString("TABLE_SCHEM");
                if (!NOT_COPIED.contains(name) && !name.startsWith("sqlite_") && (schema == null || schema.equals(c.getSchema()))) {
                    tables.add(name);
                }
            }
        }
        Map<String, Set<String>> needs = new HashMap<>();
        for (String table : tables) {
            Set<String> parents = new HashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        parents.add(parent);
                    }
                }
            }
            needs.put(table, parents);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(needs.get(table))) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("the tables' foreign keys form a cycle: " + tables);
            }
        }
        return ordered;
    }

    /** The columns a PostgreSQL identity numbers ({@code table.column}), whose copied numbers are given explicitly. */
    private static Set<String> identityColumns(Connection c) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return columns;
    }

    /** Moves each identity past the numbers copied, so the next row added on the server gets a new one. */
    private static void resetIdentities(Connection c, Set<String> identities) throws SQLException {
        for (String column : identities) {
            String[] parts = column.split("\\.", 2);
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(" + parts[1]
                    + "), 0) + 1, false) FROM " + parts[0])) {
                ps.setString(1, parts[0]);
                ps.setString(2, parts[1]);
                ps.execute();
            }
        }
    }

    private static void copyTable(Connection from, Connection to, String table, Set<String> identities, boolean toServer,
                                  Runnable eachRow) throws SQLException {
        Map<String, Integer> targetTypes = new HashMap<>();
        try (PreparedStatement ps = to.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0"); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                targetTypes.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
            }
        }
        String selfReference = selfReference(from, table);
        try (PreparedStatement select = from.prepareStatement("SELECT * FROM " + table); ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            if (!targetTypes.keySet().equals(new HashSet<>(columns))) {
                throw new IllegalStateException("the table " + table + " has other columns on the target: " + targetTypes.keySet());
            }
            boolean overriding = toServer && columns.stream().anyMatch(col -> identities.contains(table + "." + col));
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ")" + (overriding ? " OVERRIDING SYSTEM VALUE" : "")
                    + " VALUES (" + String.join(", ", columns.stream().map(col -> "?").toList()) + ")";
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = to.prepareStatement(insert)) {
                int batched = 0;
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    if (selfReference != null) {
                        rows.add(row);
                        continue;
                    }
                    bind(ps, row, columns, targetTypes);
                    eachRow.run();
                    if (++batched % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                if (selfReference != null) {
                    for (Object[] row : referencedFirst(rows, columns, selfReference)) {
                        bind(ps, row, columns, targetTypes);
                        ps.executeBatch();
                        eachRow.run();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, Object[] row, List<String> columns, Map<String, Integer> types) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            int type = types.get(columns.get(i));
            if (row[i] == null) {
                ps.setNull(i + 1, type);
            } else if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR) {
                ps.setString(i + 1, row[i].toString());
            } else if (type == Types.INTEGER || type == Types.SMALLINT || type == Types.BIGINT) {
                // SQLite keeps any whole number in an INTEGER column: one too large for the server's column fails loudly there.
                ps.setLong(i + 1, ((Number) row[i]).longValue());
            } else {
                ps.setObject(i + 1, row[i]);
            }
        }
        ps.addBatch();
    }

    /** The column by which a table's rows name another of its rows ("column>referenced"), or null. */
    private static String selfReference(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
                    return rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + ">" + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** The rows, each after the row it names, so that a foreign key checked row by row always finds it. */
    private static List<Object[]> referencedFirst(List<Object[]> rows, List<String> columns, String selfReference) {
        String[] parts = selfReference.split(">", 2);
        int column = columns.indexOf(parts[0]);
        int key = columns.indexOf(parts[1]);
        Set<Object> keys = new HashSet<>();
        rows.forEach(r -> keys.add(String.valueOf(r[key])));
        Set<Object> placed = new HashSet<>();
        List<Object[]> ordered = new ArrayList<>();
        List<Object[]> waiting = rows;
        while (!waiting.isEmpty()) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] row : waiting) {
                Object names = row[column] == null ? null : String.valueOf(row[column]);
                if (names == null || placed.contains(names) || !keys.contains(names)) {
                    ordered.add(row);
                    placed.add(String.valueOf(row[key]));
                } else {
                    next.add(row);
                }
            }
            if (next.size() == waiting.size()) {
                throw new IllegalStateException("rows that name each other in a circle");
            }
            waiting = next;
        }
        return ordered;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
