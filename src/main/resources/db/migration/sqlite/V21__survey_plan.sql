-- The survey plan (样本计划) of a round: how many valid interviews it aims at per district and method (入户, 街访,
-- 电话), per respondent profile (an option of a screening question, in one district or, district '', the whole city)
-- and per interviewer. Interviewers are named as interviews name them, by the person's name. A plan is replaced
-- whole when a plan workbook is imported; sort_order keeps the workbook's order of rows. The tables are the same on
-- both engines; PostgreSQL's V21 also lets 内业 logins write them, as V20 lets them write interviews.

CREATE TABLE survey_quota (
    round_id    VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    sort_order  INTEGER     NOT NULL,
    district    TEXT        NOT NULL,
    method      VARCHAR(20) NOT NULL,
    target      INTEGER     NOT NULL,
    PRIMARY KEY (round_id, district, method)
);

CREATE TABLE survey_profile_quota (
    round_id       VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    sort_order     INTEGER     NOT NULL,
    district       TEXT        NOT NULL,
    question_code  TEXT        NOT NULL,
    option_code    TEXT        NOT NULL,
    target         INTEGER     NOT NULL,
    PRIMARY KEY (round_id, district, question_code, option_code)
);

CREATE TABLE survey_assignment (
    round_id     VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    sort_order   INTEGER     NOT NULL,
    interviewer  TEXT        NOT NULL,
    district     TEXT        NOT NULL,
    method       VARCHAR(20) NOT NULL,
    target       INTEGER     NOT NULL,
    PRIMARY KEY (round_id, interviewer, district, method)
);
