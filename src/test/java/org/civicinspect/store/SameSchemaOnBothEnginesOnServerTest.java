package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh embedded workspace and a fresh server database migrated to the newest version hold the same tables, with the
 * same columns (name, nullability, kind of value), primary keys, unique constraints and foreign keys, but for what
 * docs/design.md §8 says must differ.
 */
class SameSchemaOnBothEnginesOnServerTest {

    private static final String DATABASE = "civic_same_schema_" + ProcessHandle.current().pid();

    /** Only on a server: its photos' bytes live in the database (an embedded workspace keeps them in files). */
    private static final String SERVER_ONLY_TABLE = "photo_content";

    @AfterAll
    static void dropDatabase() {
        TestServer.drop(DATABASE);
    }

    @Test
    void bothEnginesEndWithTheSameSchema(@TempDir Path folder) {
        Set<String> embedded = described(Workspace.open(folder.resolve("embedded")));
        Set<String> server = described(TestServer.openEmpty(folder.resolve("server"), DATABASE));

        List<String> differences = new ArrayList<>();
        embedded.stream().filter(fact -> !server.contains(fact)).forEach(fact -> differences.add("only on SQLite: " + fact));
        server.stream().filter(fact -> !embedded.contains(fact) && !fact.matches("\\w+( key)? " + SERVER_ONLY_TABLE + "\\b.*"))
                .forEach(fact -> differences.add("only on PostgreSQL: " + fact));
        assertEquals("", String.join("\n", differences));
    }

    private static Set<String> described(Workspace workspace) {
        try {
            return workspace.read(tx -> schema(tx.connection()));
        } finally {
            workspace.close();
        }
    }

    /** One line per table, column, primary key, unique constraint and foreign key, in words both engines share. */
    private static Set<String> schema(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> facts = new TreeSet<>();
        for (String table : tables(meta)) {
            facts.add("table " + table);
            List<String> primaryKey = primaryKey(meta, table);
            facts.add("primary key " + table + " " + primaryKey);
            try (ResultSet rs = meta.getColumns(null, null, table, null)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    // SQLite lets a primary key column other than INTEGER hold NULL unless it says NOT NULL; no row of ours does.
                    boolean nullable = "YES".equals(rs.getString("IS_NULLABLE")) && !primaryKey.contains(column);
                    facts.add("column " + table + "." + column + " " + family(rs.getString("TYPE_NAME")) + (nullable ? " null" : " not null"));
                }
            }
            Map<String, Set<String>> unique = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, null, table, true, false)) {
                while (rs.next()) {
                    // SQLite's driver lists every index, whatever it was asked for.
                    if (rs.getString("COLUMN_NAME") != null && !rs.getBoolean("NON_UNIQUE")) {
                        unique.computeIfAbsent(rs.getString("INDEX_NAME"), name -> new TreeSet<>()).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            unique.values().stream().filter(columns -> !columns.equals(new TreeSet<>(primaryKey)))
                    .forEach(columns -> facts.add("unique " + table + " " + columns));
            try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    facts.add("foreign key " + table + "." + rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + " → "
                            + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return facts;
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema == null || schema.equals("public")) && !table.startsWith("sqlite_") && !table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, null, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(columns.values());
    }

    /** The kind of value a column holds, however each engine spells its type. */
    private static String family(String typeName) {
        String type = typeName.toLowerCase(Locale.ROOT).replaceAll("\\(.*", "").strip();
        return switch (type) {
            case "text", "varchar", "character varying", "char", "character", "bpchar", "clob" -> "text";
            case "integer", "int", "int2", "int4", "int8", "smallint", "bigint", "serial", "bigserial" -> "integer";
            case "numeric", "decimal", "real", "float", "float4", "float8", "double", "double precision" -> "decimal";
            case "boolean", "bool" -> "boolean";
            case "blob", "bytea" -> "bytes";
            case "timestamp", "timestamptz", "date", "time", "datetime" -> "timestamp";
            default -> type;
        };
    }
}
