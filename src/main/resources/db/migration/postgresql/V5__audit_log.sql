-- The audit log: every change, append-only, each entry chained to the one before by a SHA-256 hash, so that
-- an entry changed or removed afterwards breaks the chain at that point (checked by 'verify').
-- The table is the one SQLite has; only the triggers that keep it append-only are written in PostgreSQL's terms.

CREATE TABLE audit_entry (
    seq            INTEGER       NOT NULL PRIMARY KEY,
    at             VARCHAR(30)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    subject        VARCHAR(300)  NOT NULL,
    detail         VARCHAR(4000) NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL
);

CREATE INDEX ix_audit_subject ON audit_entry (subject);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
