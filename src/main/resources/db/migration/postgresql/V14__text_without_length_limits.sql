-- SQLite keeps text of any length in a VARCHAR(n) column; PostgreSQL refuses what is longer than n. The lengths in the
-- shared migrations describe the data, they were never limits, so on PostgreSQL every such column becomes TEXT and a
-- forty-thousand-character note is kept on either engine.
DO $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'character varying' AND table_name <> 'flyway_schema_history'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE TEXT', col.table_name, col.column_name);
    END LOOP;
END
$$;
