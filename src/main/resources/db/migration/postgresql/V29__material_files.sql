-- 材料: the evidence files units file for a round's material standards (method 材料审核 or 网上申报). The bytes are kept
-- once by their SHA-256 where the workspace keeps its photos (photos/ of an embedded workspace, photo_content on a
-- server); a row says which unit filed them for which round, as what (title, type such as 规范文件 or 实景图片, document
-- date) and for which standards. The same bytes may be filed more than once; the automatic checks name such repeats.
--
-- material_requirement: the types of material a standard of an indicator-set version needs (none unless set);
-- material_window: a round's evidence window, in months (without a row: the 12 months before the round's start month).
-- The tables are the same on both engines; PostgreSQL's V29 also lets 内业 logins (and so 督查组长) write them.
CREATE TABLE material_file (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    round_id       VARCHAR(36) NOT NULL REFERENCES evaluation_round (id),
    unit_id        VARCHAR(36) NOT NULL REFERENCES responsible_unit (id),
    sha256         TEXT        NOT NULL,
    file_name      TEXT        NOT NULL,
    media_type     TEXT        NOT NULL,
    size_bytes     BIGINT      NOT NULL,
    title          TEXT        NOT NULL,
    material_type  TEXT        NOT NULL,
    document_date  VARCHAR(10) NOT NULL,
    filed_by       TEXT        NOT NULL,
    filed_at       VARCHAR(30) NOT NULL
);
CREATE INDEX ix_material_file_round ON material_file (round_id);
CREATE INDEX ix_material_file_sha256 ON material_file (sha256);

CREATE TABLE material_file_standard (
    file_id        VARCHAR(36) NOT NULL REFERENCES material_file (id),
    standard_code  TEXT        NOT NULL,
    PRIMARY KEY (file_id, standard_code)
);

CREATE TABLE material_requirement (
    set_id         VARCHAR(36) NOT NULL REFERENCES indicator_set (id),
    standard_code  TEXT        NOT NULL,
    material_type  TEXT        NOT NULL,
    PRIMARY KEY (set_id, standard_code, material_type)
);

CREATE TABLE material_window (
    round_id       VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES evaluation_round (id),
    month_from     VARCHAR(7)  NOT NULL,
    month_to       VARCHAR(7)  NOT NULL
);

GRANT INSERT, UPDATE, DELETE ON material_file, material_file_standard, material_requirement, material_window TO civicinspect_office;
