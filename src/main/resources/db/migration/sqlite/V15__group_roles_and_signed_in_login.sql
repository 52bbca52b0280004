-- On PostgreSQL this version makes the group roles and their grants, and names the database login on each audit
-- entry. An embedded workspace has no logins: the column is added so that both engines keep the same table, and
-- stays empty here.
ALTER TABLE audit_entry ADD COLUMN login TEXT;
