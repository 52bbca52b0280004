-- 派单 and replies: the office sends each responsible unit its open problems (a 督办单 workbook, later a signed unit
-- package), one row per problem of each batch, keeping the texts of the columns the unit may not change so that a
-- reply that changed them is refused. A unit's reply to one problem of a batch (认领人, phone, measures, date done,
-- photos after the fix) waits for 核查 (PENDING) until the office confirms it or returns it with a reason; replies are
-- numbered in the order they were received (seq), which times alone cannot tell within one millisecond.

CREATE TABLE problem_dispatch (
    batch_id       VARCHAR(36)  NOT NULL,
    problem_id     VARCHAR(36)  NOT NULL REFERENCES problem (id),
    unit_name      TEXT         NOT NULL,
    dispatched_at  VARCHAR(30)  NOT NULL,
    dispatched_by  TEXT         NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    sent_texts     TEXT         NOT NULL,
    PRIMARY KEY (batch_id, problem_id)
);

CREATE INDEX ix_problem_dispatch_problem ON problem_dispatch (problem_id);

CREATE TABLE problem_reply (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    seq            INTEGER      NOT NULL UNIQUE,
    problem_id     VARCHAR(36)  NOT NULL REFERENCES problem (id),
    batch_id       VARCHAR(36)  NOT NULL,
    unit_name      TEXT         NOT NULL,
    claimant       TEXT         NOT NULL,
    phone          TEXT         NOT NULL,
    measures       TEXT         NOT NULL,
    completed_on   VARCHAR(10),
    photos         TEXT         NOT NULL,
    received_at    VARCHAR(30)  NOT NULL,
    received_by    TEXT         NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    reason         TEXT         NOT NULL,
    decided_at     VARCHAR(30),
    decided_by     TEXT,
    CONSTRAINT uq_problem_reply UNIQUE (batch_id, problem_id)
);

CREATE INDEX ix_problem_reply_state ON problem_reply (state, problem_id);

GRANT INSERT ON problem_dispatch TO civicinspect_office;
GRANT INSERT ON problem_reply TO civicinspect_office;
GRANT UPDATE (state, reason, decided_at, decided_by) ON problem_reply TO civicinspect_office;
