-- 整改督办: one problem per failing (round, site, standard) after review, its status and deadline, and every step
-- of its history. Colours are worked out from the clock when asked, never stored.

CREATE TABLE problem (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    round_id         VARCHAR(36)  NOT NULL REFERENCES evaluation_round (id),
    site_id          VARCHAR(36)  NOT NULL REFERENCES site (id),
    standard_code    VARCHAR(50)  NOT NULL,
    finding_id       VARCHAR(36)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    deadline         VARCHAR(10)  NOT NULL,
    reopened         INTEGER      NOT NULL,
    recurred_from    VARCHAR(36)  REFERENCES problem (id),
    raised_at        VARCHAR(30)  NOT NULL,
    closed_at        VARCHAR(30),
    closed_in_round  VARCHAR(36)  REFERENCES evaluation_round (id),
    CONSTRAINT uq_problem UNIQUE (round_id, site_id, standard_code)
);

CREATE INDEX ix_problem_place ON problem (site_id, standard_code);

CREATE TABLE problem_step (
    seq              INTEGER       NOT NULL PRIMARY KEY,
    problem_id       VARCHAR(36)   NOT NULL REFERENCES problem (id),
    at               VARCHAR(30)   NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    note             VARCHAR(2000) NOT NULL,
    photos           VARCHAR(4000) NOT NULL,
    deadline_before  VARCHAR(10),
    deadline_after   VARCHAR(10)
);

CREATE INDEX ix_problem_step_problem ON problem_step (problem_id, seq);

-- On a field laptop: the open problems of earlier rounds its task package asks it to recheck, by place.
CREATE TABLE recheck_item (
    round_id       VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    site_id        VARCHAR(36)   NOT NULL REFERENCES site (id),
    standard_code  VARCHAR(50)   NOT NULL,
    problem_id     VARCHAR(36)   NOT NULL,
    note           VARCHAR(4000) NOT NULL,
    deadline       VARCHAR(10)   NOT NULL,
    PRIMARY KEY (round_id, site_id, standard_code)
);

-- Days to fix a problem of a standard, where they differ from the workspace's default.
CREATE TABLE deadline_rule (
    standard_code  VARCHAR(50)  NOT NULL PRIMARY KEY,
    days           INTEGER      NOT NULL,
    set_at         VARCHAR(30)  NOT NULL,
    set_by         VARCHAR(100) NOT NULL
);
