-- Named people: a person with records is deactivated rather than deleted (their name stays on those records, they
-- are no longer offered for picking), and every audit entry names the device it was made on beside the person.

ALTER TABLE person ADD COLUMN active SMALLINT NOT NULL DEFAULT 1;

-- The device key fingerprint of the workspace that made the change; null on entries written before it was kept.
ALTER TABLE audit_entry ADD COLUMN device VARCHAR(80);
