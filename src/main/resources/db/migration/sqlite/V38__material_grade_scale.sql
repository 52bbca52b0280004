-- A material grade scale per indicator-set version (材料审核): its grades best first, each a label and the share of the
-- points it earns as an exact decimal kept as text (A=1, B=0.8, C=0.6, D=0). A version without rows uses 完整 1 / 部分
-- 0.5 / 缺失 0. 退回 is no grade of a scale: it stands beside every scale and counts 0.
--
-- A review keeps the label it was given and the coefficient it counted with, so that a later change of the scale never
-- changes a past score. Reviews made before kept the name of a fixed grade; they become its label and coefficient.
-- The tables are the same on both engines; PostgreSQL's V38 also lets 内业 logins (and so 督查组长) write the scale.

CREATE TABLE material_grade (
    set_id       VARCHAR(36) NOT NULL REFERENCES indicator_set (id),
    position     INTEGER     NOT NULL,
    label        TEXT        NOT NULL,
    coefficient  VARCHAR(20) NOT NULL,
    PRIMARY KEY (set_id, position),
    UNIQUE (set_id, label)
);

ALTER TABLE material_review ADD COLUMN coefficient VARCHAR(20) NOT NULL DEFAULT '0';

UPDATE material_review SET coefficient = '1', grade = '完整' WHERE grade = 'COMPLETE';
UPDATE material_review SET coefficient = '0.5', grade = '部分' WHERE grade = 'PARTIAL';
UPDATE material_review SET coefficient = '0', grade = '缺失' WHERE grade = 'MISSING';
UPDATE material_review SET coefficient = '0', grade = '退回' WHERE grade = 'RETURNED';
