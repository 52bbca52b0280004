-- The responsible-unit registry (单位名录): a unit named on a site was, until now, only a name. It gains its kind
-- (部门, 街道, 社区, 物业 … as offices write it), its 主要负责人 and 联络员 with their phones, and notes, which dispatch to
-- units will use. A unit an office entered in the registry (by hand or from a 单位名录 workbook) is `registered`; one
-- only named on sites is not, so the office can see which units still lack contacts. The table is 内业's to write on
-- PostgreSQL since V15, so the new columns need no grant.

ALTER TABLE responsible_unit ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE responsible_unit ADD COLUMN leader TEXT NOT NULL DEFAULT '';
ALTER TABLE responsible_unit ADD COLUMN leader_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE responsible_unit ADD COLUMN liaison TEXT NOT NULL DEFAULT '';
ALTER TABLE responsible_unit ADD COLUMN liaison_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE responsible_unit ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE responsible_unit ADD COLUMN registered SMALLINT NOT NULL DEFAULT 0;
