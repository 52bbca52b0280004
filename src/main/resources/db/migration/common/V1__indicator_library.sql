-- The indicator library: versioned evaluation systems (测评体系) and the site types they name.
-- Portable SQL: text UUIDs, ISO-8601 UTC timestamps, decimals as text.

CREATE TABLE site_type (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    created_at  VARCHAR(30)  NOT NULL,
    CONSTRAINT uq_site_type_name UNIQUE (name)
);

CREATE TABLE indicator_set (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           VARCHAR(300) NOT NULL,
    version        INTEGER      NOT NULL,
    source_file    VARCHAR(500) NOT NULL,
    source_sha256  CHAR(64)     NOT NULL,
    imported_at    VARCHAR(30)  NOT NULL,
    grade_a        VARCHAR(20)  NOT NULL,
    grade_b        VARCHAR(20)  NOT NULL,
    grade_c        VARCHAR(20)  NOT NULL,
    grade_c_sharp  VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_indicator_set_version UNIQUE (name, version)
);
CREATE INDEX ix_indicator_set_sha ON indicator_set (source_sha256);

CREATE TABLE category (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    set_id      VARCHAR(36)  NOT NULL REFERENCES indicator_set (id),
    code        VARCHAR(50)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT uq_category_code UNIQUE (set_id, code)
);

CREATE TABLE indicator (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    category_id  VARCHAR(36)  NOT NULL REFERENCES category (id),
    code         VARCHAR(50)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    sort_order   INTEGER      NOT NULL,
    CONSTRAINT uq_indicator_code UNIQUE (category_id, code)
);

CREATE TABLE standard (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    set_id            VARCHAR(36)   NOT NULL REFERENCES indicator_set (id),
    indicator_id      VARCHAR(36)   NOT NULL REFERENCES indicator (id),
    code              VARCHAR(50)   NOT NULL,
    standard_text     VARCHAR(4000) NOT NULL,
    points            VARCHAR(20)   NOT NULL,
    scoring_mode      VARCHAR(20)   NOT NULL,
    deduction         VARCHAR(20),
    observation_rule  VARCHAR(4000) NOT NULL,
    negative_list     SMALLINT      NOT NULL,
    sort_order        INTEGER       NOT NULL,
    CONSTRAINT uq_standard_code UNIQUE (set_id, code)
);
CREATE INDEX ix_standard_indicator ON standard (indicator_id);

CREATE TABLE standard_method (
    standard_id  VARCHAR(36)  NOT NULL REFERENCES standard (id),
    sort_order   INTEGER      NOT NULL,
    method       VARCHAR(100) NOT NULL,
    PRIMARY KEY (standard_id, sort_order)
);

CREATE TABLE standard_site_type (
    standard_id   VARCHAR(36) NOT NULL REFERENCES standard (id),
    site_type_id  VARCHAR(36) NOT NULL REFERENCES site_type (id),
    sort_order    INTEGER     NOT NULL,
    PRIMARY KEY (standard_id, site_type_id)
);
CREATE INDEX ix_standard_site_type_type ON standard_site_type (site_type_id);
