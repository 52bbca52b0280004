-- A version per row of the things several staff act on at once (an inspection, a problem, a conflict), raised by
-- every change, so that a change made from a screen that shows an older version is refused rather than overwriting
-- what a colleague did meanwhile. A finding already has one (its lineage's version).
ALTER TABLE inspection ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE problem ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE finding_conflict ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
