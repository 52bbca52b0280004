-- 问题来源: a problem is raised from a failed finding of an approved inspection (实地测评, INSPECTION) or, from any
-- other source (媒体曝光, 群众反映, 领导督查, 暗访, 其他), by hand or from a workbook: at a site, or at a free address
-- with its district and street as text; with a standard's code where one is known; its own description, responsible
-- unit and who raised it. Such a problem has no round nor finding.
--
-- As SQLite's, where the table has to be rebuilt: here the columns are altered in place, so the table's grants (V15),
-- triggers and row versions (V16) stay as they are. 内业 writes problems: V15 granted it the whole table.

ALTER TABLE problem ALTER COLUMN round_id DROP NOT NULL;
ALTER TABLE problem ALTER COLUMN site_id DROP NOT NULL;
ALTER TABLE problem ALTER COLUMN standard_code DROP NOT NULL;
ALTER TABLE problem ALTER COLUMN finding_id DROP NOT NULL;

ALTER TABLE problem ADD COLUMN source TEXT NOT NULL DEFAULT 'INSPECTION';
ALTER TABLE problem ADD COLUMN address TEXT;
ALTER TABLE problem ADD COLUMN district TEXT;
ALTER TABLE problem ADD COLUMN street TEXT;
ALTER TABLE problem ADD COLUMN responsible_unit TEXT;
ALTER TABLE problem ADD COLUMN description TEXT;
ALTER TABLE problem ADD COLUMN raised_by TEXT;

ALTER TABLE problem ADD CONSTRAINT ck_problem_inspection CHECK (source <> 'INSPECTION'
    OR (round_id IS NOT NULL AND site_id IS NOT NULL AND standard_code IS NOT NULL AND finding_id IS NOT NULL));
ALTER TABLE problem ADD CONSTRAINT ck_problem_place CHECK (site_id IS NOT NULL OR address IS NOT NULL);

-- Who raised an existing problem: whoever approved the inspection that raised it (its first step).
UPDATE problem SET raised_by = (SELECT s.actor FROM problem_step s WHERE s.problem_id = problem.id ORDER BY s.seq LIMIT 1);

CREATE INDEX ix_problem_source ON problem (source);
