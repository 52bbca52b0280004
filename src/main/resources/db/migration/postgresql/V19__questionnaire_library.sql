-- The questionnaire library (问卷): versioned questionnaires, their questions and options, like the indicator sets of V1.
-- Portable SQL: text UUIDs, ISO-8601 UTC timestamps, decimals as text. The tables are SQLite's V19's; here 内业 is
-- also given the right to import questionnaires, as V15 gives it the indicator library (reading comes with V15's
-- default privileges).

CREATE TABLE questionnaire (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    name           TEXT        NOT NULL,
    version        INTEGER     NOT NULL,
    source_file    TEXT        NOT NULL,
    source_sha256  CHAR(64)    NOT NULL,
    imported_at    VARCHAR(30) NOT NULL,
    CONSTRAINT uq_questionnaire_version UNIQUE (name, version)
);
CREATE INDEX ix_questionnaire_sha ON questionnaire (source_sha256);

-- The indices (知晓率, 参与率 …) in the order reports show them.
CREATE TABLE questionnaire_index (
    questionnaire_id  VARCHAR(36) NOT NULL REFERENCES questionnaire (id),
    sort_order        INTEGER     NOT NULL,
    name              TEXT        NOT NULL,
    PRIMARY KEY (questionnaire_id, sort_order),
    CONSTRAINT uq_questionnaire_index_name UNIQUE (questionnaire_id, name)
);

-- asked_when_options and standard_codes hold lists, one code a line (a code is one clean line of a cell).
CREATE TABLE question (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    questionnaire_id    VARCHAR(36) NOT NULL REFERENCES questionnaire (id),
    sort_order          INTEGER     NOT NULL,
    code                TEXT        NOT NULL,
    question_text       TEXT        NOT NULL,
    kind                VARCHAR(20) NOT NULL,
    screening           SMALLINT    NOT NULL,
    asked_when_question TEXT,
    asked_when_options  TEXT,
    index_name          TEXT,
    weight              VARCHAR(20) NOT NULL,
    standard_codes      TEXT        NOT NULL,
    CONSTRAINT uq_question_code UNIQUE (questionnaire_id, code)
);

CREATE TABLE question_option (
    question_id     VARCHAR(36) NOT NULL REFERENCES question (id),
    sort_order      INTEGER     NOT NULL,
    code            TEXT        NOT NULL,
    option_text     TEXT        NOT NULL,
    positive        SMALLINT    NOT NULL,
    not_read_aloud  SMALLINT    NOT NULL,
    invalidates     SMALLINT    NOT NULL,
    PRIMARY KEY (question_id, sort_order),
    CONSTRAINT uq_question_option_code UNIQUE (question_id, code)
);

GRANT INSERT, UPDATE, DELETE ON questionnaire, questionnaire_index, question, question_option TO civicinspect_office;
