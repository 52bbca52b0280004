-- The survey's interviews (访问): the questionnaire version a round uses, each interview of the round and its answers.
-- Portable SQL: ISO-8601 UTC timestamps. An interview is named within its round by its 访问编号 (A01 …), as the
-- paper form and the scores' explanations name it. The tables are the same on both engines; PostgreSQL's V20 also
-- lets 内业 and 外业 logins write them, as V15 lets them write findings.

-- At most one questionnaire version per round, like the indicator-set version on the round itself.
CREATE TABLE round_questionnaire (
    round_id          VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES evaluation_round (id),
    questionnaire_id  VARCHAR(36) NOT NULL REFERENCES questionnaire (id),
    pinned_at         VARCHAR(30) NOT NULL
);

-- ended_at is null while the interview runs; version goes up each time it is saved again.
CREATE TABLE interview (
    round_id          VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    id                VARCHAR(100) NOT NULL,
    questionnaire_id  VARCHAR(36) NOT NULL REFERENCES questionnaire (id),
    interviewer       TEXT        NOT NULL,
    district          TEXT        NOT NULL,
    method            VARCHAR(20) NOT NULL,
    started_at        VARCHAR(30),
    ended_at          VARCHAR(30),
    abandoned         SMALLINT    NOT NULL,
    version           INTEGER     NOT NULL,
    recorded_at       VARCHAR(30) NOT NULL,
    PRIMARY KEY (round_id, id)
);

-- One row per option chosen (sort_order keeps the order said), or one row holding the number or text said.
CREATE TABLE interview_answer (
    round_id       VARCHAR(36)  NOT NULL,
    interview_id   VARCHAR(100) NOT NULL,
    question_code  TEXT         NOT NULL,
    sort_order     INTEGER      NOT NULL,
    answer_value   TEXT         NOT NULL,
    PRIMARY KEY (round_id, interview_id, question_code, sort_order),
    FOREIGN KEY (round_id, interview_id) REFERENCES interview (round_id, id)
);
