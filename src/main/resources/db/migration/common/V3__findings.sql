-- Field scoring: one inspection per (round, site), one finding per (round, site, standard), photos by SHA-256.

CREATE TABLE inspection (
    round_id    VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    site_id     VARCHAR(36)   NOT NULL REFERENCES site (id),
    status      VARCHAR(20)   NOT NULL,
    arrived_at  VARCHAR(30),
    members     VARCHAR(300)  NOT NULL,
    remarks     VARCHAR(2000) NOT NULL,
    updated_at  VARCHAR(30)   NOT NULL,
    PRIMARY KEY (round_id, site_id)
);

CREATE TABLE finding (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    round_id       VARCHAR(36)   NOT NULL REFERENCES evaluation_round (id),
    site_id        VARCHAR(36)   NOT NULL REFERENCES site (id),
    standard_code  VARCHAR(50)   NOT NULL,
    answer_kind    VARCHAR(20)   NOT NULL,
    grade          VARCHAR(10),
    answer_count   INTEGER,
    note           VARCHAR(4000) NOT NULL,
    answered_by    VARCHAR(100)  NOT NULL,
    answered_at    VARCHAR(30)   NOT NULL,
    version        INTEGER       NOT NULL,
    CONSTRAINT uq_finding UNIQUE (round_id, site_id, standard_code)
);

CREATE TABLE photo (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    file_name   VARCHAR(300) NOT NULL,
    media_type  VARCHAR(50)  NOT NULL,
    byte_count  BIGINT       NOT NULL,
    taken_at    VARCHAR(30),
    added_at    VARCHAR(30)  NOT NULL
);

CREATE TABLE finding_photo (
    finding_id  VARCHAR(36) NOT NULL REFERENCES finding (id),
    sha256      CHAR(64)    NOT NULL REFERENCES photo (sha256),
    sort_order  INTEGER     NOT NULL,
    PRIMARY KEY (finding_id, sha256)
);

-- Whether a failing answer (不符合, B, C, C#, occurrences) needs a note or a photo; on by default.
ALTER TABLE indicator_set ADD COLUMN require_evidence SMALLINT NOT NULL DEFAULT 1;
