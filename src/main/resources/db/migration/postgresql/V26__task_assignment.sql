-- 任务分解: which unit leads (牵头单位) each standard of an indicator-set version, which units support it (配合单位), by
-- when, with notes. A standard is named by its code within the set, as findings name it. The breakdown of a set is
-- replaced whole when a 任务分解表 is imported; sort_order keeps the workbook's order of rows and of supporting units.
-- The tables are the same on both engines; PostgreSQL's V26 also lets 内业 logins (and so administrators) write them.
CREATE TABLE task_assignment (
    set_id         VARCHAR(36) NOT NULL REFERENCES indicator_set (id),
    standard_code  TEXT        NOT NULL,
    sort_order     INTEGER     NOT NULL,
    lead_unit_id   VARCHAR(36) NOT NULL REFERENCES responsible_unit (id),
    due_date       VARCHAR(10),
    notes          TEXT        NOT NULL,
    PRIMARY KEY (set_id, standard_code)
);

CREATE TABLE task_support (
    set_id         VARCHAR(36) NOT NULL,
    standard_code  TEXT        NOT NULL,
    sort_order     INTEGER     NOT NULL,
    unit_id        VARCHAR(36) NOT NULL REFERENCES responsible_unit (id),
    PRIMARY KEY (set_id, standard_code, unit_id),
    FOREIGN KEY (set_id, standard_code) REFERENCES task_assignment (set_id, standard_code)
);
CREATE INDEX ix_task_support_unit ON task_support (unit_id);

GRANT INSERT, UPDATE, DELETE ON task_assignment, task_support TO civicinspect_office;
