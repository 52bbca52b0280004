package org.civicinspect.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only for a schema whose history ends, whole, at this program's newest migration. */
class SchemaVersionsTest {

    @TempDir
    Path folder;

    @Test
    void aWorkspaceAtTheNewestMigrationIsCurrent() {
        Workspace.open(folder).close();

        assertThat(SchemaVersions.current(SqliteDialect.readingSource(folder.resolve(Workspace.DATABASE_FILE)), Engine.SQLITE)).isTrue();
    }

    @Test
    void aHistoryOneStepBehindIsNot() throws Exception {
        Workspace.open(folder).close();
        sql("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)");

        assertThat(SchemaVersions.current(SqliteDialect.readingSource(folder.resolve(Workspace.DATABASE_FILE)), Engine.SQLITE)).isFalse();
    }

    @Test
    void aHistoryWithAFailedStepIsNot() throws Exception {
        Workspace.open(folder).close();
        sql("UPDATE flyway_schema_history SET success = 0 WHERE installed_rank = 3");

        assertThat(SchemaVersions.current(SqliteDialect.readingSource(folder.resolve(Workspace.DATABASE_FILE)), Engine.SQLITE)).isFalse();
    }

    @Test
    void aHistoryBeyondThisProgramIsNotAndOpeningItIsRefused() throws Exception {
        Workspace.open(folder).close();
        sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " VALUES (999, '999', 'from a newer program', 'SQL', 'V999__newer.sql', 0, '', 0, 1)");

        assertThat(SchemaVersions.current(SqliteDialect.readingSource(folder.resolve(Workspace.DATABASE_FILE)), Engine.SQLITE)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.open(folder)).isInstanceOf(NewerWorkspaceException.class);
    }

    @Test
    void aFileWithNoHistoryIsNot() throws Exception {
        sql("CREATE TABLE something_else (id TEXT)");

        assertThat(SchemaVersions.current(SqliteDialect.readingSource(folder.resolve(Workspace.DATABASE_FILE)), Engine.SQLITE)).isFalse();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Workspace.DATABASE_FILE)); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
