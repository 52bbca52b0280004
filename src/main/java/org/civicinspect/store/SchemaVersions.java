package org.civicinspect.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Which schema version is this program's newest, per engine, once Flyway has listed the migrations in this process;
 * after that, a workspace whose history ends there, every step a success, opens without Flyway, whose set-up and
 * catalogue queries cost more than the rest of opening (a program that opens many workspaces, a server's above all).
 * Anything else (a new, older, newer, failed or unreadable schema) goes through Flyway as before.
 */
final class SchemaVersions {

    private static final Map<Engine, MigrationVersion> NEWEST_KNOWN = new ConcurrentHashMap<>();

    private SchemaVersions() {
    }

    /** Notes the newest migration Flyway resolved from this program's own, and returns it (null when it has none). */
    static MigrationVersion learn(Engine engine, MigrationInfoService info) {
        MigrationVersion newest = Arrays.stream(info.all())
                .filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(null);
        if (newest != null) {
            NEWEST_KNOWN.put(engine, newest);
        }
        return newest;
    }

    /** Notes the version a migration brought a schema to: nothing newer than it is known (a newer schema was refused). */
    static void migrated(Engine engine, MigrateResult result) {
        if (result.targetSchemaVersion != null) {
            NEWEST_KNOWN.put(engine, MigrationVersion.fromVersion(result.targetSchemaVersion));
        }
    }

    /** Whether the database's history ends at this program's newest migration with no step failed; false when unsure. */
    static boolean current(DataSource database, Engine engine) {
        MigrationVersion newest = NEWEST_KNOWN.get(engine);
        if (newest == null) {
            return false;
        }
        MigrationVersion applied = null;
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                MigrationVersion version = rs.getString(1) == null ? null : MigrationVersion.fromVersion(rs.getString(1));
                if (version != null && (applied == null || version.compareTo(applied) > 0)) {
                    applied = version;
                }
            }
        } catch (SQLException e) {
            return false;
        }
        return newest.equals(applied);
    }
}
