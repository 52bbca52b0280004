-- The audit log: every change, append-only, each entry chained to the one before by a SHA-256 hash, so that
-- an entry changed or removed afterwards breaks the chain at that point (checked by 'verify').

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

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
