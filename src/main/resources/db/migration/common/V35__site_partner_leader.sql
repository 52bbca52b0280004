-- 包联: a site names its 包联单位 (partner_unit_id, since V2) and now its 包联领导, the leader who answers for the
-- site's problems being fixed; 包联 lists and the 包联 ranking by 整改率 read them. The site table is 内业's to write on
-- PostgreSQL, so the new column needs no grant.

ALTER TABLE site ADD COLUMN partner_leader TEXT NOT NULL DEFAULT '';
