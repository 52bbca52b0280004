-- 材料审核: the review of a round's material standards (method 材料审核 or 网上申报), one grade per round and standard
-- (完整, 部分 or 缺失, kept as the grade's name), with the reviewer's comment, who reviewed it and when. A later review of
-- the same standard replaces the earlier one; the audit log keeps each. Per round, since a round pins the indicator-set
-- version whose standards are reviewed.
--
-- 综合得分 weights of an indicator-set version (materials, field, survey, in percent, adding up to 100) and the
-- threshold of the 未成年人思想道德建设 gate, as exact decimals kept as text. A version without a row uses the defaults
-- (40/40/20, threshold 85). The tables are the same on both engines; PostgreSQL's V27 also lets 内业 logins (and so
-- 督查组长) write them.

CREATE TABLE material_review (
    round_id       VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    standard_code  TEXT        NOT NULL,
    grade          VARCHAR(20) NOT NULL,
    review_comment TEXT        NOT NULL,
    reviewer       TEXT        NOT NULL,
    reviewed_at    VARCHAR(30) NOT NULL,
    PRIMARY KEY (round_id, standard_code)
);

CREATE TABLE composite_weights (
    indicator_set_id  VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES indicator_set (id),
    materials         VARCHAR(20) NOT NULL,
    field             VARCHAR(20) NOT NULL,
    survey            VARCHAR(20) NOT NULL,
    gate_threshold    VARCHAR(20) NOT NULL,
    set_at            VARCHAR(30) NOT NULL
);

GRANT INSERT, UPDATE, DELETE ON material_review, composite_weights TO civicinspect_office;
