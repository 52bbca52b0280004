-- 问题来源: a problem is raised from a failed finding of an approved inspection (实地测评, INSPECTION) or, from any
-- other source (媒体曝光, 群众反映, 领导督查, 暗访, 其他), by hand or from a workbook: at a site, or at a free address
-- with its district and street as text; with a standard's code where one is known; its own description, responsible
-- unit and who raised it. Such a problem has no round nor finding.
--
-- SQLite cannot drop a NOT NULL, so problem is rebuilt. problem_step refers to problem and foreign keys are on while
-- Flyway migrates (an old problem cannot be dropped under its steps), so the steps are rebuilt beside it: both new
-- tables are filled, the old ones dropped (steps first), and the new ones renamed, which points the steps' reference
-- at the new problem table. Ids, row versions and step numbers are copied as they are; the audit log is not touched.

CREATE TABLE problem_v28 (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    round_id          VARCHAR(36)   REFERENCES evaluation_round (id),
    site_id           VARCHAR(36)   REFERENCES site (id),
    standard_code     VARCHAR(50),
    finding_id        VARCHAR(36),
    status            VARCHAR(20)   NOT NULL,
    deadline          VARCHAR(10)   NOT NULL,
    reopened          INTEGER       NOT NULL,
    recurred_from     VARCHAR(36)   REFERENCES problem_v28 (id),
    raised_at         VARCHAR(30)   NOT NULL,
    closed_at         VARCHAR(30),
    closed_in_round   VARCHAR(36)   REFERENCES evaluation_round (id),
    version           INTEGER       NOT NULL DEFAULT 1,
    source            VARCHAR(20)   NOT NULL DEFAULT 'INSPECTION',
    address           VARCHAR(300),
    district          VARCHAR(100),
    street            VARCHAR(100),
    responsible_unit  VARCHAR(200),
    description       VARCHAR(2000),
    raised_by         VARCHAR(100),
    CONSTRAINT uq_problem UNIQUE (round_id, site_id, standard_code),
    CONSTRAINT ck_problem_inspection CHECK (source <> 'INSPECTION'
        OR (round_id IS NOT NULL AND site_id IS NOT NULL AND standard_code IS NOT NULL AND finding_id IS NOT NULL)),
    CONSTRAINT ck_problem_place CHECK (site_id IS NOT NULL OR address IS NOT NULL)
);

INSERT INTO problem_v28 (id, round_id, site_id, standard_code, finding_id, status, deadline, reopened, recurred_from, raised_at,
                         closed_at, closed_in_round, version, source)
SELECT id, round_id, site_id, standard_code, finding_id, status, deadline, reopened, recurred_from, raised_at,
       closed_at, closed_in_round, version, 'INSPECTION'
  FROM problem;

CREATE TABLE problem_step_v28 (
    seq              INTEGER       NOT NULL PRIMARY KEY,
    problem_id       VARCHAR(36)   NOT NULL REFERENCES problem_v28 (id),
    at               VARCHAR(30)   NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    note             VARCHAR(2000) NOT NULL,
    photos           VARCHAR(4000) NOT NULL,
    deadline_before  VARCHAR(10),
    deadline_after   VARCHAR(10),
    round_id         VARCHAR(36)   REFERENCES evaluation_round (id)
);

INSERT INTO problem_step_v28 (seq, problem_id, at, actor, kind, from_status, to_status, note, photos, deadline_before,
                              deadline_after, round_id)
SELECT seq, problem_id, at, actor, kind, from_status, to_status, note, photos, deadline_before, deadline_after, round_id
  FROM problem_step;

-- Who raised an existing problem: whoever approved the inspection that raised it (its first step).
UPDATE problem_v28 SET raised_by = (SELECT s.actor FROM problem_step_v28 s WHERE s.problem_id = problem_v28.id ORDER BY s.seq LIMIT 1);

DROP TABLE problem_step;
DROP TABLE problem;
ALTER TABLE problem_v28 RENAME TO problem;
ALTER TABLE problem_step_v28 RENAME TO problem_step;

CREATE INDEX ix_problem_place ON problem (site_id, standard_code);
CREATE INDEX ix_problem_source ON problem (source);
CREATE INDEX ix_problem_step_problem ON problem_step (problem_id, seq);
CREATE INDEX ix_problem_step_round ON problem_step (round_id);
CREATE INDEX ix_problem_step_kind ON problem_step (kind, round_id);
