-- Offline exchange: the keys this workspace trusts, the packages it made and took in, every answer a merge
-- received (one row per finding lineage, newest version), and the conflicts between teams' answers.

CREATE TABLE trusted_key (
    fingerprint  VARCHAR(80)   NOT NULL PRIMARY KEY,
    public_key   VARCHAR(200)  NOT NULL,
    role         VARCHAR(20)   NOT NULL,
    team_id      VARCHAR(36),
    trusted_at   VARCHAR(30)   NOT NULL,
    trusted_by   VARCHAR(100)  NOT NULL
);

CREATE TABLE exchanged_package (
    package_id   VARCHAR(36)   NOT NULL PRIMARY KEY,
    direction    VARCHAR(10)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    fingerprint  VARCHAR(80)   NOT NULL,
    round_id     VARCHAR(36)   NOT NULL,
    team_id      VARCHAR(36)   NOT NULL,
    sequence     BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    at           VARCHAR(30)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL
);

CREATE INDEX ix_exchanged_package_sender ON exchanged_package (fingerprint, round_id, sequence);

CREATE TABLE finding_candidate (
    finding_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
    round_id       VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    site_id        VARCHAR(36)   NOT NULL REFERENCES site (id),
    standard_code  VARCHAR(50)   NOT NULL,
    team_id        VARCHAR(36),
    answer_kind    VARCHAR(20)   NOT NULL,
    grade          VARCHAR(10),
    answer_count   INTEGER,
    note           VARCHAR(4000) NOT NULL,
    photos         VARCHAR(4000) NOT NULL,
    answered_by    VARCHAR(100)  NOT NULL,
    answered_at    VARCHAR(30)   NOT NULL,
    version        INTEGER       NOT NULL
);

CREATE INDEX ix_finding_candidate_key ON finding_candidate (round_id, site_id, standard_code);

CREATE TABLE finding_conflict (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    round_id       VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    site_id        VARCHAR(36)   NOT NULL REFERENCES site (id),
    standard_code  VARCHAR(50)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    answers        VARCHAR(4000) NOT NULL,
    raised_at      VARCHAR(30)   NOT NULL,
    resolved_at    VARCHAR(30),
    resolved_by    VARCHAR(100),
    resolution     VARCHAR(4000),
    chosen_finding VARCHAR(36)
);

CREATE UNIQUE INDEX uq_open_conflict ON finding_conflict (round_id, site_id, standard_code) WHERE status = 'OPEN';
CREATE INDEX ix_finding_conflict_key ON finding_conflict (round_id, site_id, standard_code);

-- The team whose package brought the finding shown (null for an answer made here).
ALTER TABLE finding ADD COLUMN source_team VARCHAR(36);
