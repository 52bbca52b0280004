-- The population profile (人口结构) of a round's survey plan: the share, in percent, of the population of a district
-- (or, district '', of the whole city) in each option of one question (an age band of the screening question). The
-- survey is weighted to it only when asked. Part of the plan: replaced whole with it. Shares are exact decimals kept
-- as text, as points and weights are. The table is the same on both engines; PostgreSQL's V24 also lets 内业 logins
-- write it, as V21 does for the rest of the plan.

CREATE TABLE survey_population_share (
    round_id       VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    sort_order     INTEGER     NOT NULL,
    district       TEXT        NOT NULL,
    question_code  TEXT        NOT NULL,
    option_code    TEXT        NOT NULL,
    percent        VARCHAR(20) NOT NULL,
    PRIMARY KEY (round_id, district, question_code, option_code)
);
